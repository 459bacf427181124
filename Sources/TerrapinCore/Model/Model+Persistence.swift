import Foundation

extension Model {
    /// Inserts a new row and returns the model with its assigned key and timestamps.
    ///
    /// ```swift
    /// let track = try await Track.create(Track(name: "Intro", milliseconds: 90_000))
    /// ```
    /// - Throws: ``TerrapinError/validationFailed(model:field:value:reason:)`` before
    ///   writing, or ``TerrapinError/constraintViolated(kind:table:columns:message:)``.
    @discardableResult
    public static func create(_ model: Self, on database: (any Database)? = nil) async throws
        -> Self
    {
        let database = try DatabaseContext.resolve(database)
        var model = model
        model.applyTimestamps(now: Date(), isInsert: true)
        let values = model.encodedValues()
        try checkFields(values)
        try model.validate()
        let isUnsaved = model.isUnsaved
        let insert = insertQuery(values: values, omittingKey: isUnsaved)
        let statement = SQLRenderer(dialect: database.dialect).render(insert)
        let key: SQLValue
        do {
            key = try await database.insertedKey(
                running: statement,
                readsReturningRow: isUnsaved && database.dialect.insertedKeys == .returning)
        } catch {
            throw constraintContext(writing: insert.columns).enrich(error)
        }
        if isUnsaved { try model.assignPrimaryKey(key) }
        return model
    }

    /// Inserts many rows in one transaction, reusing one prepared statement; returns them
    /// with their assigned keys. All or nothing.
    @discardableResult
    public static func bulkCreate(_ models: [Self], on database: (any Database)? = nil)
        async throws -> [Self]
    {
        guard !models.isEmpty else { return [] }
        let database = try DatabaseContext.resolve(database)
        let now = Date()
        var prepared = models
        // Each row is encoded once: the same values are checked and bound.
        var encoded: [[SQLValue]] = []
        encoded.reserveCapacity(prepared.count)
        for index in prepared.indices {
            prepared[index].applyTimestamps(now: now, isInsert: true)
            let values = prepared[index].encodedValues()
            try checkFields(values)
            try prepared[index].validate()
            encoded.append(values)
        }
        // Rows with and without keys need different column lists: group by shape.
        let withoutKey = prepared.indices.filter { prepared[$0].isUnsaved }
        let withKey = prepared.indices.filter { !prepared[$0].isUnsaved }
        if !withoutKey.isEmpty, database.dialect.insertedKeys == .returning {
            // Keys come back as rows: multi-row INSERTs with RETURNING, all in one
            // transaction together with the rows that have keys.
            let rows = withoutKey.map { insertValues(encoded[$0], omittingKey: true) }
            let first = insertQuery(values: encoded[withoutKey[0]], omittingKey: true)
            let groupWithKey = withKey
            let encodedRows = encoded
            let keys = try await database.transaction { transaction in
                let keys: [SQLValue]
                do {
                    keys = try await insertReturningKeys(first, rows: rows, on: transaction)
                } catch {
                    throw constraintContext(writing: first.columns).enrich(error)
                }
                if !groupWithKey.isEmpty {
                    _ = try await insertMany(
                        groupWithKey, of: encodedRows, omittingKey: false, on: transaction)
                }
                return keys
            }
            for (index, key) in zip(withoutKey, keys) {
                try prepared[index].assignPrimaryKey(key)
            }
            return prepared
        }
        for group in [withoutKey, withKey] where !group.isEmpty {
            let omitsKey = group == withoutKey
            let results = try await insertMany(
                group, of: encoded, omittingKey: omitsKey, on: database)
            if omitsKey {
                for (index, result) in zip(group, results) {
                    try prepared[index].assignPrimaryKey(result.lastInsertedID)
                }
            }
        }
        return prepared
    }

