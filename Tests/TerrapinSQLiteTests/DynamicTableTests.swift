import Foundation
import Terrapin
import TerrapinTesting
import Testing

@Suite struct DynamicTableTests {
    let directory = TemporaryDirectory()

    func makeOddDatabase() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("odd.db"))", create: true, makeDefault: false)
        for sql in [
            #"CREATE TABLE "weird ""name"" 表" ("key id" INTEGER PRIMARY KEY, "col with space" TEXT, "città" REAL DEFAULT 1.5 NOT NULL, data BLOB)"#,
            "CREATE TABLE pair (a INTEGER, b TEXT, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID",
            "CREATE TABLE loose (x TEXT, y INTEGER)",
            "CREATE TABLE child (id INTEGER PRIMARY KEY, pa INTEGER, pb TEXT, FOREIGN KEY (pa, pb) REFERENCES pair (a, b) ON DELETE CASCADE)",
            "CREATE INDEX child_pa ON child (pa)",
            "CREATE UNIQUE INDEX loose_xy ON loose (x, y)",
            "CREATE VIEW long_loose AS SELECT * FROM loose WHERE length(x) > 3",
        ] {
            _ = try await database.execute(raw: sql)
        }
        return database
    }

    /// SQLite's side of introspection (the rest is in the conformance suite): rowid tables
    /// have the hidden key `rowid`, `WITHOUT ROWID` tables and views none.
    @Test func rowidTablesHaveTheHiddenKeyAndWithoutRowidTablesNone() async throws {
        let database = try await makeOddDatabase()
        let tables = try await database.introspect()
        #expect(tables.map(\.name) == ["child", "long_loose", "loose", "pair", #"weird "name" 表"#])
        let pair = try #require(tables.first { $0.name == "pair" })
        #expect(pair.primaryKey == ["a", "b"])
        #expect(pair.hiddenRowKey == nil)
        let loose = try #require(tables.first { $0.name == "loose" })
        #expect(loose.primaryKey.isEmpty && loose.hiddenRowKey == "rowid")
        #expect(loose.rowKey == ["rowid"])
        #expect(tables.first { $0.name == "long_loose" }?.hiddenRowKey == nil)
    }

    @Test func introspectionEstimatesRowCountsWithoutCounting() async throws {
        let database = try await makeOddDatabase()
        _ = try await database.execute(raw: "INSERT INTO loose (rowid, x, y) VALUES (7, 'a', 1)")
        var tables = try await database.introspect()
        // No ANALYZE yet: max(rowid) for rowid tables, nothing for the others and for views.
        #expect(tables.first { $0.name == "loose" }?.estimatedRowCount == 7)
        #expect(tables.first { $0.name == "child" }?.estimatedRowCount == 0)
        #expect(tables.first { $0.name == "pair" }?.estimatedRowCount == nil)
        #expect(tables.first { $0.name == "long_loose" }?.estimatedRowCount == nil)
        for index in 0..<3 {
            _ = try await database.execute(
                raw: "INSERT INTO pair (a, b) VALUES (\(index), 'x')")
        }
        _ = try await database.execute(raw: "ANALYZE")
        tables = try await database.introspect()
        // After ANALYZE: sqlite_stat1's figure.
        #expect(tables.first { $0.name == "pair" }?.estimatedRowCount == 3)
        #expect(tables.first { $0.name == "loose" }?.estimatedRowCount == 1)
    }

    /// Invalid UTF-8 comes back byte for byte, as a blob; SQLite's LIKE folds ASCII only.
    @Test func invalidUTF8TextComesBackAsABlobAndLikeFoldsASCIIOnly() async throws {
        let database = try await makeOddDatabase()
        let table = try await database.table(#"weird "name" 表"#)
        try await table.insertRow(["col with space": "héllo 🐢"])
        _ = try await database.execute(
            raw:
                #"INSERT INTO "weird ""name"" 表" ("col with space") VALUES (CAST(X'C328' AS TEXT))"#
        )
        let rows = try await table.orderBy("key id").all()
        #expect(rows.count == 2)
        #expect(rows[1]["col with space"] == .blob(Data([0xC3, 0x28])))
        let folded = try await table.filter(parsing: "`col with space`__icontains=HÉLLO").count()
        #expect(folded == 0)  // 'É' ≠ 'é' for SQLite's LIKE
        let ascii = try await table.filter(parsing: "`col with space`__icontains=HéLLO").count()
        #expect(ascii == 1)
    }

    /// Edits of a table without a key go by its rowid.
    @Test func editsOfARowidTableCheckTheOldValues() async throws {
        let database = try await makeOddDatabase()
        let loose = try await database.table("loose")
        try await loose.insertRow(["x": "one", "y": 1])
        let row = try #require(try await loose.first())
        let key = ["rowid": try #require(row["rowid"])]
        try await loose.updateRow(key: key, changes: ["y": 2], expecting: ["y": 1])
        #expect(try await loose.first()?["y"] == 2)
        await #expect(throws: TerrapinError.rowChanged(table: "loose", key: "rowid=1")) {
            try await loose.updateRow(key: key, changes: ["y": 3], expecting: ["y": 1])
        }
        #expect(try await loose.first()?["y"] == 2)
        try await loose.deleteRow(key: key, expecting: ["y": 2])
        #expect(try await loose.count() == 0)
    }

    /// Keyset pages of a table without a key break ties by the rowid.
    @Test func keysetPagesOfARowidTableCoverEveryRowOnceWithNulls() async throws {
        let database = try await makeOddDatabase()
        _ = try await database.execute(
            raw: """
                WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 237)
                INSERT INTO loose (x, y) SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE 'v' || (i % 13) END, i FROM c
                """)
        let loose = try await database.table("loose")
        for ordering in [
            [OrderTerm("x")], [OrderTerm("x", descending: true)],
            [OrderTerm("y", descending: true)],
        ] {
            let query = loose.orderBy(ordering)
            let expected = try await query.orderBy(
                ordering + [OrderTerm("rowid", descending: ordering[0].isDescending)]
            )
            .all().map { $0["y"] }
            var seen: [SQLValue?] = []
            var page = try await query.fetchPage(size: 10)
            seen += page.rows.map { $0["y"] }
            while page.hasMore {
                page = try await query.fetchPage(size: 10, after: page.lastPosition)
                seen += page.rows.map { $0["y"] }
            }
            #expect(seen == expected, "forwards by \(ordering)")
            var backwards: [SQLValue?] = []
            page = try await query.fetchPage(size: 10, before: nil)
            backwards = page.rows.map { $0["y"] } + backwards
            while page.hasMore {
                page = try await query.fetchPage(size: 10, before: page.firstPosition)
                backwards = page.rows.map { $0["y"] } + backwards
            }
            #expect(backwards == expected, "backwards by \(ordering)")
        }
    }

    @Test func theLastPageOfALargeTableUsesTheKeyNotAnOffset() async throws {
        let database = try await makeOddDatabase()
        let loose = try await database.table("loose")
        let statement = try loose.orderBy("y").sql(dialect: database.dialect)
        #expect(statement.sql == #"SELECT "x", "y", "rowid" FROM "loose" ORDER BY "y""#)
        _ = try await database.execute(
            raw: "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 50000) "
                + "INSERT INTO loose (x, y) SELECT 'r' || i, i FROM c")
        let last = try await loose.orderBy("rowid").fetchPage(size: 5, before: nil)
        #expect(last.rows.map { $0["y"] } == [49_996, 49_997, 49_998, 49_999, 50_000])
        #expect(last.hasMore)
        let plan = try await database.raw(
            #"EXPLAIN QUERY PLAN SELECT * FROM "loose" WHERE "rowid" < ? ORDER BY "rowid" DESC LIMIT 6"#,
            [49_996])
        #expect(
            plan.contains {
                ($0["detail"]?.description ?? "").contains("USING INTEGER PRIMARY KEY")
            })
    }

    @Test func memoryDatabasesWork() async throws {
        let database = try await connect(
            "sqlite://:memory:", models: [Artist.self], makeDefault: false)
        try await database.generateSchemas()
        try await database.generateSchemas()  // safe twice
        try await Artist.create(Artist(name: "Solo"), on: database)
        #expect(try await Artist.all(on: database).map(\.name) == ["Solo"])
    }
}
