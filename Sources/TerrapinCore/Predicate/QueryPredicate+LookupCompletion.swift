/// Completion support for lookup text.
extension QueryPredicate {
    /// Where `cursor` is in lookup `text`: in a field name, in a lookup suffix after `__`, or
    /// in a value of a known field, with what was typed of it so far.
    ///
    /// Best effort: only the text before the cursor is read, leniently, so that half-typed
    /// and even invalid text gives a useful answer. It never throws.
    ///
    /// ```swift
    /// QueryPredicate.completionContext(in: "name__ico", cursor: 9).kind
    /// // .lookupName(field: "name"), prefix "ico", range 6..<9
    /// QueryPredicate.completionContext(in: #"genre="Ja"#, cursor: 9).kind
    /// // .value(field: "genre", lookup: .exact), prefix "Ja", range 6..<9
    /// ```
    ///
    /// - Parameters:
    ///   - text: The lookup text being edited.
    ///   - cursor: The cursor's `Character` offset, clamped to `0...text.count`.
    /// - Returns: The kind of token at the cursor, its typed prefix and that prefix's range.
    public static func completionContext(in text: String, cursor: Int) -> LookupCompletionContext {
        let clamped = min(max(cursor, 0), text.count)
        var scanner = LookupCompletionScanner(String(text.prefix(clamped)))
        return scanner.context()
    }
}
