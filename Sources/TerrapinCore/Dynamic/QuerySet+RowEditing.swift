extension QuerySet where Record == DynamicRow {
    /// Changes columns of one row, identified by its key, in one transaction — but only if
    /// the row still holds the values it had when it was read, so a concurrent change is
    /// reported instead of overwritten.
    ///
    /// ```swift
    /// try await tracks.updateRow(
    ///     key: ["TrackId": 1], changes: ["Name": "New"], expecting: ["Name": "Old"])
    /// ```
    /// - Parameters:
    ///   - key: The row key's column values (see ``TableDescription/rowKey``).
    ///   - changes: The new values by column.
    ///   - expecting: The values read before editing, by column (usually the changed ones).
    /// - Throws: ``TerrapinError/rowChanged(table:key:)`` when no row has that key and those
    ///   values anymore; ``TerrapinError/notWritable(table:reason:)`` without a key.
    public func updateRow(
        key: [String: SQLValue], changes: [String: SQLValue], expecting: [String: SQLValue]
    ) async throws {
        let database = try resolveDatabase()
        let predicate = try rowPredicate(key: key, expecting: expecting)
        let assignments = try changes.sorted { $0.key < $1.key }.map {
            (column: try source.column(for: $0.key), value: $0.value)
        }
        let statement = try SQLRenderer(dialect: database.dialect).render(
            UpdateQuery(table: source.table, assignments: assignments, predicate: predicate))
        let affected = try await database.transaction { transaction in
            try await transaction.execute(statement).rowsAffected
        }
        if affected == 0 {
            throw TerrapinError.rowChanged(table: source.table, key: Self.describe(key))
        }
    }

    /// Inserts a row; columns left out get their defaults. Returns the new row's rowid (or
    /// the driver's inserted key).
    @discardableResult
    public func insertRow(_ values: [String: SQLValue]) async throws -> SQLValue {
        let database = try resolveDatabase()
        let sorted = values.sorted { $0.key < $1.key }
        let insert = InsertQuery(
            table: source.table, columns: try sorted.map { try source.column(for: $0.key) },
            values: sorted.map(\.value), returning: source.rowKey)
        let statement = SQLRenderer(dialect: database.dialect).render(insert)
        return try await database.transaction { transaction in
            try await transaction.execute(statement).lastInsertedID
        }
    }

    /// Deletes one row by key, if it still holds the expected values.
    /// - Throws: ``TerrapinError/rowChanged(table:key:)`` when it changed or is gone.
    public func deleteRow(key: [String: SQLValue], expecting: [String: SQLValue] = [:])
        async throws
    {
        let database = try resolveDatabase()
        let predicate = try rowPredicate(key: key, expecting: expecting)
        let statement = try SQLRenderer(dialect: database.dialect).render(
            DeleteQuery(table: source.table, predicate: predicate))
        let affected = try await database.transaction { transaction in
            try await transaction.execute(statement).rowsAffected
        }
        if affected == 0 {
            throw TerrapinError.rowChanged(table: source.table, key: Self.describe(key))
        }
    }

    /// `key = … AND column IS expected …`, using null-safe equality for expected values.
    func rowPredicate(key: [String: SQLValue], expecting: [String: SQLValue]) throws
        -> QueryPredicate
    {
        guard !source.rowKey.isEmpty else {
            throw TerrapinError.notWritable(
                table: source.table, reason: "it has neither a primary key nor a rowid")
        }
        var conditions: [QueryPredicate] = []
        for column in source.rowKey {
            guard let value = key[column] else {
                throw TerrapinError.notWritable(
                    table: source.table, reason: "the key column \(column) has no value")
            }
            conditions.append(.condition(field: column, lookup: .exact, operands: [value]))
        }
        for (column, value) in expecting.sorted(by: { $0.key < $1.key })
        where !source.rowKey.contains(column) {
            let resolved = try source.column(for: column)
            conditions.append(
                value.isNull
                    ? .condition(field: resolved, lookup: .isnull, operands: [.integer(1)])
                    : .condition(field: resolved, lookup: .exact, operands: [value]))
        }
        return .and(conditions)
    }

    static func describe(_ key: [String: SQLValue]) -> String {
        key.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.literalDescription)" }
            .joined(separator: ", ")
    }
}
