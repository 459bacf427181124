import CSQLite
import Synchronization
import TerrapinCore

/// The open statement of a streaming cursor and the worker it holds.
///
/// `@unchecked Sendable`: `statement` is only read or written in blocks running on the
/// worker's serial queue (`prepare`, `nextBatch`, and the finalizer that `close` enqueues),
/// so its accesses never overlap; `isClosed` is protected by a mutex.
final class SQLiteCursorState: @unchecked Sendable {
    private let worker: SQLiteWorker
    private let pool: SQLiteWorkerPool?
    private let sql: SQLStatement
    private var statement: OpaquePointer?
    private var isExhausted = false
    private let isClosed = Mutex(false)

    init(worker: SQLiteWorker, pool: SQLiteWorkerPool?, statement: SQLStatement) {
        self.worker = worker
        self.pool = pool
        self.sql = statement
    }

    /// Prepares a statement of its own (not from the cache: it stays open between batches).
    func prepare(on connection: SQLiteConnection) throws {
        let prepared = try connection.prepare(sql.sql, cached: false)
        statement = prepared
        try connection.bind(sql.bindings, to: prepared, sql: sql.sql)
    }

    /// Up to `size` rows, or `nil` when the statement is done.
    func nextBatch<Row>(
        on connection: SQLiteConnection, size: Int, cancellation: SQLiteWorker.Cancellation,
        decode: (any SQLRowReader) throws -> Row
    ) throws -> [Row]? {
        guard let statement, !isExhausted else { return nil }
        if cancellation.isCancelled { throw CancellationError() }
        var rows: [Row] = []
        rows.reserveCapacity(size)
        let reader = SQLiteRow(statement: statement)
        while rows.count < size {
            guard try connection.step(statement, sql: sql.sql) else {
                isExhausted = true
                break
            }
            rows.append(try decode(reader))
        }
        return rows.isEmpty ? nil : rows
    }

    /// Finalizes the statement on the worker's queue and returns the worker to its pool;
    /// only the first call does anything.
    func close() {
        let wasClosed = isClosed.withLock { closed in
            defer { closed = true }
            return closed
        }
        guard !wasClosed else { return }
        worker.queue.async { [self] in
            if let statement { sqlite3_finalize(statement) }
            statement = nil
            pool?.release(worker)
        }
    }
}
