import TerrapinCore
import Testing

extension ConformanceSuite {
    /// A query that keeps the database busy for a while: it produces `count` rows one by one
    /// (a recursive common table expression, which SQLite and PostgreSQL both run lazily).
    public static func slowRows(_ count: Int) -> SQLStatement {
        SQLStatement(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
                + "SELECT x FROM c", [.integer(Int64(count))])
    }

    /// The same query in the database's own placeholders.
    func slowRows(_ count: Int, on database: any Database) -> SQLStatement {
        let statement = Self.slowRows(count)
        return database.dialect.statement(raw: statement.sql, statement.bindings)
    }

    /// Ten reads at once really overlap: the largest number running at the same instant,
    /// measured from each query's first row to its end, is at least 2. No timing threshold.
    public func concurrentReadsOverlap() async throws {
        try await withDatabase(ConformanceRequest(connections: 4)) { database in
            let intervals = Recorder<Range<ContinuousClock.Instant>>()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        let starts = Recorder<ContinuousClock.Instant>()
                        _ = try await database.fetchAll(slowRows(200_000, on: database)) { row in
                            if starts.values.isEmpty { starts.append(.now) }
                            return row.value(at: 0)
                        }
                        let began = starts.values.first ?? .now
                        intervals.append(began..<ContinuousClock.now)
                    }
                }
                try await group.waitForAll()
            }
            let all = intervals.values
            let maximumOverlap =
                all.map { interval in
                    all.filter { $0.contains(interval.lowerBound) }.count
                }.max() ?? 0
            #expect(all.count == 10)
            #expect(maximumOverlap >= 2, "reads ran one after another")
        }
    }

    /// Cancelling a task interrupts its running statement with `CancellationError`, and the
    /// only connection is usable again.
    public func cancellingATaskInterruptsItsStatement() async throws {
        try await withDatabase(ConformanceRequest(connections: 1)) { database in
            let started = Flag()
            let statement = slowRows(1_000_000_000, on: database)
            let task = Task {
                try await database.fetchAll(statement) { row in
                    started.set()
                    return row.value(at: 0)
                }
            }
            while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
            let rows = try await database.fetchAll(slowRows(3, on: database)) { $0.value(at: 0) }
            #expect(rows == [1, 2, 3])
        }
    }

    /// A task cancelled while it waits for a connection leaves the queue with
    /// `CancellationError`, and the pool still works afterwards.
    public func aCancelledWaiterForAConnectionLeavesThePool() async throws {
        try await withDatabase(ConformanceRequest(connections: 1)) { database in
            let started = Flag()
            let statement = slowRows(1_000_000_000, on: database)
            let long = Task {
                try await database.fetchAll(statement) { row in
                    started.set()
                    return row.value(at: 0)
                }
            }
            while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
            let short = slowRows(1, on: database)
            let waiting = Task { try await database.fetchAll(short) { $0.value(at: 0) } }
            try await Task.sleep(for: .milliseconds(20))
            waiting.cancel()
            await #expect(throws: CancellationError.self) { try await waiting.value }
            long.cancel()
            _ = try? await long.value
            #expect(
                try await database.fetchAll(slowRows(2, on: database)) { $0.value(at: 0) } == [
                    1, 2,
                ])
        }
    }

    /// Fifty concurrent `create`s are all stored.
    public func writesFromManyTasksAreSerialisedWithoutLoss() async throws {
        try await withMusicDatabase { database in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        try await Artist.create(Artist(name: "a\(index)"), on: database)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Artist.count(on: database) == 50)
        }
    }
}
