import Foundation
import Terrapin
import Testing

@Suite struct GroupCountTests {
    /// A file database with 10 tracks: genres 1 (×4), 2 (×3), NULL (×2), 3 (×1); lengths
    /// 10…100; release dates over two years.
    private func makeDatabase(_ directory: TemporaryDirectory) async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("facets.db"))", create: true, makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE track (id INTEGER PRIMARY KEY, genre INTEGER, ms INTEGER, "
                + "price REAL, released DATETIME)")
        let genres = ["1", "1", "1", "1", "2", "2", "2", "NULL", "NULL", "3"]
        let dates = [
            "2023-01-05", "2023-01-20", "2023-02-01", "2023-11-30 10:00:00", "2024-01-01",
            "2024-01-31", "2024-02-29", "2024-03-01", "2024-03-15", "2024-12-31",
        ]
        for index in 0..<10 {
            try await database.execute(
                raw: "INSERT INTO track VALUES (?, \(genres[index]), ?, ?, ?)",
                [
                    .integer(Int64(index + 1)), .integer(Int64((index + 1) * 10)),
                    .real(Double(index) / 4), .text(dates[index]),
                ])
        }
        return database
    }

    @Test func valuesAreCountedLargestFirstWithNullAsAValue() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let counts = try await database.table("track").groupCounts(of: "genre")
        #expect(
            counts.groups == [
                .init(value: 1, count: 4), .init(value: 2, count: 3),
                .init(value: .null, count: 2), .init(value: 3, count: 1),
            ])
        #expect(counts.groupCount == 4)
        #expect(counts.rowCount == 10)
        try await database.close()
    }

    @Test func theFilterAndTheLimitApply() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let counts = try await database.table("track").filter(Q("ms__gt", 30))
            .groupCounts(of: "genre", limit: 2)
        #expect(counts.groups == [.init(value: 2, count: 3), .init(value: .null, count: 2)])
        #expect(counts.groupCount == 4)  // 1 (once), 2, NULL, 3
        #expect(counts.rowCount == 7)
        try await database.close()
    }

    @Test func aSampleCountsOnlyTheFirstRows() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let counts = try await database.table("track").groupCounts(of: "genre", sampleLimit: 5)
        #expect(counts.rowCount == 5)
        #expect(counts.groups.map(\.count).reduce(0, +) == 5)
        try await database.close()
    }

    @Test func integersAreCountedInRanges() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let tracks = try await database.table("track")
        let range = try await tracks.valueRange(of: "ms")
        #expect(range.lowest == 10 && range.highest == 100)
        let bounds = try #require(
            GroupCountQuery.Grouping.equalWidthBoundaries(
                lowest: range.lowest, highest: range.highest, count: 3))
        #expect(bounds == [10, 41, 72, 103])
        let counts = try await tracks.groupCounts(
            of: "ms", grouping: .ranges(boundaries: bounds), limit: nil)
        // 10–40, 50–70, 80–100
        #expect(
            counts.groups == [
                .init(value: 0, count: 4), .init(value: 1, count: 3), .init(value: 2, count: 3),
            ])
        try await database.close()
    }

    @Test func realsAreCountedInRangesAndNullsApart() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        try await database.execute(raw: "UPDATE track SET price = NULL WHERE id = 1")
        let tracks = try await database.table("track")
        let range = try await tracks.valueRange(of: "price")
        let bounds = try #require(
            GroupCountQuery.Grouping.equalWidthBoundaries(
                lowest: range.lowest, highest: range.highest, count: 2))
        #expect(bounds == [.real(0.25), .real(1.25), .real(2.25)])
        let counts = try await tracks.groupCounts(
            of: "price", grouping: .ranges(boundaries: bounds), limit: nil)
        #expect(
            counts.groups == [
                .init(value: .null, count: 1), .init(value: 0, count: 4),
                .init(value: 1, count: 5),
            ])
        try await database.close()
    }

    @Test func datesAreCountedByYearAndMonth() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let tracks = try await database.table("track")
        let years = try await tracks.groupCounts(
            of: "released", grouping: .textPrefix(length: 4), limit: nil)
        #expect(years.groups == [.init(value: "2023", count: 4), .init(value: "2024", count: 6)])
        let months = try await tracks.filter(Q("genre", 2)).groupCounts(
            of: "released", grouping: .textPrefix(length: 7), limit: nil)
        #expect(
            months.groups == [.init(value: "2024-01", count: 2), .init(value: "2024-02", count: 1)])
        try await database.close()
    }

    @Test func anEmptyResultHasNoGroups() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let counts = try await database.table("track").filter(Q("ms__gt", 1000))
            .groupCounts(of: "genre")
        #expect(counts.groups.isEmpty && counts.groupCount == 0 && counts.rowCount == 0)
        let range = try await database.table("track").filter(Q("ms__gt", 1000))
            .valueRange(of: "ms")
        #expect(range.lowest == .null && range.highest == .null)
        try await database.close()
    }
}
