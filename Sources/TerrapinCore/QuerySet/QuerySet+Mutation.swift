extension QuerySet {
    /// Sets fields on every matching row in one statement; returns how many rows changed.
    ///
    /// ```swift
    /// try await Track.filter("composer__isnull", true).update(["composer": "Unknown"])
    /// ```
    @discardableResult
    public func update(_ values: [String: any SQLFieldValue]) async throws -> Int {
        let database = try resolveDatabase()
        let assignments = try values.sorted { $0.key < $1.key }.map {
            (column: try source.column(for: $0.key), value: $0.value.sqlValue)
        }
        let query = UpdateQuery(
            table: source.table, assignments: assignments, predicate: try resolvedPredicate(),
            schema: source.schema)
        let statement = try SQLRenderer(dialect: database.dialect).render(query)
        do {
            return try await database.execute(statement).rowsAffected
        } catch {
            throw constraintContext(writing: assignments.map(\.column)).enrich(error)
        }
    }

    /// Deletes every matching row in one statement; returns how many were deleted.
    @discardableResult
    public func delete() async throws -> Int {
        let database = try resolveDatabase()
        let query = DeleteQuery(
            table: source.table, predicate: try resolvedPredicate(), schema: source.schema)
        let statement = try SQLRenderer(dialect: database.dialect).render(query)
        do {
            return try await database.execute(statement).rowsAffected
        } catch {
            throw constraintContext(writing: []).enrich(error)
        }
    }
}
