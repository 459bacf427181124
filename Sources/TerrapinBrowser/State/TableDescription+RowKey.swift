import TerrapinCore

extension TableDescription {
    /// The row key's values of a row (``rowKey``), a missing column read as NULL: how the
    /// browser finds a row again, for edits, the cursor and live refresh.
    ///
    /// - Parameter row: A row of this table.
    /// - Returns: Each key column's value, by column name.
    func key(of row: DynamicRow) -> [String: SQLValue] {
        var key: [String: SQLValue] = [:]
        for column in rowKey { key[column] = row[column] ?? .null }
        return key
    }
}
