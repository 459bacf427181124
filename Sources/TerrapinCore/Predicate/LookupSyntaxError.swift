/// Where and why lookup text such as `name__icontains="love" | genre=Jazz` failed to parse.
public struct LookupSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that was parsed.
    public var input: String
    /// The character offset (0-based) where parsing stopped.
    public var position: Int
    /// What the parser expected there, e.g. `"a value after '='"`.
    public var expected: String
    /// What it found instead, e.g. `"end of input"` or `"')'"`.
    public var found: String

    /// Creates an error description.
    public init(input: String, position: Int, expected: String, found: String) {
        self.input = input
        self.position = position
        self.expected = expected
        self.found = found
    }

    /// `at column 12: expected a value after '=', found end of input`.
    public var description: String {
        "Lookup syntax error at column \(position + 1): expected \(expected), found \(found)."
    }
}