    /// Inserts the encoded rows at `group` (all of one shape) with one reused prepared
    /// statement (``Database/executeMany(_:bindings:)``), its constraint errors completed.
    private static func insertMany(
        _ group: [Int], of encoded: [[SQLValue]], omittingKey: Bool, on database: any Database
    ) async throws -> [ExecutionResult] {
        let first = insertQuery(values: encoded[group[0]], omittingKey: omittingKey)
        let sql = SQLRenderer(dialect: database.dialect).render(first).sql
        do {
            return try await database.executeMany(
                sql, bindings: group.map { insertValues(encoded[$0], omittingKey: omittingKey) })
        } catch {
            throw constraintContext(writing: first.columns).enrich(error)
        }
    }

    /// Inserts `rows` (values for `query`'s columns) with multi-row `INSERT … RETURNING`
    /// statements of at most ``maximumRowsPerInsert`` rows and ``maximumBindingsPerInsert``
    /// values, and returns the first returned column of each row, in the order of `rows`.
    private static func insertReturningKeys(
        _ query: InsertQuery, rows: [[SQLValue]], on database: any Database
    ) async throws -> [SQLValue] {
        let renderer = SQLRenderer(dialect: database.dialect)
        guard !query.columns.isEmpty else {
            // `DEFAULT VALUES` takes no row list: the same statement once per row.
            let statement = renderer.render(query)
            var keys: [SQLValue] = []
            keys.reserveCapacity(rows.count)
            for _ in rows {
                keys.append(
                    try await database.insertedKey(running: statement, readsReturningRow: true))
            }
            return keys
        }
        let perStatement = max(
            1, min(maximumRowsPerInsert, maximumBindingsPerInsert / query.columns.count))
        var keys: [SQLValue] = []
        keys.reserveCapacity(rows.count)
        var start = 0
        while start < rows.count {
            let chunk = Array(rows[start..<min(rows.count, start + perStatement)])
            let returned = try await database.fetchAll(renderer.render(query, rows: chunk)) {
                $0.value(at: 0)
            }
            guard returned.count == chunk.count else {
                throw TerrapinError.unexpectedResult(
                    operation: "bulkCreate of \(schema.modelName)",
                    expected: "one returned key per inserted row (\(chunk.count))",
                    found: .integer(Int64(returned.count)))
            }
            keys += returned
            start += chunk.count
        }
        return keys
    }

    /// The most rows one multi-row `INSERT` of ``bulkCreate(_:on:)`` holds.
    static var maximumRowsPerInsert: Int { 1_000 }

    /// The most values one multi-row `INSERT` binds: SQLite's default limit (32,766 since
    /// 3.32; PostgreSQL's is 65,535).
    static var maximumBindingsPerInsert: Int { 32_766 }

    /// Inserts the row when it is new (its auto-increment key is unset), else updates it by
    /// key (inserting it if no row has that key), as Tortoise's `save()`.
    ///
    /// `save()` is `mutating` (an insert sets the key), so call it on a local variable.
    /// Swift refuses to pass a top-level variable of `main.swift` or an actor's property
    /// `inout` across an `await`; use ``saved(on:)`` for those.
    public mutating func save(on database: (any Database)? = nil) async throws {
        let database = try DatabaseContext.resolve(database)
        if isUnsaved {
            self = try await Self.create(self, on: database)
            return
        }
        applyTimestamps(now: Date(), isInsert: false)
        let values = encodedValues()
        try Self.checkFields(values)
        try validate()
        let schema = Self.schema
        let assignments = schema.columns.indices.filter { $0 != schema.primaryKeyIndex }
            .filter { !schema.columns[$0].isAutoNowAdd }
            .map { (column: schema.columns[$0].name, value: values[$0]) }
        let update = UpdateQuery(
            table: schema.tableName, assignments: assignments,
            predicate: .condition(
                field: schema.primaryKey.name, lookup: .exact, operands: [primaryKeyValue]))
        let result: ExecutionResult
        do {
            result = try await database.execute(
                SQLRenderer(dialect: database.dialect).render(update))
        } catch {
            throw Self.constraintContext(writing: assignments.map(\.column)).enrich(error)
        }
        if result.rowsAffected == 0 {
            self = try await Self.create(self, on: database)
        }
    }

    /// Saves a copy of this model (as ``save(on:)``) and returns it with its key and
    /// timestamps: the form to use for values held by actors or globals.
    ///
    /// ```swift
    /// self.track = try await track.saved()
    /// ```
    public func saved(on database: (any Database)? = nil) async throws -> Self {
        var copy = self
        try await copy.save(on: database)
        return copy
    }

