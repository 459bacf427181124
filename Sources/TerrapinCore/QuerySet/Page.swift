/// One page of rows from keyset paging, with the positions to continue from.
public struct Page<Record: Sendable>: Sendable {
    /// The rows, in the query set's order.
    public var rows: [Record]
    /// The total-ordering values of the first row (to page backwards).
    public var firstPosition: [SQLValue]?
    /// The total-ordering values of the last row (to page forwards).
    public var lastPosition: [SQLValue]?
    /// Whether rows exist beyond this page in the direction it was fetched.
    public var hasMore: Bool

    /// Creates a page.
    public init(
        rows: [Record], firstPosition: [SQLValue]?, lastPosition: [SQLValue]?, hasMore: Bool
    ) {
        self.rows = rows
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.hasMore = hasMore
    }
}

extension QuerySet {
    /// The page of `size` rows after `position` (the first page when `nil`), found with a
    /// keyset condition (`WHERE (k1, …, key) > (?, …)`) rather than an `OFFSET`, so the last
    /// page of a huge table comes as fast as the first when the ordering is indexed.
    ///
    /// - Parameters:
    ///   - size: Rows per page.
    ///   - position: ``Page/lastPosition`` of the previous page.
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
    public func fetchPage(size: Int, before position: [SQLValue]?) async throws -> Page<Record> {
        try await fetchPage(size: size, from: position, backwards: true)
    }

    private func fetchPage(size: Int, from position: [SQLValue]?, backwards: Bool) async throws
        -> Page<Record>
    {
        let database = try resolveDatabase()
        let total = try totalOrdering()
        var query = try selectQuery()
        query.ordering = backwards ? total.map(\.reversed) : total
        query.keysetAfter = position
        query.limit = size + 1
        query.offset = nil
        let statement = try SQLRenderer(dialect: database.dialect).render(query)
        var rows = try await database.fetchAll(statement, decode: source.decode)
        let hasMore = rows.count > size
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
