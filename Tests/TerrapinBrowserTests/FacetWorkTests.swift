import Foundation
import Terrapin
import Testing

@testable import TerrapinBrowser

@Suite struct FacetWorkTests {
    @Test func aFacetIsCountedOnARealFileUnderTheFilterWithNullAndRanges() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-facet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try await connect(
            "sqlite://" + directory.appendingPathComponent("f.sqlite").path, create: true,
            makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE song (id INTEGER PRIMARY KEY, genre TEXT, ms INTEGER)")
        try await database.execute(
            raw: "INSERT INTO song VALUES (1, 'rock', 10), (2, 'rock', 20), (3, NULL, 30), "
                + "(4, 'jazz', 40), (5, 'rock', 50), (6, 'jazz', 1000)")
        let table = try #require(try await database.introspect(table: "song"))
        let query = QueryRequest(
            table: table,
            predicate: .condition(field: "ms", lookup: .lt, operands: [.integer(100)]),
            ordering: [])

        let values = try await BrowserWork.countFacet(
            FacetRequest(
                query: query, column: "genre", bucketing: .values, sampleLimit: nil, limit: 50,
                budget: nil), on: database)
        // Ties in value order: NULL sorts first on SQLite.
        #expect(values.buckets.map(\.value) == [.text("rock"), .null, .text("jazz")])
        #expect(values.buckets.map(\.count) == [3, 1, 1])
        #expect(values.rowCount == 5)

        let ranges = try await BrowserWork.countFacet(
            FacetRequest(
                query: query, column: "ms", bucketing: .ranges, sampleLimit: nil, limit: 50,
                budget: nil), on: database)
        #expect(ranges.buckets.map(\.label) == ["10–14", "20–24", "30–34", "40–44", "50–54"])
        #expect(ranges.buckets.allSatisfy { $0.count == 1 })

        let notNumbers = FacetRequest(
            query: query, column: "genre", bucketing: .ranges, sampleLimit: nil, limit: 50,
            budget: nil)
        await #expect(throws: FacetProblem.self) {
            try await BrowserWork.countFacet(notNumbers, on: database)
        }
        try await database.close()
    }

    @Test func workThatOutlastsItsBudgetIsCancelled() async throws {
        let cancelled = try await BrowserWork.within(.milliseconds(20)) { () async throws -> Int in
            try await Task.sleep(for: .seconds(30))
            return 1
        }
        #expect(cancelled == nil)
        let done = try await BrowserWork.within(.seconds(30)) { 7 }
        #expect(done == 7)
    }
}
