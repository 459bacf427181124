/// Runs `operation`, or throws `error()` when it takes longer than `seconds` (and cancels
/// it). Used around connecting, where a server that accepts TCP but never answers would
/// otherwise hang past postgres-nio's connect timeout, which covers the TCP handshake only.
///
/// A result that arrives too late (after the timeout, or after the caller's task was
/// cancelled) is handed to `discard` (a connection is closed there: postgres-nio requires
/// every connection to be closed before it goes away).
func withTimeout<Result: Sendable>(
    seconds: Int, error: @escaping @Sendable () -> any Error,
    discard: @escaping @Sendable (Result) async -> Void = { _ in },
    _ operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        var first: Result??
        var failure: (any Error)?
        do {
            first = try await group.next()
        } catch {
            failure = error
        }
        group.cancelAll()
        // The other child: the sleep ends at once; a late result is discarded.
        while true {
            do {
                guard let late = try await group.next() else { break }
                if let late { await discard(late) }
            } catch {
                continue
            }
        }
        if let failure { throw failure }
        guard let first, let result = first else { throw error() }
        if Task.isCancelled {
            await discard(result)
            throw CancellationError()
        }
        return result
    }
}
