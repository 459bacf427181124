import GRDB
import Terrapin

/// `concurrent` and `sequential`: ten `age < 25` queries at once, and the same ten one after
/// another, for each implementation; the checksum folds the ten results in query order.
enum ConcurrentSuite {
    static let count = DataSet.concurrentQueries

    static func cases(_ context: ReadContext, rawConnections: [RawConnection]) -> [BenchCase] {
        [
            BenchCase("concurrent", "raw C (10 connections, 10 threads)", baseline: true) {
                let (seconds, results) = try timedSync {
                    try RawCWorkloads.youngConcurrently(on: rawConnections)
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
            BenchCase("concurrent", "GRDB DatabasePool") {
                let (seconds, results) = try await timed {
                    try await concurrently(count) { try await GRDBWorkloads.young(context.pool) }
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
            BenchCase("concurrent", "Terrapin pool") {
                let (seconds, results) = try await timed {
                    try await concurrently(count) {
                        try await TerrapinWorkloads.young(context.terrapin)
                    }
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
            BenchCase("sequential", "raw C (10 connections, 10 threads)", baseline: true) {
                let (seconds, results) = try timedSync {
                    try rawConnections.map { try RawCWorkloads.young(on: $0) }
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
            BenchCase("sequential", "GRDB DatabasePool") {
                let (seconds, results) = try await timed {
                    try await sequentially(count) { try await GRDBWorkloads.young(context.pool) }
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
            BenchCase("sequential", "Terrapin pool") {
                let (seconds, results) = try await timed {
                    try await sequentially(count) {
                        try await TerrapinWorkloads.young(context.terrapin)
                    }
                }
                return Sample(seconds: seconds, checksum: fold(results))
            },
        ]
    }

    static func fold<Row: UserFields>(_ results: [[Row]]) -> Checksum {
        var all = Checksum()
        for rows in results { all.add(Checksum.of(rows)) }
        return all
    }

    /// Runs `count` copies of `body` as child tasks at once; results in start order.
    static func concurrently<Result: Sendable>(
        _ count: Int, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> [Result] {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            for index in 0..<count { group.addTask { (index, try await body()) } }
            var results = [Result?](repeating: nil, count: count)
            for try await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
    }

    /// Runs `count` copies of `body` one after another.
    static func sequentially<Result: Sendable>(
        _ count: Int, _ body: @Sendable () async throws -> Result
    ) async throws -> [Result] {
        var results: [Result] = []
        for _ in 0..<count { results.append(try await body()) }
        return results
    }
}
