import TerrapinCore

extension PostgresDatabase {
    /// Describes every table and view visible through the session's `search_path`.
    public func introspect() async throws -> [TableDescription] {
        try await introspector().tables()
    }

    /// Describes one table or view, or returns `nil` when there is none of that name.
    public func introspect(table name: String) async throws -> TableDescription? {
        try await introspector().tables(named: name).first
    }

    /// The schemas that hold user tables or views (not `pg_catalog`, `information_schema`,
    /// TOAST or temporary schemas), with whether the `search_path` makes them visible.
    public func schemas() async throws -> [(name: String, isSearched: Bool)] {
        let rows = try await raw(
            """
            SELECT n.nspname, n.nspname = ANY(current_schemas(false))
            FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            ORDER BY n.nspname
            """)
        return rows.map { row in
            let name = row.values.first.map { $0.description } ?? ""
            return (name, row.values.count > 1 && row.values[1] == .bool(true))
        }
    }

    private func introspector() -> PostgresIntrospector {
        PostgresIntrospector { sql, bindings in
            try await self.fetchAll(SQLStatement(sql, bindings)) { row in
                (0..<row.columnCount).map(row.value(at:))
            }
        }
    }
}
