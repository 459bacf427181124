import Foundation
import Synchronization
import Terrapin

/// SQLite's dialect shaped as PostgreSQL's where SQLite allows it: inserted keys come back
/// through `RETURNING` (``InsertedKeyStrategy/returning``), and placeholders are numbered
/// (`?1`, `?2`, …, which SQLite reads as PostgreSQL reads `$1`), raw SQL's `?` included.
struct ReturningSQLiteDialect: SQLDialect {
    let base = SQLiteDialect()

    var name: String { base.name }
    var insertedKeys: InsertedKeyStrategy { .returning }
    var nullSafeEqualOperator: String { base.nullSafeEqualOperator }
    var nullSafeNotEqualOperator: String { base.nullSafeNotEqualOperator }
    var unboundedLimitClause: String? { base.unboundedLimitClause }
    var sortsNullsFirstAscending: Bool { base.sortsNullsFirstAscending }
    func placeholder(at position: Int) -> String { "?\(position)" }
    func rewritingPlaceholders(in sql: String) -> String {
        PlaceholderRewriter.rewrite(sql, placeholder: placeholder(at:))
    }
    func columnType(for column: ColumnSchema) -> String { base.columnType(for: column) }
    func literal(_ value: SQLValue) -> String { base.literal(value) }
    func autoIncrementPrimaryKeyDefinition(for column: ColumnSchema) -> String {
        base.autoIncrementPrimaryKeyDefinition(for: column)
    }
    func patternMatch(
        column: String, placeholder: String, text: String, kind: PatternKind, ignoringCase: Bool
    ) -> (sql: String, value: SQLValue) {
        base.patternMatch(
            column: column, placeholder: placeholder, text: text, kind: kind,
            ignoringCase: ignoringCase)
    }
    func blobEquality(column: String, placeholder: () -> String) -> String {
        base.blobEquality(column: column, placeholder: placeholder)
    }
}

/// A real SQLite database seen through ``ReturningSQLiteDialect``: the core must read every
/// inserted key from a `RETURNING` row, since `execute` reports no `lastInsertedID` here.
/// `fetchAll` runs on the writer (SQLite's readers are read-only), through a transaction
/// (a savepoint inside one).
final class ReturningDatabase: Database {
    let base: any Database
    /// The SQL of every statement run through `fetchAll` and `execute`, in order.
    let statements = Mutex<[String]>([])

    init(_ base: any Database) { self.base = base }

    var dialect: any SQLDialect { ReturningSQLiteDialect() }
    var isReadOnly: Bool { base.isReadOnly }
    var readOnlyReason: String? { base.readOnlyReason }
    var url: String { base.url }

    func fetchAll<Row: Sendable>(
        _ statement: SQLStatement, decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> [Row] {
        statements.withLock { $0.append(statement.sql) }
        return try await base.transaction { try await $0.fetchAll(statement, decode: decode) }
    }

    func execute(_ statement: SQLStatement) async throws -> ExecutionResult {
        statements.withLock { $0.append(statement.sql) }
        let result = try await base.execute(statement)
        return ExecutionResult(rowsAffected: result.rowsAffected)
    }

    func executeMany(_ sql: String, bindings: [[SQLValue]]) async throws -> [ExecutionResult] {
        try await base.executeMany(sql, bindings: bindings).map {
            ExecutionResult(rowsAffected: $0.rowsAffected)
        }
    }

    func openCursor<Row: Sendable>(
        _ statement: SQLStatement, batchSize: Int,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> DatabaseCursor<Row> {
        try await base.openCursor(statement, batchSize: batchSize, decode: decode)
    }

    func transaction<Result: Sendable>(_ body: @Sendable (any Database) async throws -> Result)
        async throws -> Result
    {
        try await base.transaction { _ in try await body(self) }
    }

    func introspect() async throws -> [TableDescription] { try await base.introspect() }

    func close() async throws { try await base.close() }
}
