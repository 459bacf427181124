import Foundation
import Terrapin
import Testing

/// A view over a table that was dropped does not make the rest of the database unreadable.
@Suite struct BrokenViewTests {
    let directory = TemporaryDirectory()

    @Test func aViewOverADroppedTableIsListedWithoutColumnsAndReadingItSaysWhy() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("broken.db"))", create: true, makeDefault: false)
        for sql in [
            "CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT)",
            "INSERT INTO kept VALUES (1, 'one')",
            "CREATE TABLE gone (x)",
            "CREATE VIEW orphan AS SELECT x FROM gone",
            "DROP TABLE gone",
        ] {
            try await database.execute(raw: sql)
        }
        let tables = try await database.introspect()
        #expect(tables.map(\.name) == ["kept", "orphan"])
        let orphan = try #require(tables.first { $0.name == "orphan" })
        #expect(orphan.kind == .view)
        #expect(orphan.columns.isEmpty)
        let kept = try #require(tables.first { $0.name == "kept" })
        let rows = try await database.table(kept).all()
        #expect(rows.count == 1)
        await #expect {
            _ = try await database.table(orphan).fetchPage(size: 10)
        } throws: { error in
            String(describing: error).contains("no such table")
        }
        try await database.close()
    }
}
