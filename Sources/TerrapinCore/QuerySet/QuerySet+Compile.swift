extension QuerySet {
    /// The predicate with field names replaced by column names.
    /// - Throws: ``TerrapinError/unknownField(model:field:known:)``.
    public func resolvedPredicate() throws -> QueryPredicate? {
        try predicate.map { try $0.mapFields(source.column(for:)) }
    }

    /// The ordering with field names replaced by column names.
    public func resolvedOrdering() throws -> [OrderTerm] {
        try ordering.map {
            OrderTerm(try source.column(for: $0.field), descending: $0.isDescending)
        }
    }

    /// The ordering extended with the row key, so that it is total (every row has a distinct
    /// position): what keyset paging needs.
    public func totalOrdering() throws -> [OrderTerm] {
        var terms = try resolvedOrdering()
        let direction = terms.last?.isDescending ?? false
        for key in source.rowKey where !terms.contains(where: { $0.field == key }) {
            terms.append(OrderTerm(key, descending: direction))
        }
        return terms
    }

    /// The `SELECT` this query set runs for ``all()``.
    public func selectQuery(_ selection: SelectQuery.Selection? = nil) throws -> SelectQuery {
        SelectQuery(
            table: source.table,
            selection: selection ?? .columns(source.selectedColumns),
            predicate: try resolvedPredicate(),
            ordering: try resolvedOrdering(),
            limit: limitCount,
            offset: offsetCount,
            isDistinct: isDistinct,
            schema: source.schema)
    }

    /// The SQL and bindings of ``all()`` for a dialect (what the browser shows with `c`).
    public func sql(dialect: any SQLDialect) throws -> SQLStatement {
        try SQLRenderer(dialect: dialect).render(selectQuery())
    }
}
