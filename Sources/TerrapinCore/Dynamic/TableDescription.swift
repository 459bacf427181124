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
    /// Table or view.
    public var kind: Kind
    /// The columns in order.
    public var columns: [ColumnDescription]
    /// The primary-key column names, in key order (empty when there is none).
    public var primaryKey: [String]
    /// Whether rows have a hidden `rowid` (SQLite tables not declared `WITHOUT ROWID`).
    public var hasRowID: Bool
    /// Foreign keys from this table to others.
    public var foreignKeys: [ForeignKeyDescription]
    /// Indexes on this table.
    public var indexes: [IndexDescription]
    /// The `CREATE` statement, when the database keeps it.
    public var sql: String?
    /// A cheap estimate of the number of rows, when the database has one without counting
    /// (SQLite: from `sqlite_stat1`, which `ANALYZE` writes, else `max(rowid)`). It may be
    /// stale or, after deletes, too high: show it as an estimate, never as the count.
    public var estimatedRowCount: Int?
    /// How the database matches column names, set by the driver that describes the table
    /// (case-insensitive on SQLite); ``column(named:)``, ``foreignKey(for:)`` and every
    /// query set over the table resolve names with it.
    public var identifierMatching: IdentifierMatching

    /// Creates a description. `identifierMatching` defaults to ``IdentifierMatching/exact``,
    /// which never picks a column the database would not; drivers set their own.
    public init(
        name: String, kind: Kind, columns: [ColumnDescription], primaryKey: [String],
        hasRowID: Bool, foreignKeys: [ForeignKeyDescription] = [],
        indexes: [IndexDescription] = [], sql: String? = nil, estimatedRowCount: Int? = nil,
        identifierMatching: IdentifierMatching = .exact
    ) {
        self.name = name
        self.kind = kind
        self.columns = columns
        self.primaryKey = primaryKey
        self.hasRowID = hasRowID
        self.foreignKeys = foreignKeys
        self.indexes = indexes
        self.sql = sql
        self.estimatedRowCount = estimatedRowCount
        self.identifierMatching = identifierMatching
    }

    /// The columns that identify a row: the primary key, else `rowid`, else none.
    public var rowKey: [String] {
        if !primaryKey.isEmpty { return primaryKey }
        return hasRowID ? ["rowid"] : []
    }

    /// Why rows cannot be edited, or `nil` when they can.
    public var whyNotWritable: String? {
        if kind == .view { return "it is a view" }
        if rowKey.isEmpty { return "it has neither a primary key nor a rowid" }
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

/// One column of an introspected table.
public struct ColumnDescription: Sendable, Hashable {
    /// The column name.
    public var name: String
    /// The declared type as written (`VARCHAR(120)`, `NUMERIC(10,2)`, empty when none).
    public var declaredType: String
    /// Whether `NULL` is allowed.
    public var isNullable: Bool
    /// The default as SQL text, if any.
    public var defaultSQL: String?
    /// The 1-based position in the primary key, or 0.
    public var primaryKeyPosition: Int

    /// Creates a column description.
    public init(
        name: String, declaredType: String, isNullable: Bool, defaultSQL: String? = nil,
        primaryKeyPosition: Int = 0
    ) {
        self.name = name
        self.declaredType = declaredType
        self.isNullable = isNullable
        self.defaultSQL = defaultSQL
        self.primaryKeyPosition = primaryKeyPosition
    }

    /// The logical type guessed from the declared type with SQLite's affinity rules,
    /// refined for booleans, dates and UUIDs.
    public var logicalType: SQLType {
        let type = declaredType.uppercased()
        if type.contains("BOOL") { return .boolean }
        if type.contains("DATE") || type.contains("TIME") { return .timestamp }
        if type.contains("UUID") { return .uuid }
        if type.contains("INT") { return .integer }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
            return .text
        }
        if type.contains("BLOB") || type.contains("BYTEA") || type.isEmpty { return .blob }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
            return .real
        }
        return .real
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
