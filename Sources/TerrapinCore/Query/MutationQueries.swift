/// An `INSERT` of one row; drivers reuse its SQL for many rows with other bindings.
public struct InsertQuery: Sendable, Hashable {
    /// The table.
    public var table: String
    /// The schema that holds the table, when the driver names one (PostgreSQL); `nil` for
    /// the database's default (SQLite's `main`, PostgreSQL's `search_path`).
    public var schema: String?
    /// The columns given.
    public var columns: [String]
    /// The values, one per column.
    public var values: [SQLValue]
    /// Columns to return: the inserted key, rendered as `RETURNING` where the dialect reads
    /// keys that way (``SQLDialect/insertedKeys``).
    public var returning: [String]

    /// Creates an insert.
    public init(
        table: String, columns: [String], values: [SQLValue], returning: [String] = [],
        schema: String? = nil
    ) {
        self.table = table
        self.schema = schema
        self.columns = columns
        self.values = values
        self.returning = returning
    }
}

/// An `UPDATE` of the rows matching a predicate.
public struct UpdateQuery: Sendable, Hashable {
    /// The table.
    public var table: String
    /// The schema that holds the table, when the driver names one (PostgreSQL); `nil` for
    /// the database's default (SQLite's `main`, PostgreSQL's `search_path`).
    public var schema: String?
    /// Column and new value pairs, in order.
    public var assignments: [(column: String, value: SQLValue)]
    /// Which rows; all rows when `nil`.
    public var predicate: QueryPredicate?

    /// Creates an update.
    public init(
        table: String, assignments: [(column: String, value: SQLValue)],
        predicate: QueryPredicate?, schema: String? = nil
    ) {
        self.table = table
        self.schema = schema
        self.assignments = assignments
        self.predicate = predicate
    }

    /// Equal when schema, table, assignments and predicate are equal.
    public static func == (lhs: UpdateQuery, rhs: UpdateQuery) -> Bool {
        lhs.table == rhs.table && lhs.schema == rhs.schema && lhs.predicate == rhs.predicate
            && lhs.assignments.map(\.column) == rhs.assignments.map(\.column)
            && lhs.assignments.map(\.value) == rhs.assignments.map(\.value)
    }

    /// Hashes schema, table, assignments and predicate.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(table)
        hasher.combine(schema)
        hasher.combine(assignments.map(\.column))
        hasher.combine(assignments.map(\.value))
        hasher.combine(predicate)
    }
}

/// A `DELETE` of the rows matching a predicate.
public struct DeleteQuery: Sendable, Hashable {
    /// The table.
    public var table: String
    /// The schema that holds the table, when the driver names one (PostgreSQL); `nil` for
    /// the database's default (SQLite's `main`, PostgreSQL's `search_path`).
    public var schema: String?
    /// Which rows; all rows when `nil`.
    public var predicate: QueryPredicate?

    /// Creates a delete.
    public init(table: String, predicate: QueryPredicate?, schema: String? = nil) {
        self.table = table
        self.schema = schema
        self.predicate = predicate
    }
}
