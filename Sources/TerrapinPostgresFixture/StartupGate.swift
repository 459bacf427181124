import Foundation
import Synchronization

/// Runs a start-up once for all callers: the first starts it, the others wait for its
/// result (a failure is kept and given to every later caller too).
final class StartupGate: Sendable {
    private enum State {
        case idle
        case starting([CheckedContinuation<PostgresTestServer, any Error>])
        case done(Result<PostgresTestServer, any Error>)
    }

    private let state = Mutex(State.idle)

    /// The start-up's result, starting it on the first call (on a thread of its own: it
    /// blocks while `initdb` and `pg_ctl` run).
    func value(_ start: @escaping @Sendable () throws -> PostgresTestServer) async throws
        -> PostgresTestServer
    {
        try await withCheckedThrowingContinuation { continuation in
            let action: (() -> Void)? = state.withLock { state in
                switch state {
                case .done(let result): return { continuation.resume(with: result) }
                case .starting(var waiting):
                    waiting.append(continuation)
                    state = .starting(waiting)
                    return nil
                case .idle:
                    state = .starting([continuation])
                    return { self.run(start) }
                }
            }
            action?()
        }
    }

    private func run(_ start: @escaping @Sendable () throws -> PostgresTestServer) {
        let thread = Thread {
            let result = Result { try start() }
            let waiting = self.state.withLock { state in
                defer { state = .done(result) }
                if case .starting(let waiting) = state { return waiting }
                return []
            }
            for continuation in waiting { continuation.resume(with: result) }
        }
        thread.start()
    }
}
