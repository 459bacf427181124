import Foundation
import Terrapin
import Testing

@testable import TerrapinBrowser

/// Measures, on a demo database, the cost of one live-refresh poll and the time a facet
/// takes to its first (sampled) result and to completion, on indexed and unindexed columns.
/// Off unless `TERRAPIN_MEASURE=1` and `TERRAPIN_DEMO=path` are set; it prints numbers and
/// asserts nothing about time.
@Suite struct LiveFacetCostHarness {
    static var demoPath: String? {
        let environment = ProcessInfo.processInfo.environment
        guard environment["TERRAPIN_MEASURE"] == "1" else { return nil }
        return environment["TERRAPIN_DEMO"]
    }

    private func milliseconds(_ duration: Duration) -> String {
        let value =
            Double(duration.components.seconds) * 1000
            + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", value)
    }

    @Test(.enabled(if: demoPath != nil)) func measuresPollsAndFacets() async throws {
        let path = try #require(Self.demoPath)
        let database = try await connect("sqlite://" + path + "?mode=ro", makeDefault: false)
        let clock = ContinuousClock()
        _ = try await database.changeToken(for: "track")
        let polls = 1000
        let pollTime = try await clock.measure {
            for _ in 0..<polls { _ = try await database.changeToken(for: "track") }
        }
        let perPoll = pollTime / polls
        let microseconds =
            Double(perPoll.components.attoseconds) / 1e12
            + Double(perPoll.components.seconds) * 1e6
        print("poll: \(String(format: "%.1f", microseconds)) µs per changeToken (mean of \(polls))")

        let table = try #require(try await database.introspect(table: "track"))
        let query = QueryRequest(table: table, predicate: nil, ordering: [])
        let cases: [(String, FacetBucketing)] = [
            ("genreId", .values), ("mediaKind", .values), ("composer", .values),
            ("milliseconds", .ranges), ("bytes", .ranges), ("releasedAt", .months),
        ]
        for (column, bucketing) in cases {
            let indexed = table.hasIndex(startingWith: [column]) ? "indexed" : "unindexed"
            var first = FacetResult(buckets: [], groupCount: 0, rowCount: 0, isSample: true)
            let sampleTime = try await clock.measure {
                first = try await BrowserWork.countFacet(
                    FacetRequest(
                        query: query, column: column, bucketing: bucketing,
                        sampleLimit: FacetState.sampleLimit, limit: 50, budget: nil),
                    on: database)
            }
            var whole = first
            let fullTime = try await clock.measure {
                whole = try await BrowserWork.countFacet(
                    FacetRequest(
                        query: query, column: column, bucketing: bucketing, sampleLimit: nil,
                        limit: 50, budget: nil),
                    on: database)
            }
            print(
                "facet \(column) (\(indexed), \(bucketing.title)): first result "
                    + "\(milliseconds(sampleTime)) (\(first.rowCount) rows), complete "
                    + "\(milliseconds(fullTime)) (\(whole.rowCount) rows, \(whole.groupCount) "
                    + "groups)")
        }
        try await database.close()
    }
}
