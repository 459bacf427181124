import TerrapinCore

extension QueryPredicate {
    /// The rows whose `column` holds `value`: `column__isnull=1` for NULL (which `=` never
    /// matches), else `column=value`. What `=` on a cell and a facet's line filter on.
    ///
    /// - Parameters:
    ///   - column: The column's name.
    ///   - value: The value to match, NULL included.
    /// - Returns: The condition.
    static func equalityCondition(_ column: String, _ value: SQLValue) -> QueryPredicate {
        value.isNull
            ? .condition(field: column, lookup: .isnull, operands: [.integer(1)])
            : .condition(field: column, lookup: .exact, operands: [value])
    }
}
