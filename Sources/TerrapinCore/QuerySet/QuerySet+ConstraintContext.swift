extension QuerySet {
    /// What a write of `columns` to this query set's table knows for naming a constraint
    /// the database refuses it for: the table, its columns, its foreign-key columns (from
    /// the introspected table, or the model's schema) and its `CREATE` text.
    func constraintContext(writing columns: [String]) -> ConstraintViolationContext {
        let description = source.tableDescription
        return ConstraintViolationContext(
            table: source.table,
            tableColumns: description?.columns.map(\.name) ?? source.selectedColumns,
            writtenColumns: columns,
            foreignKeyColumns: description?.foreignKeys.flatMap(\.columns) ?? [],
            createSQL: description?.sql, identifierMatching: source.identifierMatching)
    }
}

extension Model {
    /// What a write of `columns` to the model's table knows for naming a constraint the
    /// database refuses it for (the foreign keys come from the schema).
    static func constraintContext(writing columns: [String]) -> ConstraintViolationContext {
        ConstraintViolationContext(
            table: schema.tableName, tableColumns: schema.columns.map(\.name),
            writtenColumns: columns,
            foreignKeyColumns: schema.columns.filter { $0.foreignKey != nil }.map(\.name),
            createSQL: nil)
    }
}
