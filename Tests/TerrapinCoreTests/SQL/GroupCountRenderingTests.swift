import Testing

@testable import TerrapinCore

@Suite struct GroupCountRenderingTests {
    let sqlite = SQLRenderer(dialect: SQLiteDialect())
    let postgres = SQLRenderer(dialect: PostgreSQLDialect())

    @Test func valuesAreGroupedLargestFirstUnderTheFilter() throws {
        let query = GroupCountQuery(
            table: "my track", column: "genre \"id\"", predicate: Q("ms__gt", 300), limit: 50)
        let statement = try sqlite.render(query)
        #expect(
            statement.sql
                == #"SELECT "genre ""id""" AS "value", COUNT(*) AS "count", "#
                + #"COUNT(*) OVER () AS "groups", CAST(SUM(COUNT(*)) OVER () AS BIGINT) AS "rows" "#
                + #"FROM "my track" WHERE "ms" > ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"#)
        #expect(statement.bindings == [300])
    }

    @Test func aSampleCountsTheFirstRowsOfTheFilteredTable() throws {
        let query = GroupCountQuery(
            table: "track", column: "composer", predicate: Q("genre", 1), sampleLimit: 100_000)
        let statement = try postgres.render(query)
        #expect(
            statement.sql.hasSuffix(
                #"FROM (SELECT "composer" FROM "track" WHERE "genre" = $1 LIMIT 100000) "#
                    + #"AS "sampled" GROUP BY 1 ORDER BY 2 DESC, 1"#))
        #expect(statement.bindings == [1])
    }

    @Test func rangesBindTheirInnerBoundsAndNumberTheGroupsInOrder() throws {
        let query = GroupCountQuery(
            table: "t", column: "ms",
            grouping: .ranges(boundaries: [0, 10, 20, 30]), predicate: Q("a", "x"))
        let statement = try postgres.render(query)
        #expect(
            statement.sql.hasPrefix(
                #"SELECT CASE WHEN "ms" IS NULL THEN NULL WHEN "ms" < $1 THEN 0 "#
                    + #"WHEN "ms" < $2 THEN 1 ELSE 2 END AS "value""#))
        #expect(statement.sql.contains(#"WHERE "a" = $3 GROUP BY 1 ORDER BY 1"#))
        #expect(statement.bindings == [10, 20, "x"])
    }

    @Test func aTextPrefixGroupsDatesByYearOrMonth() throws {
        let statement = try sqlite.render(
            GroupCountQuery(table: "t", column: "at", grouping: .textPrefix(length: 7)))
        #expect(statement.sql.hasPrefix(#"SELECT SUBSTR(CAST("at" AS TEXT), 1, 7) AS "value""#))
        #expect(statement.sql.hasSuffix("GROUP BY 1 ORDER BY 1"))
    }

    @Test func fewerThanTwoBoundsIsAnError() {
        #expect(throws: TerrapinError.self) {
            try sqlite.render(
                GroupCountQuery(table: "t", column: "c", grouping: .ranges(boundaries: [1])))
        }
    }

    @Test func theRangeOfAColumnIsItsMinimumAndMaximum() throws {
        let statement = try sqlite.render(
            ColumnRangeQuery(table: "t", column: "ms", predicate: Q("a", 1), sampleLimit: 10))
        #expect(
            statement.sql
                == #"SELECT MIN("ms"), MAX("ms") FROM (SELECT "ms" FROM "t" WHERE "a" = ? "#
                + #"LIMIT 10) AS "sampled""#)
    }

    @Test func integerRangesAreWholeNumbersCoveringTheHighestValue() {
        let bounds = GroupCountQuery.Grouping.equalWidthBoundaries(
            lowest: .integer(1), highest: .integer(100), count: 10)
        #expect(bounds == (0...10).map { .integer(1 + Int64($0) * 10) })
        let narrow = GroupCountQuery.Grouping.equalWidthBoundaries(
            lowest: .integer(3), highest: .integer(5), count: 10)
        #expect(narrow == [3, 4, 5, 6])
        let single = GroupCountQuery.Grouping.equalWidthBoundaries(
            lowest: .integer(7), highest: .integer(7), count: 10)
        #expect(single == [7, 8])
    }

    @Test func realRangesEndAtTheHighestValue() {
        let bounds = GroupCountQuery.Grouping.equalWidthBoundaries(
            lowest: .real(0), highest: .integer(1), count: 4)
        #expect(bounds == [.real(0), .real(0.25), .real(0.5), .real(0.75), .real(1)])
    }

    @Test func textHasNoNumericRanges() {
        #expect(
            GroupCountQuery.Grouping.equalWidthBoundaries(
                lowest: .text("a"), highest: .integer(3), count: 10) == nil)
        #expect(
            GroupCountQuery.Grouping.equalWidthBoundaries(
                lowest: .null, highest: .null, count: 10) == nil)
    }
}
