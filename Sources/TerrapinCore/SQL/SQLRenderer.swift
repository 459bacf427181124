/// Turns query values into SQL text and bindings for one dialect.
///
/// ```swift
/// let renderer = SQLRenderer(dialect: SQLiteDialect())
/// let statement = try renderer.render(SelectQuery(table: "track", predicate: Q("name", "x")))
/// // SELECT * FROM "track" WHERE "name" = ?   -- 'x'
/// ```
public struct SQLRenderer: Sendable {
    /// The dialect that decides quoting, placeholders and patterns.
    public let dialect: any SQLDialect

    /// Creates a renderer.
    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    /// Renders a `SELECT`.
    /// - Throws: ``TerrapinError/invalidLookupOperand(field:lookup:reason:)`` for a lookup
    ///   with the wrong number of operands.
    public func render(_ query: SelectQuery) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        switch query.selection {
        case .count:
            if query.isDistinct || query.limit != nil || query.offset != nil {
                var inner = query
                inner.selection = .columns([])
                let innerStatement = try render(inner)
                return SQLStatement(
                    "SELECT COUNT(*) FROM (\(innerStatement.sql)) AS counted",
                    innerStatement.bindings)
            }
            builder.append("SELECT COUNT(*)")
        case .exists:
            builder.append("SELECT 1")
        case .columns(let columns):
            builder.append(query.isDistinct ? "SELECT DISTINCT " : "SELECT ")
            builder.append(
                columns.isEmpty ? "*" : columns.map(dialect.quote).joined(separator: ", "))
        }
        builder.append(" FROM " + dialect.quote(table: query.table, schema: query.schema))
        let usesKeyset = query.keysetAfter != nil && query.selection != .count
        if query.predicate != nil || usesKeyset {
            builder.append(" WHERE ")
        }
        if let predicate = query.predicate {
            try builder.appendPredicate(predicate, nested: usesKeyset)
            if usesKeyset { builder.append(" AND ") }
        }
        if usesKeyset, let after = query.keysetAfter {
            try builder.appendKeyset(ordering: query.ordering, after: after)
        }
        if query.selection == .exists {
            builder.append(" LIMIT 1")
            return builder.statement
        }
        if query.selection != .count, !query.ordering.isEmpty {
            builder.append(" ORDER BY ")
            builder.append(
                query.ordering.map { dialect.quote($0.field) + ($0.isDescending ? " DESC" : "") }
                    .joined(separator: ", "))
        }
        if let limit = query.limit {
            builder.append(" LIMIT \(limit)")
        } else if query.offset != nil, let unbounded = dialect.unboundedLimitClause {
            builder.append(" " + unbounded)
        }
        if let offset = query.offset { builder.append(" OFFSET \(offset)") }
        return builder.statement
    }

    /// Renders an `INSERT` of one row.
    public func render(_ query: InsertQuery) -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        builder.append("INSERT INTO " + dialect.quote(table: query.table, schema: query.schema))
        if query.columns.isEmpty {
            builder.append(" DEFAULT VALUES")
        } else {
            builder.append(" (" + query.columns.map(dialect.quote).joined(separator: ", "))
            builder.append(") VALUES (")
            builder.append(
                query.values.map { builder.bindPlaceholder($0) }.joined(separator: ", "))
            builder.append(")")
        }
        appendReturning(query, to: &builder)
        return builder.statement
    }

    /// Renders an `INSERT` of several rows in one statement, with `query`'s table, columns
    /// and `RETURNING` list: `VALUES (…), (…)`, the bindings row after row. `query.values` is
    /// ignored; every row of `rows` has one value per column.
    ///
    /// ```swift
    /// renderer.render(InsertQuery(table: "t", columns: ["a"], values: []), rows: [[1], [2]])
    /// // INSERT INTO "t" ("a") VALUES ($1), ($2)
    /// ```
    public func render(_ query: InsertQuery, rows: [[SQLValue]]) -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        builder.append("INSERT INTO " + dialect.quote(table: query.table, schema: query.schema))
        builder.append(" (" + query.columns.map(dialect.quote).joined(separator: ", "))
        builder.append(") VALUES ")
        for (index, row) in rows.enumerated() {
            if index > 0 { builder.append(", ") }
            builder.append("(" + row.map { builder.bindPlaceholder($0) }.joined(separator: ", "))
            builder.append(")")
        }
        appendReturning(query, to: &builder)
        return builder.statement
    }

    /// ` RETURNING …` when the query asks for columns and the dialect reads keys that way.
    private func appendReturning(_ query: InsertQuery, to builder: inout SQLBuilder) {
        guard !query.returning.isEmpty, dialect.insertedKeys == .returning else { return }
        builder.append(" RETURNING " + query.returning.map(dialect.quote).joined(separator: ", "))
    }

    /// Renders an `UPDATE`.
    public func render(_ query: UpdateQuery) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        builder.append(
            "UPDATE " + dialect.quote(table: query.table, schema: query.schema) + " SET ")
        builder.append(
            query.assignments.map {
                dialect.quote($0.column) + " = " + builder.bindPlaceholder($0.value)
            }
            .joined(separator: ", "))
        if let predicate = query.predicate {
            builder.append(" WHERE ")
            try builder.appendPredicate(predicate, nested: false)
        }
        return builder.statement
    }

    /// Renders a `DELETE`.
    public func render(_ query: DeleteQuery) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        builder.append("DELETE FROM " + dialect.quote(table: query.table, schema: query.schema))
        if let predicate = query.predicate {
            builder.append(" WHERE ")
            try builder.appendPredicate(predicate, nested: false)
        }
        return builder.statement
    }

    /// Renders a predicate alone (for showing a `WHERE` clause to a user).
    public func renderWhereClause(_ predicate: QueryPredicate) throws -> SQLStatement {
        var builder = SQLBuilder(dialect: dialect)
        try builder.appendPredicate(predicate, nested: false)
        return builder.statement
    }
}
