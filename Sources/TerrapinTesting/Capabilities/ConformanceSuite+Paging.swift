import TerrapinCore
import Testing

extension ConformanceSuite {
    /// `item` (a table with a key) with 5,462 rows over 25 categories and NULL, and
    /// `catalogue`, a view over it without a key in which a few rows are fully identical.
    func withCatalogue(_ body: (any Database) async throws -> Void) async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            try await execute(
                [
                    "CREATE TABLE item (\(keyColumn("id", on: database)), category \(text), "
                        + "name \(text), n \(integer))",
                    """
                    WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5462)
                    INSERT INTO item (category, name, n)
                    SELECT CASE WHEN i % 97 = 0 THEN NULL ELSE 'cat' || (i * 7 % 25) END,
                           'name' || (i % 300), CASE WHEN i > 5450 THEN 1 ELSE i END FROM c
                    """,
                    "CREATE VIEW catalogue AS SELECT category, name, n FROM item",
                ], on: database)
            try await body(database)
        }
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

    /// Offset pages of a view without a unique order show every row once, in the order asked
    /// for, with NULL where the dialect sorts it.
    public func offsetPagesOfAViewShowEveryRowOnceInOrder() async throws {
        try await withCatalogue { database in
            let view = try await database.table("catalogue")
            #expect(!view.hasUniqueOrdering)
            let everyRow = try await view.all().map(\.values)
            #expect(everyRow.count == 5_462)
            #expect(Set(everyRow.compactMap { $0[0] }).count == 25 + 1)
            let nullsFirst = database.dialect.sortsNullsFirstAscending
            for ordering in [
                [OrderTerm("category")], [OrderTerm("category", descending: true)], [],
            ] {
                let query = view.orderBy(ordering)
                let seen = try await pagesByOffset(query, size: 50)
                #expect(seen.count == everyRow.count, "by \(ordering)")
                #expect(
                    seen.sorted { $0.description < $1.description }
                        == everyRow.sorted { $0.description < $1.description }, "by \(ordering)")
                let expected = try await query.orderBy(query.offsetOrdering()).all().map(\.values)
                #expect(seen == expected, "by \(ordering)")
                if let term = ordering.first {
                    // NULL as "" sorts first, or as "~" last, as the dialect says.
                    let null = nullsFirst ? "" : "~"
                    let categories = seen.map { $0[0].isNull ? null : $0[0].description }
                    let sorted = categories.sorted { term.isDescending ? $0 > $1 : $0 < $1 }
                    #expect(categories == sorted, "by \(ordering)")
                }
            }
        }
    }

    /// Offset pages of a table break ties by its key.
    public func offsetPagesOfATableUseItsKeyAsTheTiebreak() async throws {
        try await withCatalogue { database in
            let items = try await database.table("item").orderBy("-category")
            #expect(items.hasUniqueOrdering)
            #expect(
                try items.offsetOrdering() == [
                    OrderTerm("category", descending: true), OrderTerm("id", descending: true),
                ])
            let seen = try await pagesByOffset(items, size: 200)
            #expect(seen == (try await items.orderBy("-category", "-id").all().map(\.values)))
        }
    }

    /// Keyset paging of a view without a key says to page by offset; its first page is the
    /// first offset page; the last offset page has no more.
    public func keysetPagingOnAViewSaysToPageByOffset() async throws {
        try await withCatalogue { database in
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
            let last = try await database.table("catalogue").fetchPage(size: 50, offset: 5_450)
            #expect(last.rows.count == 12 && !last.hasMore && last.offset == 5_450)
            let past = try await database.table("catalogue").fetchPage(size: 50, offset: 9_000)
            #expect(past.rows.isEmpty && !past.hasMore)
        }
    }

    /// Keyset pages cover every row once, forwards and backwards, ordered by a column with
    /// NULLs in either direction.
    public func keysetPagesCoverEveryRowOnceInBothDirectionsWithNulls() async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            try await execute(
                [
                    "CREATE TABLE keyed (\(keyColumn("id", on: database)), x \(text), "
                        + "y \(integer))",
                    """
                    WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 237)
                    INSERT INTO keyed (x, y)
                    SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE 'v' || (i % 13) END, i FROM c
                    """,
                ], on: database)
            let keyed = try await database.table("keyed")
            for ordering in [
                [OrderTerm("x")], [OrderTerm("x", descending: true)],
                [OrderTerm("y", descending: true)],
            ] {
                let query = keyed.orderBy(ordering)
                let expected = try await query.orderBy(
                    ordering + [OrderTerm("id", descending: ordering[0].isDescending)]
                ).all().map { $0["y"] }
                #expect(expected.count == 237)
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
    }
}
