extension QuerySet {
    /// Every matching row.
    public func all() async throws -> [Record] {
        let database = try resolveDatabase()
        let statement = try SQLRenderer(dialect: database.dialect).render(selectQuery())
        return try await database.fetchAll(statement, decode: source.decode)
    }

    /// The first matching row in the ordering (by key when there is none), or `nil`.
    public func first() async throws -> Record? {
        var query = self
        if query.ordering.isEmpty {
            query = query.orderBy(source.rowKey.map { OrderTerm($0) })
        }
        return try await query.limit(1).all().first
    }

    /// The one matching row.
    /// - Throws: ``TerrapinError/notFound(model:filter:)`` when none matches and
    ///   ``TerrapinError/multipleFound(model:filter:count:)`` when several do.
    public func get() async throws -> Record {
        let rows = try await limit(2).all()
        guard rows.count == 1 else {
            let filter = predicate?.lookupText ?? "(no filter)"
            if rows.isEmpty { throw TerrapinError.notFound(model: source.name, filter: filter) }
            let total = try await count()
            throw TerrapinError.multipleFound(model: source.name, filter: filter, count: total)
        }
        return rows[0]
    }

    /// The one matching row, or `nil` when none matches.
    /// - Throws: ``TerrapinError/multipleFound(model:filter:count:)`` when several do.
    public func getOrNil() async throws -> Record? {
        do {
            return try await get()
        } catch TerrapinError.notFound {
            return nil
        }
    }

    /// The number of matching rows (respecting `limit`, `offset` and `distinct`).
    /// - Throws: ``TerrapinError/unexpectedResult(operation:expected:found:)`` when the
    ///   database answers something that is not a count (never a silent 0).
    public func count() async throws -> Int {
        let database = try resolveDatabase()
        let statement = try SQLRenderer(dialect: database.dialect).render(selectQuery(.count))
        let name = source.name
        let counts = try await database.fetchAll(statement) { row in
            let value = row.value(at: 0)
            guard let count = Int.fromSQLValue(value), count >= 0 else {
                throw TerrapinError.unexpectedResult(
                    operation: "count() of \(name)", expected: "a row count", found: value)
            }
            return count
        }
        guard let count = counts.first else {
            throw TerrapinError.unexpectedResult(
                operation: "count() of \(name)", expected: "one row with a count", found: .null)
        }
        return count
    }

    /// Whether any row matches.
    public func exists() async throws -> Bool {
        let database = try resolveDatabase()
        let statement = try SQLRenderer(dialect: database.dialect).render(selectQuery(.exists))
        return try await !database.fetchAll(statement) { _ in true }.isEmpty
    }

    /// The chosen fields of every matching row, as dictionaries keyed by field name
    /// (Tortoise's `values()`).
    public func values(_ fields: String...) async throws -> [[String: SQLValue]] {
        let names = fields
        let rows = try await valuesList(fields)
        return rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
    }

    /// The chosen fields of every matching row, as arrays in the order asked
    /// (Tortoise's `values_list()`).
    public func valuesList(_ fields: String...) async throws -> [[SQLValue]] {
        try await valuesList(fields)
    }

    /// The chosen fields of every matching row, as arrays in the order asked.
    public func valuesList(_ fields: [String]) async throws -> [[SQLValue]] {
        let database = try resolveDatabase()
        let columns = try fields.map(source.column(for:))
        let statement = try SQLRenderer(dialect: database.dialect).render(
            selectQuery(.columns(columns)))
        return try await database.fetchAll(statement) { row in
            (0..<row.columnCount).map { row.value(at: $0) }
        }
    }

    /// The matching rows as an `AsyncSequence`, read in batches of `batchSize` while the
    /// caller iterates, so memory stays bounded whatever the number of rows.
    ///
    /// ```swift
    /// for try await track in Track.all().stream() { print(track.name) }
    /// ```
    public func stream(batchSize: Int = 256) -> QueryStream<Record> {
        QueryStream(querySet: self, batchSize: max(1, batchSize))
    }
}
