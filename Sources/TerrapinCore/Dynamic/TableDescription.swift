/// What introspection found about one table or view of an existing database.
public struct TableDescription: Sendable, Hashable {
    /// Whether this is a table or a view.
    public enum Kind: String, Sendable, Hashable {
        /// A table.
        case table
        /// A view (never written).
        case view
    }

    /// The name.
    public var name: String
    /// The schema (namespace) that holds it, when the driver has several (PostgreSQL:
    /// `public`, …): queries over the table name it as `"schema"."name"`. `nil` for the
    /// database's default (SQLite's `main`).
    public var schema: String?
    /// Table or view.
    public var kind: Kind
    /// The columns in order.
    public var columns: [ColumnDescription]
    /// The primary-key column names, in key order (empty when there is none).
    public var primaryKey: [String]
    /// The name of the key the driver gives every row besides the declared columns, when the
    /// table has one (SQLite: `rowid` for tables not declared `WITHOUT ROWID`; `nil` on
    /// PostgreSQL and for views). Selecting it by this name returns it; it identifies rows
    /// of a table without a primary key (``rowKey``) and is what the driver reports as an
    /// insert's ``ExecutionResult/lastInsertedID``.
    public var hiddenRowKey: String?
    /// Foreign keys from this table to others.
    public var foreignKeys: [ForeignKeyDescription]
    /// Indexes on this table.
    public var indexes: [IndexDescription]
    /// The `CREATE` statement, when the database keeps it.
    public var sql: String?
    /// A cheap estimate of the number of rows, when the database has one without counting
    /// (SQLite: from `sqlite_stat1`, which `ANALYZE` writes, else the largest row key). It may be
    /// stale or, after deletes, too high: show it as an estimate, never as the count.
    public var estimatedRowCount: Int?
    /// How the database matches column names, set by the driver that describes the table
    /// (case-insensitive on SQLite); ``column(named:)``, ``foreignKey(for:)`` and every
    /// query set over the table resolve names with it.
    public var identifierMatching: IdentifierMatching
    /// Whether the database refuses values that do not fit a column's declared type, so an
    /// editor checks them by the column's ``ColumnDescription/logicalType``: a `STRICT`
    /// SQLite table (3.37+; its `ANY` columns still take anything, see
    /// ``ColumnDescription/acceptsAnyValue``). In other SQLite tables any column stores any
    /// value, whatever its declared type. A driver whose database always checks types
    /// (PostgreSQL) sets it for every table.
    public var isStrict: Bool

    /// Creates a description. `identifierMatching` defaults to ``IdentifierMatching/exact``,
    /// which never picks a column the database would not, and `hiddenRowKey` to none;
    /// drivers set their own.
    public init(
        name: String, kind: Kind, columns: [ColumnDescription], primaryKey: [String],
        hiddenRowKey: String? = nil, foreignKeys: [ForeignKeyDescription] = [],
        indexes: [IndexDescription] = [], sql: String? = nil, estimatedRowCount: Int? = nil,
        identifierMatching: IdentifierMatching = .exact, isStrict: Bool = false,
        schema: String? = nil
    ) {
        self.schema = schema
        self.name = name
        self.kind = kind
        self.columns = columns
        self.primaryKey = primaryKey
        self.hiddenRowKey = hiddenRowKey
        self.foreignKeys = foreignKeys
        self.indexes = indexes
        self.sql = sql
        self.estimatedRowCount = estimatedRowCount
        self.identifierMatching = identifierMatching
        self.isStrict = isStrict
    }

    /// The columns that identify a row: the primary key, else the ``hiddenRowKey``, else
    /// none.
    public var rowKey: [String] {
        if !primaryKey.isEmpty { return primaryKey }
        return hiddenRowKey.map { [$0] } ?? []
    }

    /// Why a table without a ``rowKey`` cannot be edited, in a user's words.
    static let noRowKeyReason = "it has no primary key, nor a hidden key that identifies its rows"

    /// The columns whose values the database computes (`GENERATED ALWAYS AS`): shown, never
    /// written.
    public var generatedColumns: [String] { columns.filter(\.isGenerated).map(\.name) }

    /// Why rows cannot be edited, or `nil` when they can.
    public var whyNotWritable: String? {
        if kind == .view { return "it is a view" }
        if rowKey.isEmpty { return Self.noRowKeyReason }
        return nil
    }

    /// The column with this name: an exact match first, else one the database would take
    /// for it (see ``identifierMatching``).
    public func column(named name: String) -> ColumnDescription? {
        if let exact = columns.first(where: { $0.name == name }) { return exact }
        return columns.first { identifierMatching.matches(name, $0.name) }
    }

    /// The foreign key whose columns include `column` (matched as ``column(named:)`` does).
    public func foreignKey(for column: String) -> ForeignKeyDescription? {
        if let exact = foreignKeys.first(where: { $0.columns.contains(column) }) { return exact }
        return foreignKeys.first { key in
            key.columns.contains { identifierMatching.matches(column, $0) }
        }
    }

    /// Whether some index (or the row key) starts with all of `columns`, in this order, so
    /// ordering on them is cheap. `["a", "b"]` is covered by an index on `(a, b, c)`, not by
    /// one on `(a, c)` or `(b, a)`. An empty list is never covered.
    public func hasIndex(startingWith columns: [String]) -> Bool {
        guard !columns.isEmpty else { return false }
        func starts(_ indexed: [String]) -> Bool {
            indexed.count >= columns.count
                && zip(indexed, columns).allSatisfy { identifierMatching.matches($1, $0) }
        }
        return starts(rowKey) || indexes.contains { starts($0.columns) }
    }
}

/// A foreign key of an introspected table.
public struct ForeignKeyDescription: Sendable, Hashable {
    /// The referencing columns of this table.
    public var columns: [String]
    /// The referenced table.
    public var referencedTable: String
    /// The referenced columns (empty means the referenced table's primary key).
    public var referencedColumns: [String]
    /// The `ON DELETE` action.
    public var onDelete: String

    /// Creates a foreign-key description.
    public init(
        columns: [String], referencedTable: String, referencedColumns: [String],
        onDelete: String = "NO ACTION"
    ) {
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
    }
}

/// An index of an introspected table.
public struct IndexDescription: Sendable, Hashable {
    /// The index name.
    public var name: String
    /// The indexed columns, in order.
    public var columns: [String]
    /// Whether it enforces uniqueness.
    public var isUnique: Bool

    /// Creates an index description.
    public init(name: String, columns: [String], isUnique: Bool) {
        self.name = name
        self.columns = columns
        self.isUnique = isUnique
    }
}
