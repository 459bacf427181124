/// SQL text with its bound parameters, ready for a driver.
///
/// Values never appear in the text: the renderer writes placeholders (`?` or `$1`) and
/// collects the values in ``bindings`` in order.
public struct SQLStatement: Sendable, Hashable, CustomStringConvertible {
    /// The SQL text.
    public var sql: String
    /// The values for the placeholders, in order.
    public var bindings: [SQLValue]

    /// Creates a statement.
    public init(_ sql: String, _ bindings: [SQLValue] = []) {
        self.sql = sql
        self.bindings = bindings
    }

    /// The SQL followed by its bindings, for logs and messages.
    public var description: String {
        bindings.isEmpty
            ? sql : sql + "  -- " + bindings.map(\.literalDescription).joined(separator: ", ")
    }
}
