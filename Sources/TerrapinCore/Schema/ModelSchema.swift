/// The description of a model's table: its name, columns in order, default ordering and
/// composite constraints.
///
/// Column order matters: a model's row decoder reads columns by index in this order, and its
/// encoder writes values in this order.
public struct ModelSchema: Sendable, Hashable {
    /// The Swift type name, used in messages.
    public var modelName: String
    /// The table name.
    public var tableName: String
    /// The columns, in declaration order.
    public var columns: [ColumnSchema]
    /// The default ordering of query sets, as `"field"` or `"-field"` for descending.
    public var ordering: [String]
    /// Groups of field names whose combination must be unique.
    public var uniqueTogether: [[String]]
    /// Extra (possibly composite) indexes, as groups of field names.
    public var indexes: [[String]]
    /// The index of the primary-key column in ``columns``.
    public let primaryKeyIndex: Int

    /// Creates a schema. The first column marked as primary key is the key; a model without
    /// one gets its first column.
    public init(
        modelName: String,
        tableName: String,
        columns: [ColumnSchema],
        ordering: [String] = [],
        uniqueTogether: [[String]] = [],
        indexes: [[String]] = []
    ) {
        self.modelName = modelName
        self.tableName = tableName
        self.columns = columns
        self.ordering = ordering
        self.uniqueTogether = uniqueTogether
        self.indexes = indexes
        self.primaryKeyIndex = columns.firstIndex(where: \.isPrimaryKey) ?? 0
    }

    /// The primary-key column.
    public var primaryKey: ColumnSchema { columns[primaryKeyIndex] }

    /// The column of a field, looked up by Swift field name or, failing that, by column name.
    public func column(named name: String) -> ColumnSchema? {
        columns.first { $0.fieldName == name } ?? columns.first { $0.name == name }
    }
}
