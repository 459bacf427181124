// Temporary stand-in until the lookup text parser lands (branch `lookup`).
extension QueryPredicate {
    /// Parses lookup text.
    public static func parse(lookupText: String) throws -> QueryPredicate? {
        nil
    }
    /// The predicate as lookup text.
    public var lookupText: String { "\(self)" }
}
