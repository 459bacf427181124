/// One page of rows, with the positions to continue from: keyset positions (ordering values)
/// for ``QuerySet/fetchPage(size:after:)``, an offset for ``QuerySet/fetchPage(size:offset:)``.
public struct Page<Record: Sendable>: Sendable {
    /// The rows, in the query set's order.
    public var rows: [Record]
    /// The total-ordering values of the first row (to page backwards); `nil` for an empty
    /// page and for offset pages.
    public var firstPosition: [SQLValue]?
    /// The total-ordering values of the last row (to page forwards); `nil` for an empty page
    /// and for offset pages.
    public var lastPosition: [SQLValue]?
    /// Whether rows exist beyond this page in the direction it was fetched.
    public var hasMore: Bool
    /// For an offset page, the number of rows before its first row (the next page starts
    /// at `offset + rows.count`); `nil` for keyset pages.
    public var offset: Int?

    /// Creates a page.
    public init(
        rows: [Record], firstPosition: [SQLValue]?, lastPosition: [SQLValue]?, hasMore: Bool,
        offset: Int? = nil
    ) {
        self.rows = rows
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.hasMore = hasMore
        self.offset = offset
    }
}
