extension QuerySet where Record == DynamicRow {
    /// Changes columns of one row, identified by its key, in one transaction — but only if
    /// the row still holds the values it had when it was read, so a concurrent change is
    /// reported instead of overwritten — and returns the row as it is stored afterwards.
    ///
    /// The row is read back by its key (the new key, when `changes` change it) inside the
    /// same transaction, so it shows what triggers, defaults and type affinity made of the
    /// write: use it as the "expected" values of an undo.
    ///
    /// ```swift
    /// let stored = try await tracks.updateRow(
    ///     key: ["TrackId": 1], changes: ["Name": "New"], expecting: ["Name": "Old"])
    /// ```
    /// - Parameters:
    ///   - key: The row key's column values (see ``TableDescription/rowKey``).
    ///   - changes: The new values by column.
    ///   - expecting: The values read before editing, by column (usually the changed ones).
    /// - Returns: The stored row, or `nil` when it cannot be found by its key after the write
    ///   (a trigger deleted it or changed its key).
    /// - Throws: ``TerrapinError/rowChanged(table:key:)`` when no row has that key and those
    ///   values anymore; ``TerrapinError/notWritable(table:reason:)`` without a key;
    ///   ``TerrapinError/columnNotWritable(table:column:reason:)`` for a generated column.
    @discardableResult
    public func updateRow(
        key: [String: SQLValue], changes: [String: SQLValue], expecting: [String: SQLValue]
    ) async throws -> DynamicRow? {
        let database = try resolveDatabase()
        let key = try resolvedKey(key)
        let predicate = try rowPredicate(key: key, expecting: expecting)
        let assignments = try changes.sorted { $0.key < $1.key }.map {
            (column: try writableColumn($0.key), value: $0.value)
        }
        let statement = try SQLRenderer(dialect: database.dialect).render(
            UpdateQuery(
                table: source.table, assignments: assignments, predicate: predicate,
                schema: source.schema))
        var newKey = key
        for (column, value) in assignments where newKey[column] != nil { newKey[column] = value }
        let storedKey = newKey
        let context = constraintContext(writing: assignments.map(\.column))
        do {
            return try await database.transaction { transaction in
                let affected = try await transaction.execute(statement).rowsAffected
                if affected == 0 {
                    throw TerrapinError.rowChanged(
                        table: source.table, key: SQLValue.describe(key: key))
                }
                return try await Self.storedRow(of: source, on: transaction, key: storedKey)
            }
        } catch {
            throw context.enrich(error)
        }
    }

    /// Inserts a row; columns left out get their defaults. Returns the new row's key as the
    /// driver reports it (``SQLDialect/insertedKeys``): the first row-key column of the
    /// `RETURNING` row, or ``ExecutionResult/lastInsertedID`` (SQLite's rowid).
    /// - Throws: ``TerrapinError/columnNotWritable(table:column:reason:)`` for a generated
    ///   column.
    @discardableResult
    public func insertRow(_ values: [String: SQLValue]) async throws -> SQLValue {
        let database = try resolveDatabase()
        let insert = try insertQuery(values)
        let statement = SQLRenderer(dialect: database.dialect).render(insert)
        let context = constraintContext(writing: insert.columns)
        let returnsKey = returnsInsertedKey(on: database)
        do {
            return try await database.transaction { transaction in
                try await transaction.insertedKey(running: statement, readsReturningRow: returnsKey)
            }
        } catch {
            throw context.enrich(error)
        }
    }

    /// Whether an insert into this source reads its key from a `RETURNING` row: the dialect
    /// says so and the source has a row key to return.
    func returnsInsertedKey(on database: any Database) -> Bool {
        database.dialect.insertedKeys == .returning && !source.rowKey.isEmpty
    }

    /// Inserts a row (columns left out get their defaults) and returns it as it is stored,
    /// read back in the same transaction: with its defaults, its assigned key and whatever
    /// triggers wrote.
    ///
    /// The row is found by its key: the one the `RETURNING` row gives where the dialect
    /// reads keys that way, else the one `values` give when they give every key column,
    /// else the driver's inserted id (SQLite's rowid).
    ///
    /// - Returns: The stored row, or `nil` when it cannot be found again (a table without
    ///   a row key, a table without a hidden row key whose key was left to a default on a
    ///   driver without `RETURNING`, or a trigger that removed the row).
    /// - Throws: ``TerrapinError/columnNotWritable(table:column:reason:)`` for a generated
    ///   column.
    public func insertAndFetchRow(_ values: [String: SQLValue]) async throws -> DynamicRow? {
        let database = try resolveDatabase()
        let insert = try insertQuery(values)
        let statement = SQLRenderer(dialect: database.dialect).render(insert)
        let key = try resolvedKey(values)
        let context = constraintContext(writing: insert.columns)
        do {
            return try await insertAndFetch(statement, key: key, on: database)
        } catch {
            throw context.enrich(error)
        }
    }

