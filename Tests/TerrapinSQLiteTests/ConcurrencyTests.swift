import Foundation
import Synchronization
import Terrapin
import Testing

@testable import TerrapinSQLite

/// A query that makes SQLite work for a while: it produces `count` rows one by one.
func slowRows(_ count: Int) -> SQLStatement {
    SQLStatement(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
            + "SELECT x FROM c", [.integer(Int64(count))])
}

/// Thread-safe records shared by concurrent tasks.
final class Recorder<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value]>
    init() { storage = Mutex([]) }
    func append(_ value: Value) { storage.withLock { $0.append(value) } }
    var values: [Value] { storage.withLock { $0 } }
}

/// A flag set once from any thread.
final class Flag: Sendable {
    private let storage = Mutex(false)
    func set() { storage.withLock { $0 = true } }
    var isSet: Bool { storage.withLock { $0 } }
}

@Suite struct ConcurrencyTests {
    let directory = TemporaryDirectory()

    @Test func concurrentReadsOverlapOnThePoolsOwnThreads() async throws {
        let database = try await makeMusicDatabase(directory, options: "?readers=4")
        let intervals = Recorder<Range<ContinuousClock.Instant>>()
        let labels = Recorder<String>()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    let starts = Recorder<ContinuousClock.Instant>()
                    _ = try await database.fetchAll(slowRows(200_000)) { row in
                        if starts.values.isEmpty {
                            starts.append(.now)
                            labels.append(SQLiteWorker.currentQueueLabel ?? "cooperative pool")
                        }
                        return row.value(at: 0)
                    }
                    let began = starts.values.first ?? .now
                    intervals.append(began..<ContinuousClock.now)
                }
            }
            try await group.waitForAll()
        }
        // The largest number of queries running at the same instant.
        let all = intervals.values
        let maximumOverlap =
            all.map { interval in
                all.filter { $0.contains(interval.lowerBound) }.count
            }.max() ?? 0
        #expect(all.count == 10)
        #expect(maximumOverlap >= 2, "reads ran one after another")
        let seen = Set(labels.values)
        #expect(seen.allSatisfy { $0.hasPrefix("terrapin.sqlite.reader") }, "\(seen)")
        #expect(seen.count >= 2)
    }

    @Test func cancellingATaskInterruptsItsStatementAndTheConnectionStaysUsable() async throws {
        let database = try await makeMusicDatabase(directory, options: "?readers=1")
        let started = Flag()
        let task = Task {
            try await database.fetchAll(slowRows(1_000_000_000)) { row in
                started.set()
                return row.value(at: 0)
            }
        }
        while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // The only reader is free again and works.
        let rows = try await database.fetchAll(slowRows(3)) { $0.value(at: 0) }
        #expect(rows == [1, 2, 3])
    }

    @Test func aCancelledWaiterForAConnectionLeavesThePool() async throws {
        let database = try await makeMusicDatabase(directory, options: "?readers=1")
        let started = Flag()
        let long = Task {
            try await database.fetchAll(slowRows(1_000_000_000)) { row in
                started.set()
                return row.value(at: 0)
            }
        }
        while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
        let waiting = Task { try await database.fetchAll(slowRows(1)) { $0.value(at: 0) } }
        try await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        long.cancel()
        _ = try? await long.value
        #expect(try await database.fetchAll(slowRows(2)) { $0.value(at: 0) } == [1, 2])
    }

    @Test func writesFromManyTasksAreSerialisedWithoutLoss() async throws {
        let database = try await makeMusicDatabase(directory)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<50 {
                group.addTask { try await Artist.create(Artist(name: "a\(index)"), on: database) }
            }
            try await group.waitForAll()
        }
        #expect(try await Artist.count(on: database) == 50)
    }
}
