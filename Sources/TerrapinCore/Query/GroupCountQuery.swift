/// "How many rows hold each value of a column": `GROUP BY` with counts, as a value the
/// renderer turns into SQL (a facet, in Datasette's words).
///
/// The column can be grouped by its values, by numeric ranges, or by a prefix of its text
/// (the year or month of an ISO date or timestamp). `NULL` is a group of its own. The query
/// can count a sample, the first ``sampleLimit`` matching rows, instead of all of them.
///
/// ```swift
/// let query = GroupCountQuery(table: "track", column: "genreId", limit: 50)
/// // SELECT "genreId" AS "value", COUNT(*) AS "count", COUNT(*) OVER () AS "groups",
/// //   CAST(SUM(COUNT(*)) OVER () AS BIGINT) AS "rows" FROM "track" GROUP BY 1
/// //   ORDER BY 2 DESC, 1 LIMIT 50
/// ```
public struct GroupCountQuery: Sendable, Hashable {
    /// How rows are put into groups.
    public enum Grouping: Sendable, Hashable {
        /// One group per distinct value, largest groups first.
        case value
        /// Numeric ranges between ascending `boundaries` (n + 1 bounds make n ranges): group
        /// `i` holds values from `boundaries[i]` up to, not including, `boundaries[i + 1]`;
        /// values below the first bound count in the first range, values from the last
        /// range's start up in the last. Groups are the range numbers (0-based), in order.
        case ranges(boundaries: [SQLValue])
        /// The first `length` characters of the value as text (4: the year, 7: the month
        /// of an ISO date or of a timestamp, whose text form starts `YYYY-MM`), in order.
        case textPrefix(length: Int)
    }

    /// The table or view.
    public var table: String
    /// The column grouped by.
    public var column: String
    /// How rows are grouped.
    public var grouping: Grouping
    /// The `WHERE` condition on columns.
    public var predicate: QueryPredicate?
    /// Count only the first this many matching rows (a sample), or all of them.
    public var sampleLimit: Int?
    /// At most this many groups.
    public var limit: Int?

    /// Creates a query.
    public init(
        table: String, column: String, grouping: Grouping = .value,
        predicate: QueryPredicate? = nil, sampleLimit: Int? = nil, limit: Int? = nil
    ) {
        self.table = table
        self.column = column
        self.grouping = grouping
        self.predicate = predicate
        self.sampleLimit = sampleLimit
        self.limit = limit
    }
}

/// The lowest and highest value of a column (`MIN`, `MAX`), optionally over a sample: what
/// numeric ranges of a ``GroupCountQuery`` are cut from.
public struct ColumnRangeQuery: Sendable, Hashable {
    /// The table or view.
    public var table: String
    /// The column.
    public var column: String
    /// The `WHERE` condition on columns.
    public var predicate: QueryPredicate?
    /// Look only at the first this many matching rows, or at all of them.
    public var sampleLimit: Int?

    /// Creates a query.
    public init(
        table: String, column: String, predicate: QueryPredicate? = nil, sampleLimit: Int? = nil
    ) {
        self.table = table
        self.column = column
        self.predicate = predicate
        self.sampleLimit = sampleLimit
    }
}