    /// Runs an insert and reads the row back in one transaction (see
    /// ``insertAndFetchRow(_:)``).
    private func insertAndFetch(
        _ statement: SQLStatement, key: [String: SQLValue], on database: any Database
    ) async throws -> DynamicRow? {
        let returnsKey = returnsInsertedKey(on: database)
        return try await database.transaction { transaction in
            if returnsKey {
                guard let values = try await transaction.returnedRow(running: statement),
                    values.count == source.rowKey.count
                else { return nil }
                let key = Dictionary(uniqueKeysWithValues: zip(source.rowKey, values))
                return try await Self.storedRow(of: source, on: transaction, key: key)
            }
            let inserted = try await transaction.insertedKey(
                running: statement, readsReturningRow: false)
            if !source.rowKey.isEmpty, source.rowKey.allSatisfy({ key[$0] != nil }) {
                return try await Self.storedRow(of: source, on: transaction, key: key)
            }
            guard let idColumn = source.insertedIDColumn, !inserted.isNull else { return nil }
            return try await Self.storedRow(
                of: source, on: transaction, key: [idColumn: inserted], columns: [idColumn])
        }
    }

    /// Deletes one row by key, if it still holds the expected values.
    /// - Throws: ``TerrapinError/rowChanged(table:key:)`` when it changed or is gone.
    public func deleteRow(key: [String: SQLValue], expecting: [String: SQLValue] = [:])
        async throws
    {
        let database = try resolveDatabase()
        let key = try resolvedKey(key)
        let predicate = try rowPredicate(key: key, expecting: expecting)
        let statement = try SQLRenderer(dialect: database.dialect).render(
            DeleteQuery(table: source.table, predicate: predicate, schema: source.schema))
        let affected: Int
        do {
            affected = try await database.transaction { transaction in
                try await transaction.execute(statement).rowsAffected
            }
        } catch {
            throw constraintContext(writing: []).enrich(error)
        }
        if affected == 0 {
            throw TerrapinError.rowChanged(table: source.table, key: SQLValue.describe(key: key))
        }
    }

    /// The `INSERT` of one row, its columns resolved (``writableColumn(_:)``) and sorted by
    /// the names given; it returns the row key.
    func insertQuery(_ values: [String: SQLValue]) throws -> InsertQuery {
        let sorted = values.sorted { $0.key < $1.key }
        return InsertQuery(
            table: source.table, columns: try sorted.map { try writableColumn($0.key) },
            values: sorted.map(\.value), returning: source.rowKey, schema: source.schema)
    }

    /// The one row of `source` whose `columns` (the row key by default) hold the values of
    /// `key`, read on `database` whatever this query set's filter, or `nil`.
    static func storedRow(
        of source: QuerySource<DynamicRow>, on database: any Database, key: [String: SQLValue],
        columns: [String]? = nil
    ) async throws -> DynamicRow? {
        let conditions = (columns ?? source.rowKey).map { column in
            QueryPredicate.condition(
                field: column, lookup: .exact, operands: [key[column] ?? .null])
        }
        let rows = try await QuerySet(source: source, database: database)
            .filter(.and(conditions)).limit(2).all()
        return rows.count == 1 ? rows[0] : nil
    }

    /// The column a write names, resolved.
    /// - Throws: ``TerrapinError/columnNotWritable(table:column:reason:)`` for a generated
    ///   column, before the database's own "cannot UPDATE generated column".
    func writableColumn(_ name: String) throws -> String {
        let column = try source.column(for: name)
        if source.generatedColumns.contains(column) {
            throw TerrapinError.columnNotWritable(
                table: source.table, column: column,
                reason: "it is a generated column, computed by the database from other "
                    + "columns; leave it out and change those instead")
        }
        return column
    }

    /// The key with its names resolved to the source's columns.
    func resolvedKey(_ key: [String: SQLValue]) throws -> [String: SQLValue] {
        var resolved: [String: SQLValue] = [:]
        for (name, value) in key { resolved[try source.column(for: name)] = value }
        return resolved
    }

    /// `key = … AND column IS expected …`, using null-safe equality for expected values.
    func rowPredicate(key: [String: SQLValue], expecting: [String: SQLValue]) throws
        -> QueryPredicate
    {
        guard !source.rowKey.isEmpty else {
            throw TerrapinError.notWritable(
                table: source.table, reason: TableDescription.noRowKeyReason)
        }
        var conditions: [QueryPredicate] = []
        for column in source.rowKey {
            guard let value = key[column] else {
                throw TerrapinError.notWritable(
                    table: source.table, reason: "the key column \(column) has no value")
            }
            conditions.append(.condition(field: column, lookup: .exact, operands: [value]))
        }
        for (column, value) in expecting.sorted(by: { $0.key < $1.key }) {
            let resolved = try source.column(for: column)
            if source.rowKey.contains(resolved) { continue }
            conditions.append(
                value.isNull
                    ? .condition(field: resolved, lookup: .isnull, operands: [.integer(1)])
                    : .condition(field: resolved, lookup: .exact, operands: [value]))
        }
        return .and(conditions)
    }
}
