import Foundation
import Terrapin
import Testing

/// `exact` and `not` with a blob operand find the cell's exact value, including text that is
/// not valid UTF-8, which reads back as a blob of its bytes (issue 7, `=`/`!` on a cell).
@Suite struct BlobMatchingTests {
    let directory = TemporaryDirectory()
    static let invalidUTF8 = Data([0xC3, 0x28])  // a lead byte without its continuation

    func makeCells() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("cells.db"))", create: true, makeDefault: false)
        for sql in [
            "CREATE TABLE cell (id INTEGER PRIMARY KEY, v)",
            "CREATE INDEX cell_v ON cell (v)",
            "INSERT INTO cell (id, v) VALUES (1, CAST(X'C328' AS TEXT))",  // invalid UTF-8 text
            "INSERT INTO cell (id, v) VALUES (2, X'C328')",  // the same bytes as a blob
            "INSERT INTO cell (id, v) VALUES (3, X'00FF')",
            "INSERT INTO cell (id, v) VALUES (4, 'plain')",
            "INSERT INTO cell (id, v) VALUES (5, NULL)",
            "INSERT INTO cell (id, v) VALUES (6, 35)",  // the text of X'3335'
        ] {
            try await database.execute(raw: sql)
        }
        return database
    }

    @Test func theValueReadBackFindsItsRowAgain() async throws {
        let database = try await makeCells()
        let cells = try await database.table("cell")
        let rows = try await cells.orderBy("id").all()
        #expect(rows[0]["v"] == .blob(Self.invalidUTF8))
        #expect(rows[1]["v"] == .blob(Self.invalidUTF8))
        let same = try await cells.filter(Q("v", values: [.blob(Self.invalidUTF8)]))
            .orderBy("id").all().map { $0["id"] }
        #expect(same == [1, 2])
        let blob = try await cells.filter(Q("v", values: [.blob(Data([0x00, 0xFF]))])).all()
        #expect(blob.map { $0["id"] } == [3])
        // A number whose text is the same bytes is not the same value.
        #expect(try await cells.filter(Q("v", values: [.blob(Data("35".utf8))])).count() == 0)
        let others = try await cells.filter(Q("v__not", values: [.blob(Self.invalidUTF8)]))
            .orderBy("id").all().map { $0["id"] }
        #expect(others == [3, 4, 5, 6])  // NULL kept, as IS NOT does
        let parsed = try await cells.filter(parsing: "v=x'c328'").count()
        #expect(parsed == 2)
    }

    @Test func rowsHoldingInvalidUTF8CanBeEditedWithTheOptimisticCheck() async throws {
        let database = try await makeCells()
        let cells = try await database.table("cell")
        let stored = try await cells.updateRow(
            key: ["id": 1], changes: ["v": "fixed"], expecting: ["v": .blob(Self.invalidUTF8)])
        #expect(stored?["v"] == "fixed")
    }

    @Test func theBlobMatchRendersForSQLiteAndStaysIndexed() async throws {
        let database = try await makeCells()
        let cells = try await database.table("cell")
        let statement = try cells.filter(Q("v", values: [.blob(Self.invalidUTF8)]))
            .sql(dialect: database.dialect)
        #expect(
            statement.sql
                == #"SELECT "id", "v" FROM "cell" WHERE ("v" = ? OR (typeof("v") = 'text' AND "#
                + #""v" = CAST(? AS TEXT)))"#)
        #expect(statement.bindings == [.blob(Self.invalidUTF8), .blob(Self.invalidUTF8)])
        let plan = try await database.raw(
            "EXPLAIN QUERY PLAN " + statement.sql, statement.bindings)
        let details = plan.map { $0["detail"]?.description ?? "" }
        #expect(details.filter { $0.contains("USING COVERING INDEX cell_v (v=?)") }.count == 2)
        #expect(!details.contains { $0.hasPrefix("SCAN") })
        let postgres = try SQLRenderer(dialect: PostgreSQLDialect()).renderWhereClause(
            Q("v", values: [.blob(Self.invalidUTF8)]))
        #expect(postgres.sql == #""v" = $1"#)
    }
}
