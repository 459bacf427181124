/// Writes the `CREATE TABLE` and `CREATE INDEX` statements for models, in a dialect.
///
/// Statements use `IF NOT EXISTS`, so generating twice is safe. Tables are ordered so that
/// referenced tables come first.
public struct SchemaGenerator: Sendable {
    /// The dialect to write.
    public let dialect: any SQLDialect

    /// Creates a generator.
    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    /// Every statement for the given models, referenced tables first.
    public func statements(for schemas: [ModelSchema]) -> [String] {
        ordered(schemas).flatMap(statements(for:))
    }

    /// The statements for one model: its table, then its indexes.
    public func statements(for schema: ModelSchema) -> [String] {
        [createTable(schema)] + createIndexes(schema)
    }

    /// `CREATE TABLE IF NOT EXISTS …`.
    public func createTable(_ schema: ModelSchema) -> String {
        var definitions: [String] = schema.columns.map(columnDefinition)
        for group in schema.uniqueTogether {
            let columns = group.map { schema.column(named: $0)?.name ?? $0 }
            definitions.append("UNIQUE (\(columns.map(dialect.quote).joined(separator: ", ")))")
        }
        for column in schema.columns {
            guard let reference = column.foreignKey else { continue }
            definitions.append(
                "FOREIGN KEY (\(dialect.quote(column.name))) REFERENCES "
                    + "\(dialect.quote(reference.table)) (\(dialect.quote(reference.column)))"
                    + " ON DELETE \(reference.onDelete.rawValue)")
        }
        return "CREATE TABLE IF NOT EXISTS \(dialect.quote(schema.tableName)) (\n    "
            + definitions.joined(separator: ",\n    ") + "\n)"
    }

    /// `CREATE [UNIQUE] INDEX IF NOT EXISTS …` for indexed fields and extra indexes.
    public func createIndexes(_ schema: ModelSchema) -> [String] {
        var groups: [[String]] = schema.columns.filter { $0.isIndexed && !$0.isPrimaryKey }
            .map { [$0.name] }
        groups += schema.indexes.map { $0.map { schema.column(named: $0)?.name ?? $0 } }
        return groups.map { columns in
            let name = "idx_\(schema.tableName)_" + columns.joined(separator: "_")
            return "CREATE INDEX IF NOT EXISTS \(dialect.quote(name)) ON "
                + "\(dialect.quote(schema.tableName)) "
                + "(\(columns.map(dialect.quote).joined(separator: ", ")))"
        }
    }

    func columnDefinition(_ column: ColumnSchema) -> String {
        let name = dialect.quote(column.name)
        if column.primaryKey == .autoIncrement {
            return "\(name) \(dialect.autoIncrementPrimaryKeyDefinition(for: column))"
        }
        var parts = [name, dialect.columnType(for: column)]
        if column.primaryKey == .assigned { parts.append("PRIMARY KEY") }
        if !column.isNullable { parts.append("NOT NULL") }
        if column.isUnique, !column.isPrimaryKey { parts.append("UNIQUE") }
        if let value = column.defaultValue { parts.append("DEFAULT \(dialect.literal(value))") }
        return parts.joined(separator: " ")
    }

    /// Orders schemas so that a referenced table comes before the tables that reference it.
    func ordered(_ schemas: [ModelSchema]) -> [ModelSchema] {
        var result: [ModelSchema] = []
        var placed = Set<String>()
        var remaining = schemas
        while !remaining.isEmpty {
            let index =
                remaining.firstIndex { schema in
                    schema.columns.compactMap(\.foreignKey?.table).allSatisfy { table in
                        table == schema.tableName || placed.contains(table)
                            || !schemas.contains { $0.tableName == table }
                    }
                } ?? 0
            let next = remaining.remove(at: index)
            result.append(next)
            placed.insert(next.tableName)
        }
        return result
    }
}
