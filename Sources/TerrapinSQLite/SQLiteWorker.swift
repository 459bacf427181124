import CSQLite
import Dispatch
import Synchronization
import TerrapinCore

/// A connection confined to its own serial dispatch queue: every SQLite call for this
/// connection runs there, off Swift's cooperative thread pool, one at a time.
///
/// Task cancellation interrupts the running statement with `sqlite3_interrupt` and makes
/// the operation throw `CancellationError`; the connection stays usable.
final class SQLiteWorker: Sendable {
    /// The flag an operation polls while stepping rows.
    final class Cancellation: Sendable {
        private let flag = Atomic<Bool>(false)
        var isCancelled: Bool { flag.load(ordering: .relaxed) }
        func cancel() { flag.store(true, ordering: .relaxed) }
    }

    // `nonisolated(unsafe)` because SQLiteConnection is not Sendable: it is only touched
    // from blocks running on `queue`, which is serial, so accesses never overlap.
    nonisolated(unsafe) let connection: SQLiteConnection
    let queue: DispatchQueue
    /// The operation currently running, so that a late cancellation never interrupts the
    /// next operation on this connection.
    private let running = Mutex<Cancellation?>(nil)

    init(connection: SQLiteConnection, label: String) {
        self.connection = connection
        self.queue = DispatchQueue(label: label, qos: .userInitiated)
        queue.setSpecific(key: Self.queueLabelKey, value: label)
    }

    private static let queueLabelKey = DispatchSpecificKey<String>()

    /// The label of the worker queue the caller runs on, or `nil` off every worker queue
    /// (tests use it to prove that SQLite work never runs on the cooperative pool).
    static var currentQueueLabel: String? { DispatchQueue.getSpecific(key: queueLabelKey) }

    /// Runs `work` on the connection's queue and returns its result.
    func run<Result: Sendable>(
        _ work: @escaping @Sendable (SQLiteConnection, Cancellation) throws -> Result
    ) async throws -> Result {
        let cancellation = Cancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<Result, any Error>) in
                queue.async { [self] in
                    if cancellation.isCancelled {
                        continuation.resume(throwing: CancellationError())
                        return
                    }
                    running.withLock { $0 = cancellation }
                    let outcome = Swift.Result { try work(connection, cancellation) }
                    running.withLock { $0 = nil }
                    switch outcome {
                    case .success(let value):
                        continuation.resume(returning: value)
                    case .failure(let error):
                        continuation.resume(
                            throwing: Self.translate(error, cancelled: cancellation.isCancelled))
                    }
                }
            }
        } onCancel: {
            cancellation.cancel()
            running.withLock { current in
                if current === cancellation { connection.interrupt() }
            }
        }
    }

    /// An interrupted statement of a cancelled task becomes `CancellationError`.
    static func translate(_ error: any Error, cancelled: Bool) -> any Error {
        if cancelled { return CancellationError() }
        if case TerrapinError.database(let code, _, _) = error,
            code == SQLiteResultCode.text(SQLITE_INTERRUPT)
        {
            return CancellationError()
        }
        return error
    }
}
