import Foundation
import Terrapin
import Testing

/// Paging where the order has no unique tail: a view over 5,462 rows with only 25 distinct
/// categories (issue 7, items 3 and 4).
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

    /// Every page of `query` by offset, in order.
    func pagesByOffset(_ query: QuerySet<DynamicRow>, size: Int) async throws -> [[SQLValue]] {
        var seen: [[SQLValue]] = []
        var page = try await query.fetchPage(size: size, offset: 0)
        seen += page.rows.map(\.values)
        while page.hasMore {
            page = try await query.fetchPage(
                size: size, offset: (page.offset ?? 0) + page.rows.count)
            seen += page.rows.map(\.values)
        }
        return seen
    }

    @Test func pagingAViewByOffsetShowsEveryRowOnceInOrder() async throws {
        let database = try await makeCatalogue()
        let view = try await database.table("catalogue")
        #expect(!view.hasUniqueOrdering)
        let everyRow = try await view.all().map(\.values)
        #expect(everyRow.count == 5_462)
        #expect(Set(everyRow.compactMap { $0[0] }).count == 25 + 1)  // 25 categories and NULL
        for ordering in [[OrderTerm("category")], [OrderTerm("category", descending: true)], []] {
            let query = view.orderBy(ordering)
            let seen = try await pagesByOffset(query, size: 50)
            // Every row exactly once (as a multiset: the identical rows are interchangeable) …
            #expect(seen.count == everyRow.count, "by \(ordering)")
            #expect(
                seen.sorted { $0.description < $1.description }
                    == everyRow.sorted { $0.description < $1.description }, "by \(ordering)")
            // … in the order asked for, the same order as one query for all rows.
            let expected = try await query.orderBy(query.offsetOrdering()).all().map(\.values)
            #expect(seen == expected, "by \(ordering)")
            if let term = ordering.first {
                // NULL sorts first ascending in SQLite, as "" does among these texts.
                let categories = seen.map { $0[0].isNull ? "" : $0[0].description }
                let sorted = categories.sorted { term.isDescending ? $0 > $1 : $0 < $1 }
                #expect(categories == sorted)
            }
        }
    }

    @Test func offsetPagesOfATableUseItsKeyAsTheTiebreak() async throws {
        let database = try await makeCatalogue()
        let items = try await database.table("item").orderBy("-category")
        #expect(items.hasUniqueOrdering)
        #expect(
            try items.offsetOrdering() == [
                OrderTerm("category", descending: true), OrderTerm("id", descending: true),
            ])
        let seen = try await pagesByOffset(items, size: 200)
        #expect(seen == (try await items.orderBy("-category", "-id").all().map(\.values)))
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

    @Test func keysetPagingOnAViewSaysToPageByOffset() async throws {
        let database = try await makeCatalogue()
        let view = try await database.table("catalogue").orderBy("category")
        let first = try await view.fetchPage(size: 10)
        #expect(first.rows.count == 10 && first.hasMore && first.offset == 0)
        #expect(
            first.rows.map(\.values)
                == (try await view.fetchPage(size: 10, offset: 0)).rows.map(\.values))
        await #expect(throws: TerrapinError.keysetPagingUnavailable(table: "catalogue")) {
            try await view.fetchPage(size: 10, after: [.text("cat1")])
        }
        await #expect(throws: TerrapinError.keysetPagingUnavailable(table: "catalogue")) {
            try await view.fetchPage(size: 10, before: nil)
        }
        #expect(
            TerrapinError.keysetPagingUnavailable(table: "catalogue").description.contains(
                "page by offset"))
    }

    @Test func theLastOffsetPageHasNoMore() async throws {
        let database = try await makeCatalogue()
        let view = try await database.table("catalogue")
        let last = try await view.fetchPage(size: 50, offset: 5_450)
        #expect(last.rows.count == 12 && !last.hasMore && last.offset == 5_450)
        let past = try await view.fetchPage(size: 50, offset: 9_000)
        #expect(past.rows.isEmpty && !past.hasMore)
    }
}
