import Foundation
import Terrapin
import Testing

/// The SQL text of SQLite's offset and keyset pages (issue 7, items 3 and 4); the pages
/// themselves are checked by the conformance suite.
@Suite struct OffsetPagingTests {
    let directory = TemporaryDirectory()

    /// `item` (a table with a key) and `catalogue`, a view over it without one; a few rows
    /// of the view are fully identical.
    func makeCatalogue() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("catalogue.db"))", create: true, makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, category TEXT, name TEXT, n INTEGER)")
        try await database.execute(
            raw: """
                WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5462)
                INSERT INTO item (category, name, n)
                SELECT CASE WHEN i % 97 = 0 THEN NULL ELSE 'cat' || (i * 7 % 25) END,
                       'name' || (i % 300), CASE WHEN i > 5450 THEN 1 ELSE i END FROM c
                """)
        try await database.execute(
            raw: "CREATE VIEW catalogue AS SELECT category, name, n FROM item")
        return database
    }

    @Test func pageStatementsAreTheSQLThePagesRun() async throws {
        let database = try await makeCatalogue()
        let view = try await database.table("catalogue").orderBy("-category")
        let dialect = database.dialect
        #expect(
            try view.pageStatement(size: 50, offset: 100, dialect: dialect).sql
                == #"SELECT "category", "name", "n" FROM "catalogue" ORDER BY "category" DESC, "#
                + #""name" DESC, "n" DESC LIMIT 51 OFFSET 100"#)
        // The first keyset page of a view is the first offset page.
        #expect(
            try view.pageStatement(size: 50, after: nil, dialect: dialect)
                == (try view.pageStatement(size: 50, offset: 0, dialect: dialect)))
        #expect(
            try (await database.table("catalogue")).pageStatement(
                size: 10, offset: 20, dialect: dialect
            ).sql == #"SELECT "category", "name", "n" FROM "catalogue" LIMIT 11 OFFSET 20"#)
        let items = try await database.table("item").filter(parsing: "n__gt=5").orderBy(
            "category")
        let keyset = try items.pageStatement(
            size: 25, after: [.text("cat3"), .integer(40)], dialect: dialect)
        #expect(
            keyset.sql
                == #"SELECT "id", "category", "name", "n" FROM "item" WHERE "n" > ? AND "#
                + #"("category", "id") > (?, ?) ORDER BY "category", "id" LIMIT 26"#)
        #expect(keyset.bindings == [.integer(5), .text("cat3"), .integer(40)])
        let backwards = try items.pageStatement(
            size: 25, after: nil, backwards: true, dialect: dialect)
        #expect(
            backwards.sql
                == #"SELECT "id", "category", "name", "n" FROM "item" WHERE "n" > ? "#
                + #"ORDER BY "category" DESC, "id" DESC LIMIT 26"#)
    }
}
