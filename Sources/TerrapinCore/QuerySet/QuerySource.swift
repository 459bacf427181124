/// Where a query set's rows come from and how to decode them: a model's table, or any table
/// found by introspection.
///
/// Typed models and dynamic rows share everything above this: filters, ordering, paging,
/// writes.
public struct QuerySource<Record: Sendable>: Sendable {
    /// The model or table name, for messages.
    public let name: String
    /// The table or view.
    public let table: String
    /// The schema that holds ``table``, or `nil` for the database's default.
    public let schema: String?
    /// The columns selected, in the order the decoder reads them.
    public let selectedColumns: [String]
    /// The field names users may write in lookups, in order, each with its column.
    public let fields: [(field: String, column: String)]
    /// The columns that identify a row (primary key, or the driver's hidden row key); empty
    /// when none.
    public let rowKey: [String]
    /// The ordering used when a query set gives none.
    public let defaultOrdering: [OrderTerm]
    /// Decodes one row.
    public let decode: @Sendable (any SQLRowReader) throws -> Record
    /// The value of a column in a decoded record (for keyset paging and edits).
    public let columnValue: @Sendable (Record, String) -> SQLValue?
    /// How names given to ``column(for:)`` match the source's fields and columns (the
    /// driver's rule for an introspected table; exact for models).
    public let identifierMatching: IdentifierMatching
    /// The introspected table behind a dynamic source (`nil` for models): its foreign keys
    /// and `CREATE` text name the columns of a constraint the database refuses a write for.
    public let tableDescription: TableDescription?

    /// Creates a source.
    public init(
        name: String,
        table: String,
        selectedColumns: [String],
        fields: [(field: String, column: String)],
        rowKey: [String],
        defaultOrdering: [OrderTerm] = [],
        decode: @escaping @Sendable (any SQLRowReader) throws -> Record,
        columnValue: @escaping @Sendable (Record, String) -> SQLValue?,
        identifierMatching: IdentifierMatching = .exact,
        tableDescription: TableDescription? = nil,
        schema: String? = nil
    ) {
        self.schema = schema
        self.name = name
        self.table = table
        self.selectedColumns = selectedColumns
        self.fields = fields
        self.rowKey = rowKey
        self.defaultOrdering = defaultOrdering
        self.decode = decode
        self.columnValue = columnValue
        self.identifierMatching = identifierMatching
        self.tableDescription = tableDescription
    }

    /// The column that holds what the driver reports as an insert's
    /// ``ExecutionResult/lastInsertedID`` (the table's ``TableDescription/hiddenRowKey``), so
    /// an inserted row can be read back when its key was not given; `nil` when none (models).
    public var insertedIDColumn: String? { tableDescription?.hiddenRowKey }

    /// Columns the database computes (the table's ``TableDescription/generatedColumns``):
    /// row edits refuse to write them. Empty for models.
    public var generatedColumns: [String] { tableDescription?.generatedColumns ?? [] }

    /// The column of a field name (or of a column name, which is accepted too; the row key
    /// and ``insertedIDColumn`` are always accepted), with the table's real spelling.
    ///
    /// Exact names win; then, where the database ignores case (``identifierMatching``),
    /// names that differ only in ASCII case: `id` finds the column `ID` on SQLite.
    /// - Throws: ``TerrapinError/unknownField(model:field:known:)``.
    public func column(for field: String) throws -> String {
        if let column = resolve(field, matching: .exact) { return column }
        if identifierMatching != .exact, let column = resolve(field, matching: identifierMatching) {
            return column
        }
        throw TerrapinError.unknownField(model: name, field: field, known: fields.map(\.field))
    }

    /// The column `field` names under one matching rule, or `nil`.
    private func resolve(_ field: String, matching: IdentifierMatching) -> String? {
        if let match = fields.first(where: { matching.matches(field, $0.field) }) {
            return match.column
        }
        if let match = fields.first(where: { matching.matches(field, $0.column) }) {
            return match.column
        }
        if let key = rowKey.first(where: { matching.matches(field, $0) }) { return key }
        if let column = insertedIDColumn, matching.matches(field, column) { return column }
        return nil
    }
}

extension QuerySource where Record: Model {
    /// The source of a model's table.
    public static var model: QuerySource<Record> {
        let schema = Record.schema
        let columns = schema.columns.map(\.name)
        return QuerySource(
            name: schema.modelName,
            table: schema.tableName,
            selectedColumns: columns,
            fields: schema.columns.map { ($0.fieldName, $0.name) },
            rowKey: [schema.primaryKey.name],
            defaultOrdering: schema.ordering.map(OrderTerm.init(parsing:)),
            decode: { try Record(row: $0) },
            columnValue: { record, column in
                guard let index = columns.firstIndex(of: column) else { return nil }
                return record.encodedValues()[index]
            })
    }
}

extension QuerySource where Record == DynamicRow {
    /// The source of an introspected table: every column, plus the driver's hidden row key
    /// when the table has one but no primary key (so rows can be paged and edited).
    public static func table(_ description: TableDescription) -> QuerySource<DynamicRow> {
        var columns = description.columns.map(\.name)
        if description.primaryKey.isEmpty, let hidden = description.hiddenRowKey,
            !columns.contains(hidden)
        {
            columns.append(hidden)
        }
        let names = ColumnNames(columns)
        return QuerySource(
            name: description.name,
            table: description.name,
            selectedColumns: columns,
            fields: columns.map { ($0, $0) },
            rowKey: description.rowKey,
            decode: { DynamicRow.decode($0, columns: names) },
            columnValue: { row, column in row[column] },
            identifierMatching: description.identifierMatching,
            tableDescription: description,
            schema: description.schema)
    }
}
