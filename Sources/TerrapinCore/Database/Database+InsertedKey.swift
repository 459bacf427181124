extension Database {
    /// Runs an `INSERT` and returns the new row's key the dialect's way
    /// (``SQLDialect/insertedKeys``): the first column of the first `RETURNING` row when
    /// `readsReturningRow` (`NULL` when none came back), else the driver's
    /// ``ExecutionResult/lastInsertedID``.
    ///
    /// - Parameters:
    ///   - statement: The rendered insert; it has a `RETURNING` clause when
    ///     `readsReturningRow`.
    ///   - readsReturningRow: Whether the key is read from the returned row (the dialect
    ///     reads keys with ``InsertedKeyStrategy/returning`` and the insert returns a key).
    func insertedKey(running statement: SQLStatement, readsReturningRow: Bool) async throws
        -> SQLValue
    {
        guard readsReturningRow else { return try await execute(statement).lastInsertedID }
        return try await returnedRow(running: statement)?.first ?? .null
    }

    /// Runs an `INSERT … RETURNING` and returns the values of its first returned row, or
    /// `nil` when it returned none.
    func returnedRow(running statement: SQLStatement) async throws -> [SQLValue]? {
        try await fetchAll(statement) { reader in
            (0..<reader.columnCount).map(reader.value(at:))
        }.first
    }
}
