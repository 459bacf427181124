import Foundation
import Terrapin
import TerrapinTesting
import Testing

@testable import TerrapinSQLite

/// SQLite's side of concurrency: reads run on the reader pool's own threads. That they
/// overlap, and cancellation, are checked by the conformance suite.
@Suite struct ConcurrencyTests {
    let directory = TemporaryDirectory()

    @Test func concurrentReadsRunOnThePoolsOwnReaderThreads() async throws {
        let database = try await makeMusicDatabase(directory, options: "?readers=4")
        let labels = Recorder<String>()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    let first = Flag()
                    _ = try await database.fetchAll(ConformanceSuite.slowRows(200_000)) { row in
                        if !first.isSet {
                            first.set()
                            labels.append(SQLiteWorker.currentQueueLabel ?? "cooperative pool")
                        }
                        return row.value(at: 0)
                    }
                }
            }
            try await group.waitForAll()
        }
        let seen = Set(labels.values)
        #expect(labels.values.count == 10)
        #expect(seen.allSatisfy { $0.hasPrefix("terrapin.sqlite.reader") }, "\(seen)")
        #expect(seen.count >= 2)
    }
}
