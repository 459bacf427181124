import CSQLite
import Dispatch
import Synchronization
import TerrapinCore

/// The connection that reads `PRAGMA data_version` for ``SQLiteDatabase/changeToken(for:)``,
/// opened on first use and kept apart from the reader pool.
///
/// `data_version` is per connection: "The integer values returned by two invocations of
/// `PRAGMA data_version` from the same connection will be different if changes were
/// committed to the database by any other connection in the interim" (sqlite.org/pragma).
/// Values read on two different connections cannot be compared, so the pool's readers,
/// handed out in any order, cannot serve; one connection of its own can, and it sees the
/// commits of every other connection, this database's writer included. It runs nothing
/// else, so a poll never waits behind a page query.
final class SQLiteChangeWatcher: Sendable {
    private enum State {
        case notOpened
        case open(SQLiteWorker)
        case closed
    }

    private let configuration: SQLiteConfiguration
    private let state = Mutex<State>(.notOpened)

    init(configuration: SQLiteConfiguration) {
        self.configuration = configuration
    }

    /// The current `data_version` of the watching connection, opening it first if needed.
    func dataVersion() async throws -> Int64 {
        let worker = try await openedWorker()
        return try await worker.run { connection, _ in
            try connection.withStatement(SQLStatement("PRAGMA data_version")) { prepared in
                guard try connection.step(prepared, sql: "PRAGMA data_version") else {
                    throw TerrapinError.unexpectedResult(
                        operation: "PRAGMA data_version", expected: "one row", found: .null)
                }
                return sqlite3_column_int64(prepared, 0)
            }
        }
    }

    /// Drops the connection (it closes when its last operation finishes); later reads throw.
    func close() {
        state.withLock { $0 = .closed }
    }

    /// The worker of the watching connection, opened on a global queue (opening can wait
    /// for locks) the first time.
    private func openedWorker() async throws -> SQLiteWorker {
        switch state.withLock({ $0 }) {
        case .open(let worker): return worker
        case .closed: throw SQLiteErrorMapping.databaseClosed
        case .notOpened: break
        }
        let configuration = self.configuration
        let opened = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<SQLiteWorker, any Error>) in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(
                    with: Result {
                        SQLiteWorker(
                            connection: try SQLiteConnection(
                                path: configuration.path, readOnly: true, create: false,
                                busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds),
                            label: "terrapin.sqlite.watcher")
                    })
            }
        }
        return try state.withLock { state in
            switch state {
            case .open(let existing): return existing  // another caller opened one first
            case .closed: throw SQLiteErrorMapping.databaseClosed
            case .notOpened:
                state = .open(opened)
                return opened
            }
        }
    }
}
