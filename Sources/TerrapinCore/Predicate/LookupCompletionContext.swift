/// Where the cursor is in lookup text, for completing column names, lookups and values in the
/// browser's filter bar.
///
/// Made by ``QueryPredicate/completionContext(in:cursor:)``, which reads the text up to the
/// cursor leniently: it never throws, and half-typed text is what it is for.
///
/// ```swift
/// let context = QueryPredicate.completionContext(in: "genre=Jazz | na", cursor: 15)
/// // context.kind == .fieldName, context.prefix == "na", context.range == 13..<15
/// ```
public struct LookupCompletionContext: Sendable, Hashable {
    /// What kind of token the cursor is in.
    public enum Kind: Sendable, Hashable {
        /// A field name, or a place where one can start (offer column names).
        case fieldName
        /// A lookup name after `field__` (offer `icontains`, `gt`, …).
        case lookupName(field: String)
        /// The value of a condition on `field` with `lookup` (offer values of the column).
        case value(field: String, lookup: Lookup)
        /// Somewhere nothing completes, such as between a field name and its comparison.
        case none
    }

    /// What kind of token the cursor is in.
    public var kind: Kind
    /// What was typed of the token before the cursor, decoded: without the backtick or quote
    /// that opens it and with escapes resolved.
    public var prefix: String
    /// The `Character` offsets of the typed part of the token, opening backtick or quote
    /// included: the text a completion replaces. Empty, at the cursor, when nothing is typed.
    public var range: Range<Int>

    /// Creates a completion context.
    ///
    /// - Parameters:
    ///   - kind: What kind of token the cursor is in.
    ///   - prefix: The decoded text typed of the token before the cursor.
    ///   - range: The `Character` offsets of that text in the input.
    public init(kind: Kind, prefix: String, range: Range<Int>) {
        self.kind = kind
        self.prefix = prefix
        self.range = range
    }
}
