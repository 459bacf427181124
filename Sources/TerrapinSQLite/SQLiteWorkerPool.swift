import Synchronization
import TerrapinCore

/// A fixed set of workers handed out one task at a time; tasks wait (cancellably, in FIFO
/// order) when all are busy.
final class SQLiteWorkerPool: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<SQLiteWorker, any Error>
    }

    private struct State {
        var idle: [SQLiteWorker]
        var waiters: [Waiter] = []
        var nextWaiterID: UInt64 = 0
        var isClosed = false
    }

    let workers: [SQLiteWorker]
    private let state: Mutex<State>

    init(workers: [SQLiteWorker]) {
        self.workers = workers
        self.state = Mutex(State(idle: workers.reversed()))
    }

    /// Waits for an idle worker.
    func acquire() async throws -> SQLiteWorker {
        let id = state.withLock { state -> UInt64 in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                state.withLock { state in
                    if state.isClosed {
                        continuation.resume(throwing: SQLiteErrorMapping.databaseClosed)
                    } else if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else if let worker = state.idle.popLast() {
                        continuation.resume(returning: worker)
                    } else {
                        state.waiters.append(Waiter(id: id, continuation: continuation))
                    }
                }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else {
                    return nil
                }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Returns a worker, handing it straight to the longest waiter if any.
    func release(_ worker: SQLiteWorker) {
        let waiter = state.withLock { state -> Waiter? in
            if state.waiters.isEmpty {
                state.idle.append(worker)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.continuation.resume(returning: worker)
    }

    /// Runs `body` with a worker held for its whole duration.
    func withWorker<Result: Sendable>(
        _ body: (SQLiteWorker) async throws -> Result
    ) async throws -> Result {
        let worker = try await acquire()
        defer { release(worker) }
        return try await body(worker)
    }

    /// Refuses further acquisitions and fails the waiters.
    func close() {
        let waiters = state.withLock { state -> [Waiter] in
            state.isClosed = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters {
            waiter.continuation.resume(throwing: SQLiteErrorMapping.databaseClosed)
        }
    }
}
