import Foundation
import Terrapin
import Testing

@testable import TerrapinPostgres

@Model(table: "pg_reading")
struct PGReading {
    var id: Int?
    var sensor: String
    var value: Double
    var count: Int
}

/// Not a test: prints what inserting rows costs on the test server, multi-row `INSERT …
/// RETURNING` (what `bulkCreate` sends) against one `INSERT` per row in one transaction
/// (`executeMany`). Run it by hand; it asserts nothing about time:
///
///     TERRAPIN_MEASURE=1 swift test --filter PostgresBulkInsertHarness
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TERRAPIN_MEASURE"] == "1"))
struct PostgresBulkInsertHarness {
    @Test func printsBulkCreateAgainstOneInsertPerRow() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.generateSchemas(for: [PGReading.self])
            let rows = 20_000
            let readings = (0..<rows).map {
                PGReading(sensor: "s\($0 % 97)", value: Double($0) / 7, count: $0)
            }
            let clock = ContinuousClock()
            for round in 1...3 {
                try await database.execute(raw: "TRUNCATE pg_reading")
                let multi = try await clock.measure {
                    _ = try await PGReading.bulkCreate(readings, on: database)
                }
                try await database.execute(raw: "TRUNCATE pg_reading")
                let bindings: [[SQLValue]] = readings.map {
                    [.text($0.sensor), .real($0.value), .integer(Int64($0.count))]
                }
                let single = try await clock.measure {
                    _ = try await database.executeMany(
                        "INSERT INTO pg_reading (sensor, value, count) VALUES ($1, $2, $3)",
                        bindings: bindings)
                }
                let count = try await database.raw("SELECT count(*) FROM pg_reading")
                print(
                    "round \(round): \(rows) rows, bulkCreate (multi-row INSERT … RETURNING) "
                        + "\(multi), one INSERT per row \(single); rows now \(count[0].values)")
            }
        }
    }
}
