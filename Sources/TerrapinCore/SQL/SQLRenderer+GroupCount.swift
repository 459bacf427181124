extension SQLRenderer {
    /// Renders a ``GroupCountQuery``: the group, its count, the number of groups and of rows
    /// counted (window functions over the grouped rows, so one statement says all four).
    ///
    /// Plain SQL both SQLite and PostgreSQL run: positional `GROUP BY 1`, bound range bounds,
    /// `SUBSTR(CAST(… AS TEXT), 1, n)`, and the row total cast to `BIGINT` (PostgreSQL sums
    /// counts as `numeric`).
    public func render(_ query: GroupCountQuery) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        let column = dialect.quote(query.column)
        builder.append("SELECT ")
        switch query.grouping {
        case .value:
            builder.append(column)
        case .ranges(let boundaries):
            guard boundaries.count >= 2 else {
                throw TerrapinError.invalidLookupOperand(
                    field: query.column, lookup: "ranges",
                    reason: "needs at least two bounds, got \(boundaries.count)")
            }
            builder.append("CASE WHEN \(column) IS NULL THEN NULL")
            let inner = boundaries.dropFirst().dropLast()
            for (index, bound) in inner.enumerated() {
                builder.append(" WHEN \(column) < \(builder.bindPlaceholder(bound)) THEN \(index)")
            }
            builder.append(" ELSE \(boundaries.count - 2) END")
        case .textPrefix(let length):
            builder.append("SUBSTR(CAST(\(column) AS TEXT), 1, \(max(1, length)))")
        }
        builder.append(
            " AS \(dialect.quote("value")), COUNT(*) AS \(dialect.quote("count")), "
                + "COUNT(*) OVER () AS \(dialect.quote("groups")), "
                + "CAST(SUM(COUNT(*)) OVER () AS BIGINT) AS \(dialect.quote("rows"))")
        try appendSource(
            of: query.column, table: query.table, predicate: query.predicate,
            sampleLimit: query.sampleLimit, to: &builder)
        builder.append(" GROUP BY 1")
        switch query.grouping {
        case .value: builder.append(" ORDER BY 2 DESC, 1")
        case .ranges, .textPrefix: builder.append(" ORDER BY 1")
        }
        if let limit = query.limit { builder.append(" LIMIT \(max(0, limit))") }
        return builder.statement
    }

    /// Renders a ``ColumnRangeQuery``: `SELECT MIN(c), MAX(c) FROM …`.
    public func render(_ query: ColumnRangeQuery) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        let column = dialect.quote(query.column)
        builder.append("SELECT MIN(\(column)), MAX(\(column))")
        try appendSource(
            of: query.column, table: query.table, predicate: query.predicate,
            sampleLimit: query.sampleLimit, to: &builder)
        return builder.statement
    }

    /// ` FROM "table" WHERE …`, or, for a sample, ` FROM (SELECT "column" FROM "table"
    /// WHERE … LIMIT n) AS "sampled"`.
    private func appendSource(
        of column: String, table: String, predicate: QueryPredicate?, sampleLimit: Int?,
        to builder: inout SQLBuilder
    ) throws {
        if sampleLimit != nil {
            builder.append(" FROM (SELECT \(dialect.quote(column)) FROM \(dialect.quote(table))")
        } else {
            builder.append(" FROM \(dialect.quote(table))")
        }
        if let predicate {
            builder.append(" WHERE ")
            try builder.appendPredicate(predicate, nested: false)
        }
        if let sampleLimit {
            builder.append(" LIMIT \(max(0, sampleLimit))) AS \(dialect.quote("sampled"))")
        }
    }
}
