import PostgresNIO
import TerrapinCore

extension PostgresDatabase {
    /// The postgres-nio query for a statement: its SQL and its values bound as
    /// ``PostgresValueConversion`` says.
    static func query(_ sql: String, _ bindings: [SQLValue]) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: PostgresValueConversion.bindings(for: bindings))
    }

    /// Runs a statement on `connection`, handing each row to `decoder` on the event loop;
    /// returns the command tag's row count.
    func run<Row: Sendable>(
        _ sql: String, _ bindings: [SQLValue], on connection: PostgresConnection,
        into decoder: PostgresRowDecoder<Row>
    ) async throws -> Int? {
        let metadata = try await connection.query(
            Self.query(sql, bindings), logger: logger
        ) { row in try decoder.consume(row) }.get()
        return metadata.rows
    }

    /// Runs a query on a pooled connection (or the transaction's) and decodes every row
    /// there, as it arrives.
    public func fetchAll<Row: Sendable>(
        _ statement: SQLStatement,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> [Row] {
        let decoder = PostgresRowDecoder(context: textContext, decode: decode)
        _ = try await withConnection(sql: statement.sql) { connection in
            try await self.run(statement.sql, statement.bindings, on: connection, into: decoder)
        }
        return decoder.rows
    }

    /// Runs a write: the rows affected come from the command tag, and the inserted key from
    /// the first column of the last row a `RETURNING` gave back.
    public func execute(_ statement: SQLStatement) async throws -> ExecutionResult {
        try await withConnection(sql: statement.sql) { connection in
            try await self.execute(statement.sql, statement.bindings, on: connection)
        }
    }

    /// One write on a given connection. SQL without bindings that holds several statements
    /// (`CREATE …; INSERT …`) runs statement by statement (``PostgresStatementSplitter``),
    /// the result being the last one's; the extended protocol takes one statement at a time.
    func execute(_ sql: String, _ bindings: [SQLValue], on connection: PostgresConnection)
        async throws -> ExecutionResult
    {
        if bindings.isEmpty, Self.holdsSeveralStatements(sql) {
            let statements = PostgresStatementSplitter.statements(in: sql)
            // One statement whose `;`s are quoted (a function body): run it as it is.
            if statements.count > 1 {
                var result = ExecutionResult(rowsAffected: 0)
                for statement in statements {
                    try Task.checkCancellation()
                    result = try await runOne(statement, [], on: connection)
                }
                return result
            }
        }
        return try await runOne(sql, bindings, on: connection)
    }

    /// One statement on a given connection: its row count and the first column of the last
    /// row a `RETURNING` gave back.
    private func runOne(_ sql: String, _ bindings: [SQLValue], on connection: PostgresConnection)
        async throws -> ExecutionResult
    {
        let decoder = PostgresRowDecoder(context: textContext) { _ in () }
        let count = try await run(sql, bindings, on: connection, into: decoder)
        return ExecutionResult(
            rowsAffected: count ?? 0, lastInsertedID: decoder.lastRowValues?.first ?? .null)
    }

    /// Runs one statement per binding set in one transaction (a savepoint inside an open
    /// one). Each set is sent as an unnamed statement: postgres-nio's public prepared
    /// statements either need their SQL at compile time or do not report the command tag
    /// (rows affected).
    public func executeMany(_ sql: String, bindings: [[SQLValue]]) async throws
        -> [ExecutionResult]
    {
        guard !bindings.isEmpty else { return [] }
        return try await transaction { _ in
            try await self.withConnection(sql: sql) { connection in
                var results: [ExecutionResult] = []
                results.reserveCapacity(bindings.count)
                for values in bindings {
                    try Task.checkCancellation()
                    results.append(try await self.execute(sql, values, on: connection))
                }
                return results
            }
        }
    }
}

extension PostgresDatabase {
    /// Whether `sql` has a `;` with more than white space after it (a `;` inside a string
    /// literal counts too: the simple-query protocol runs such a single statement as well).
    static func holdsSeveralStatements(_ sql: String) -> Bool {
        guard let semicolon = sql.firstIndex(of: ";") else { return false }
        return sql[sql.index(after: semicolon)...].contains { !$0.isWhitespace && $0 != ";" }
    }
}
