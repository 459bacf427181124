import TerrapinCore

/// A database that answers every query with the same rows, for testing how the core treats
/// a driver's answers it cannot get from SQLite (a count that is not a number). Writes,
/// cursors and introspection are not used by these tests and report an error.
final class CannedDatabase: Database {
    let rows: [[SQLValue]]

    init(rows: [[SQLValue]]) { self.rows = rows }

    var dialect: any SQLDialect { SQLiteDialect() }
    var isReadOnly: Bool { true }
    var url: String { "canned:" }

    func fetchAll<Row: Sendable>(
        _ statement: SQLStatement, decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> [Row] {
        try rows.map { try decode(ArrayRowReader(names: ["value"], values: $0)) }
    }

    func execute(_ statement: SQLStatement) async throws -> ExecutionResult {
        throw TerrapinError.readOnly(reason: "canned")
    }

    func executeMany(_ sql: String, bindings: [[SQLValue]]) async throws -> [ExecutionResult] {
        throw TerrapinError.readOnly(reason: "canned")
    }

    func openCursor<Row: Sendable>(
        _ statement: SQLStatement, batchSize: Int,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> DatabaseCursor<Row> {
        let rows = try await fetchAll(statement, decode: decode)
        return DatabaseCursor(next: { rows }, close: {})
    }

    func transaction<Result: Sendable>(_ body: @Sendable (any Database) async throws -> Result)
        async throws -> Result
    {
        try await body(self)
    }

    func introspect() async throws -> [TableDescription] { [] }

    func close() async throws {}
}