    /// Deletes this row by primary key.
    public func delete(on database: (any Database)? = nil) async throws {
        let database = try DatabaseContext.resolve(database)
        let schema = Self.schema
        let query = DeleteQuery(
            table: schema.tableName,
            predicate: .condition(
                field: schema.primaryKey.name, lookup: .exact, operands: [primaryKeyValue]))
        do {
            _ = try await database.execute(SQLRenderer(dialect: database.dialect).render(query))
        } catch {
            throw Self.constraintContext(writing: []).enrich(error)
        }
    }

    /// The `INSERT` of encoded values: every column, except the key when it is an unset
    /// auto-increment key.
    static func insertQuery(values: [SQLValue], omittingKey: Bool) -> InsertQuery {
        var columns = schema.columns.map(\.name)
        if omittingKey { columns.remove(at: schema.primaryKeyIndex) }
        return InsertQuery(
            table: schema.tableName, columns: columns,
            values: insertValues(values, omittingKey: omittingKey),
            returning: omittingKey ? [schema.primaryKey.name] : [])
    }

    /// The values an `INSERT` binds: all of them, or all but the unset key.
    static func insertValues(_ values: [SQLValue], omittingKey: Bool) -> [SQLValue] {
        guard omittingKey else { return values }
        var values = values
        values.remove(at: schema.primaryKeyIndex)
        return values
    }

    /// Checks the field-level rules of the schema: required values, maximum lengths, enum
    /// cases.
    /// - Throws: ``TerrapinError/validationFailed(model:field:value:reason:)``.
    public func checkFields() throws {
        try Self.checkFields(encodedValues())
    }

    /// Checks the field-level rules on values already encoded in schema order.
    static func checkFields(_ values: [SQLValue]) throws {
        let schema = Self.schema
        for (column, value) in zip(schema.columns, values) {
            if value.isNull, !column.isNullable, column.primaryKey != .autoIncrement,
                column.defaultValue == nil
            {
                throw TerrapinError.validationFailed(
                    model: schema.modelName, field: column.fieldName, value: value,
                    reason: "a value is required")
            }
            if let maxLength = column.maxLength, case .text(let text) = value,
                text.count > maxLength
            {
                throw TerrapinError.validationFailed(
                    model: schema.modelName, field: column.fieldName, value: value,
                    reason: "\(text.count) characters, longer than maxLength \(maxLength)")
            }
            if let allowed = column.allowedValues, !value.isNull, !allowed.contains(value) {
                throw TerrapinError.validationFailed(
                    model: schema.modelName, field: column.fieldName, value: value,
                    reason:
                        "not one of \(allowed.map(\.literalDescription).joined(separator: ", "))")
            }
        }
    }
}

/// Runs `body` in a transaction on the given database (the task's or the default when
/// `nil`): it commits when `body` returns and rolls back when it throws. Inside, implicit
/// queries (`Track.create(…)`) use the transaction; nested calls use savepoints.
///
/// ```swift
/// try await transaction { _ in
///     try await Track.create(intro)
///     try await Track.create(outro)
/// }
/// ```
@discardableResult
public func transaction<Result: Sendable>(
    on database: (any Database)? = nil,
    _ body: @Sendable (any Database) async throws -> Result
) async throws -> Result {
    try await DatabaseContext.resolve(database).transaction(body)
}

extension Model {
    /// Decodes a row given by column name (as a browser or form holds it) and runs the
    /// model's rules on it: field types, ``checkFields()`` and ``validate()``. Nothing is
    /// written.
    ///
    /// - Parameter values: Values by column name; missing columns are `NULL`.
    /// - Throws: The decoding, field-rule or validation error a save would throw.
    public static func validateRow(_ values: [String: SQLValue]) throws {
        let columns = schema.columns.map(\.name)
        let reader = ArrayRowReader(names: columns, values: columns.map { values[$0] ?? .null })
        let model = try Self(row: reader)
        try model.checkFields()
        try model.validate()
    }
}
