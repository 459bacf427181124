/// A `SELECT` described as a value: what the renderer turns into SQL.
///
/// Field names are already resolved to column names. Equal queries render to equal SQL,
/// which makes queries easy to test, compare and cache.
public struct SelectQuery: Sendable, Hashable {
    /// What the query returns.
    public enum Selection: Sendable, Hashable {
        /// The listed columns (all of them when the list is empty).
        case columns([String])
        /// `COUNT(*)` of the matching rows.
        case count
        /// Whether any row matches (`SELECT 1 … LIMIT 1`).
        case exists
    }

    /// The table or view.
    public var table: String
    /// The schema that holds the table, when the driver names one (PostgreSQL); `nil` for
    /// the database's default (SQLite's `main`, PostgreSQL's `search_path`).
    public var schema: String?
    /// What to return.
    public var selection: Selection
    /// The `WHERE` condition on columns.
    public var predicate: QueryPredicate?
    /// The `ORDER BY` terms on columns.
    public var ordering: [OrderTerm]
    /// For keyset paging: the ordering columns' values of the last row already seen; only
    /// rows after it in ``ordering`` are returned.
    public var keysetAfter: [SQLValue]?
    /// `LIMIT`.
    public var limit: Int?
    /// `OFFSET`.
    public var offset: Int?
    /// `SELECT DISTINCT`.
    public var isDistinct: Bool

    /// Creates a query.
    public init(
        table: String,
        selection: Selection = .columns([]),
        predicate: QueryPredicate? = nil,
        ordering: [OrderTerm] = [],
        keysetAfter: [SQLValue]? = nil,
        limit: Int? = nil,
        offset: Int? = nil,
        isDistinct: Bool = false,
        schema: String? = nil
    ) {
        self.table = table
        self.schema = schema
        self.selection = selection
        self.predicate = predicate
        self.ordering = ordering
        self.keysetAfter = keysetAfter
        self.limit = limit
        self.offset = offset
        self.isDistinct = isDistinct
    }
}
