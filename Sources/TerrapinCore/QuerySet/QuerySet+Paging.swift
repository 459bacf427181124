extension QuerySet {
    /// Whether keyset paging is exact here: the source has a row key (a primary key, or the
    /// driver's hidden row key), which ``totalOrdering()`` appends so every row has a distinct
    /// position. When it is `false` (views, tables with neither), page with
    /// ``fetchPage(size:offset:)``.
    public var hasUniqueOrdering: Bool { !source.rowKey.isEmpty }

    /// The page of `size` rows after `position` (the first page when `nil`), found with a
    /// keyset condition (`WHERE (k1, …, key) > (?, …)`) rather than an `OFFSET`, so the last
    /// page of a huge table comes as fast as the first when the ordering is indexed.
    ///
    /// The query set's own `limit` and `offset` are ignored. On a source without a row key
    /// (``hasUniqueOrdering`` is `false`) only the first page can be had this way, and it is
    /// the same as `fetchPage(size: size, offset: 0)`.
    ///
    /// - Parameters:
    ///   - size: Rows per page.
    ///   - position: ``Page/lastPosition`` of the previous page.
    /// - Throws: ``TerrapinError/keysetPagingUnavailable(table:)`` for a position on a
    ///   source without a row key.
    public func fetchPage(size: Int, after position: [SQLValue]? = nil) async throws -> Page<
        Record
    > {
        try await fetchPage(size: size, from: position, backwards: false)
    }

    /// The page of `size` rows before `position` (the last page of all when `nil`), in the
    /// query set's order.
    ///
    /// - Parameters:
    ///   - size: Rows per page.
    ///   - position: ``Page/firstPosition`` of the following page.
    /// - Throws: ``TerrapinError/keysetPagingUnavailable(table:)`` on a source without a row
    ///   key (count the rows and use ``fetchPage(size:offset:)`` for its last page).
    public func fetchPage(size: Int, before position: [SQLValue]?) async throws -> Page<Record> {
        try await fetchPage(size: size, from: position, backwards: true)
    }

    /// The page of `size` rows that skips the first `offset` rows: the paging for sources
    /// without a row key (``hasUniqueOrdering`` is `false`), where keyset positions would
    /// skip rows with equal ordering values.
    ///
    /// Runs `LIMIT size + 1 OFFSET offset` (the extra row sets ``Page/hasMore``) on
    /// ``offsetOrdering()``, which makes the order total enough that every row appears on
    /// exactly one page: after the query set's ordering come the row key, or, without one,
    /// every other selected column (so only fully identical rows, which are
    /// interchangeable, tie). Without any ordering the rows come in the database's natural
    /// order, without `ORDER BY`. The cost of a page grows with `offset`.
    ///
    /// ```swift
    /// var page = try await view.orderBy("category").fetchPage(size: 50, offset: 0)
    /// while page.hasMore {
    ///     page = try await view.orderBy("category").fetchPage(
    ///         size: 50, offset: (page.offset ?? 0) + page.rows.count)
    /// }
    /// ```
    /// - Parameters:
    ///   - size: Rows per page.
    ///   - offset: Rows to skip (negative counts as 0).
    public func fetchPage(size: Int, offset: Int) async throws -> Page<Record> {
        let database = try resolveDatabase()
        let statement = try pageStatement(size: size, offset: offset, dialect: database.dialect)
        var rows = try await database.fetchAll(statement, decode: source.decode)
        let hasMore = rows.count > max(0, size)
        if hasMore { rows.removeLast() }
        return Page(
            rows: rows, firstPosition: nil, lastPosition: nil, hasMore: hasMore,
            offset: max(0, offset))
    }

    /// The SQL and bindings that ``fetchPage(size:after:)`` (or, with `backwards`,
    /// ``fetchPage(size:before:)``) runs for this page: the ordering with the row key, the
    /// keyset condition and `LIMIT size + 1`. What the browser shows as the SQL of a page.
    ///
    /// - Parameters:
    ///   - size: Rows per page.
    ///   - position: The position after (or, backwards, before) which the page starts.
    ///   - backwards: Whether the page ends at `position` (``fetchPage(size:before:)``).
    ///   - dialect: The database's dialect.
    /// - Throws: As the fetch would.
    public func pageStatement(
        size: Int, after position: [SQLValue]?, backwards: Bool = false,
        dialect: any SQLDialect
    ) throws -> SQLStatement {
        try SQLRenderer(dialect: dialect).render(
            keysetPageQuery(size: size, position: position, backwards: backwards))
    }

    /// The SQL and bindings that ``fetchPage(size:offset:)`` runs: ``offsetOrdering()``,
    /// `LIMIT size + 1` and `OFFSET offset`.
    public func pageStatement(size: Int, offset: Int, dialect: any SQLDialect) throws
        -> SQLStatement
    {
        try SQLRenderer(dialect: dialect).render(offsetPageQuery(size: size, offset: offset))
    }

    /// The ordering of offset pages: ``totalOrdering()`` when the source has a row key;
    /// else the query set's ordering followed by every selected column not in it, in the
    /// direction of the last term; empty when the query set has no ordering.
    public func offsetOrdering() throws -> [OrderTerm] {
        if hasUniqueOrdering { return try totalOrdering() }
        var terms = try resolvedOrdering()
        guard let last = terms.last else { return [] }
        for column in source.selectedColumns where !terms.contains(where: { $0.field == column }) {
            terms.append(OrderTerm(column, descending: last.isDescending))
        }
        return terms
    }

    /// The `SELECT` of a keyset page (or, on a source without a row key, of the first offset
    /// page, the only keyset page such a source has).
    private func keysetPageQuery(size: Int, position: [SQLValue]?, backwards: Bool) throws
        -> SelectQuery
    {
        guard hasUniqueOrdering else {
            guard position == nil, !backwards else {
                throw TerrapinError.keysetPagingUnavailable(table: source.name)
            }
            return try offsetPageQuery(size: size, offset: 0)
        }
        return try keysetPageQuery(
            size: size, position: position, backwards: backwards, ordering: totalOrdering())
    }

    /// The `SELECT` of a keyset page on a source with a row key, whose ``totalOrdering()``
    /// is `total`.
    private func keysetPageQuery(
        size: Int, position: [SQLValue]?, backwards: Bool, ordering total: [OrderTerm]
    ) throws -> SelectQuery {
        var query = try selectQuery()
        query.ordering = backwards ? total.map(\.reversed) : total
        query.keysetAfter = position
        query.limit = max(0, size) + 1
        query.offset = nil
        return query
    }

    /// The `SELECT` of an offset page.
    private func offsetPageQuery(size: Int, offset: Int) throws -> SelectQuery {
        var query = try selectQuery()
        query.ordering = try offsetOrdering()
        query.keysetAfter = nil
        query.limit = max(0, size) + 1
        query.offset = offset > 0 ? offset : nil
        return query
    }

    private func fetchPage(size: Int, from position: [SQLValue]?, backwards: Bool) async throws
        -> Page<Record>
    {
        let database = try resolveDatabase()
        guard hasUniqueOrdering else {
            // Only the first page can be had without a row key (as keysetPageQuery says).
            guard position == nil, !backwards else {
                throw TerrapinError.keysetPagingUnavailable(table: source.name)
            }
            return try await fetchPage(size: size, offset: 0)
        }
        let total = try totalOrdering()
        let statement = try SQLRenderer(dialect: database.dialect).render(
            keysetPageQuery(size: size, position: position, backwards: backwards, ordering: total))
        var rows = try await database.fetchAll(statement, decode: source.decode)
        let hasMore = rows.count > max(0, size)
        if hasMore { rows.removeLast() }
        if backwards { rows.reverse() }
        let columns = total.map(\.field)
        func orderingValues(of record: Record?) -> [SQLValue]? {
            guard let record else { return nil }
            return columns.map { source.columnValue(record, $0) ?? .null }
        }
        return Page(
            rows: rows, firstPosition: orderingValues(of: rows.first),
            lastPosition: orderingValues(of: rows.last), hasMore: hasMore)
    }
}
