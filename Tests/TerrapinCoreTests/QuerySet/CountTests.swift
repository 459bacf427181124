import TerrapinCore
import Testing

@Suite struct CountTests {
    private static let table = TableDescription(
        name: "thing", kind: .table,
        columns: [
            ColumnDescription(
                name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false)
        ],
        primaryKey: ["id"], hiddenRowKey: "rowid")

    @Test func countReadsTheDatabasesNumber() async throws {
        let database = CannedDatabase(rows: [[.integer(42)]])
        #expect(try await database.table(Self.table).count() == 42)
    }

    @Test(arguments: [SQLValue.text("many"), .null, .real(1.5), .integer(-1)])
    func countThrowsWhenTheAnswerIsNotACount(answer: SQLValue) async throws {
        let database = CannedDatabase(rows: [[answer]])
        await #expect(
            throws: TerrapinError.unexpectedResult(
                operation: "count() of thing", expected: "a row count", found: answer)
        ) {
            try await database.table(Self.table).count()
        }
    }

    @Test func countThrowsWhenNoRowComesBack() async throws {
        let database = CannedDatabase(rows: [])
        await #expect(throws: TerrapinError.self) {
            try await database.table(Self.table).count()
        }
    }
}
