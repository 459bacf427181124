import Synchronization

extension Database {
    /// Creates the tables and indexes of the given models (the registered ones when `nil`),
    /// in one transaction. Safe to call twice: existing tables are left alone.
    public func generateSchemas(for models: [any Model.Type]? = nil) async throws {
        let types = models ?? ModelRegistry.models(for: self)
        let statements = SchemaGenerator(dialect: dialect).statements(for: types.map { $0.schema })
        try await transaction { database in
            for sql in statements { _ = try await database.execute(SQLStatement(sql)) }
        }
    }

    /// A query set of dynamic rows over an existing table or view.
    /// - Throws: ``TerrapinError/tableNotFound(name:)``.
    public func table(_ name: String) async throws -> QuerySet<DynamicRow> {
        guard let description = try await introspect(table: name) else {
            throw TerrapinError.tableNotFound(name: name)
        }
        return table(description)
    }

    /// A query set of dynamic rows over an introspected table or view.
    public func table(_ description: TableDescription) -> QuerySet<DynamicRow> {
        QuerySet(source: .table(description), database: self)
    }

    /// Rows of raw SQL with bound parameters, as dynamic rows.
    ///
    /// Write `?` (or `?NNN`) placeholders whatever the database: they are rewritten into the
    /// dialect's own (``SQLDialect/rewritingPlaceholders(in:)``: `$1`, `$2`, … on
    /// PostgreSQL), except inside quotes, quoted identifiers and comments, so the same raw
    /// query runs on every backend.
    ///
    /// ```swift
    /// let rows = try await database.raw("SELECT name FROM track WHERE ms > ?", [300_000])
    /// ```
    public func raw(_ sql: String, _ bindings: [SQLValue] = []) async throws -> [DynamicRow] {
        let names = Mutex<ColumnNames?>(nil)
        let statement = dialect.statement(raw: sql, bindings)
        return try await fetchAll(statement) { row in
            let columns = names.withLock { cached in
                if let cached { return cached }
                let made = ColumnNames((0..<row.columnCount).map(row.columnName(at:)))
                cached = made
                return made
            }
            return DynamicRow.decode(row, columns: columns)
        }
    }

    /// Runs raw SQL that returns no rows, with `?` placeholders rewritten as
    /// ``raw(_:_:)`` does.
    @discardableResult
    public func execute(raw sql: String, _ bindings: [SQLValue] = []) async throws
        -> ExecutionResult
    {
        try await execute(dialect.statement(raw: sql, bindings))
    }
}
