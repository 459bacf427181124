/// Runs `operation`, or throws `error()` when it takes longer than `seconds` (and cancels
/// it). Used around connecting, where a server that accepts TCP but never answers would
/// otherwise hang past postgres-nio's connect timeout, which covers the TCP handshake only.
func withTimeout<Result: Sendable>(
    seconds: Int, error: @escaping @Sendable () -> any Error,
    _ operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else { throw error() }
        return result
    }
}
