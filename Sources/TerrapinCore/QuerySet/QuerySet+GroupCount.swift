extension QuerySet {
    /// The ``GroupCountQuery`` of ``groupCounts(of:grouping:limit:sampleLimit:)``.
    /// - Throws: ``TerrapinError/unknownField(model:field:known:)``.
    public func groupCountQuery(
        of field: String, grouping: GroupCountQuery.Grouping = .value, limit: Int? = 50,
        sampleLimit: Int? = nil
    ) throws -> GroupCountQuery {
        GroupCountQuery(
            table: source.table, column: try source.column(for: field), grouping: grouping,
            predicate: try resolvedPredicate(), sampleLimit: sampleLimit, limit: limit)
    }

    /// How many matching rows hold each value of a field (`GROUP BY` with counts, `NULL` a
    /// group of its own), largest first; or per numeric range or text prefix, in order.
    /// The query set's filter applies; its order, limit and offset do not.
    ///
    /// ```swift
    /// let genres = try await Track.filter("milliseconds__gt", 300_000)
    ///     .groupCounts(of: "genreId", limit: 10)
    /// for group in genres.groups { print(group.value, group.count) }
    /// ```
    ///
    /// - Parameters:
    ///   - field: The field or column to group by.
    ///   - grouping: Values, numeric ranges, or a text prefix (year, month).
    ///   - limit: At most this many groups (`nil`: all).
    ///   - sampleLimit: Count only the first this many matching rows.
    /// - Throws: ``TerrapinError/unknownField(model:field:known:)``, or the database's error.
    public func groupCounts(
        of field: String, grouping: GroupCountQuery.Grouping = .value, limit: Int? = 50,
        sampleLimit: Int? = nil
    ) async throws -> GroupCounts {
        let database = try resolveDatabase()
        let query = try groupCountQuery(
            of: field, grouping: grouping, limit: limit, sampleLimit: sampleLimit)
        let statement = try SQLRenderer(dialect: database.dialect).render(query)
        let name = source.name
        let rows = try await database.fetchAll(statement) { row in
            let count = row.value(at: 1)
            let groups = row.value(at: 2)
            let total = row.value(at: 3)
            guard let count = Int.fromSQLValue(count), let groups = Int.fromSQLValue(groups),
                let total = Int.fromSQLValue(total)
            else {
                throw TerrapinError.unexpectedResult(
                    operation: "groupCounts(of: \(field)) of \(name)", expected: "counts",
                    found: count)
            }
            return (GroupCounts.Group(value: row.value(at: 0), count: count), groups, total)
        }
        return GroupCounts(
            groups: rows.map(\.0), groupCount: rows.first?.1 ?? 0, rowCount: rows.first?.2 ?? 0)
    }

    /// The lowest and highest value of a field among the matching rows (or the first
    /// `sampleLimit` of them); both `NULL` when no row has a value.
    /// - Throws: ``TerrapinError/unknownField(model:field:known:)``, or the database's error.
    public func valueRange(of field: String, sampleLimit: Int? = nil) async throws
        -> (lowest: SQLValue, highest: SQLValue)
    {
        let database = try resolveDatabase()
        let query = ColumnRangeQuery(
            table: source.table, column: try source.column(for: field),
            predicate: try resolvedPredicate(), sampleLimit: sampleLimit)
        let statement = try SQLRenderer(dialect: database.dialect).render(query)
        let rows = try await database.fetchAll(statement) { row in
            (row.value(at: 0), row.value(at: 1))
        }
        return rows.first.map { (lowest: $0.0, highest: $0.1) } ?? (.null, .null)
    }
}
