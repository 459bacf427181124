import CSQLite
import Foundation
import Synchronization
import TerrapinCore

/// A SQLite database: one writer connection and a pool of reader connections in WAL mode,
/// each on a serial queue of its own.
///
/// Reads run in parallel on the readers; writes and transactions take the writer in turn.
/// An in-memory database has a single connection for everything.
///
/// ```swift
/// let database = try await SQLiteDatabase.open(url: "sqlite://music.db?mode=rwc")
/// let rows = try await database.raw("SELECT count(*) FROM track")
/// ```
public final class SQLiteDatabase: Database {
    /// The configuration it was opened with.
    public let configuration: SQLiteConfiguration
    /// The URL it was opened with.
    public let url: String
    /// ``SQLiteDialect``.
    public let dialect: any SQLDialect = SQLiteDialect()
    /// Whether writes are refused.
    public let isReadOnly: Bool
    /// Why writes are refused, when they are.
    public let readOnlyReason: String?
    /// The database file, and the `-wal`, `-shm` and `-journal` files SQLite keeps beside it
    /// (whether or not they exist now); empty in memory.
    public var filePaths: [String] {
        guard !configuration.isInMemory else { return [] }
        let path = configuration.path
        return [path, path + "-wal", path + "-shm", path + "-journal"]
    }

    let writer: SQLiteWorkerPool?
    let readers: SQLiteWorkerPool
    /// The connection that reads `data_version` for ``changeToken(for:)``.
    let changeWatcher: SQLiteChangeWatcher

    /// The transaction of the current task, so that queries inside `transaction { }` run on
    /// its connection instead of waiting for it.
    @TaskLocal static var activeTransaction: ActiveTransaction?

    struct ActiveTransaction: Sendable {
        let database: ObjectIdentifier
        let worker: SQLiteWorker
        let depth: Int
    }

    private init(
        configuration: SQLiteConfiguration, url: String, writer: SQLiteWorkerPool?,
        readers: SQLiteWorkerPool, readOnlyReason: String?
    ) {
        self.configuration = configuration
        self.url = url
        self.writer = writer
        self.readers = readers
        self.changeWatcher = SQLiteChangeWatcher(configuration: configuration)
        self.readOnlyReason = readOnlyReason
        self.isReadOnly = readOnlyReason != nil
    }

    /// Opens a database from a URL (`sqlite://path?options`) or a plain path.
    /// - Throws: ``TerrapinError/invalidURL(url:reason:)``,
    ///   ``TerrapinError/databaseNotFound(path:)``, ``TerrapinError/cannotOpen(path:reason:)``.
    public static func open(url: String, create: Bool = false) async throws -> SQLiteDatabase {
        var configuration = try SQLiteConfiguration(url: url)
        if create { configuration.createIfMissing = true }
        return try await open(configuration, url: url)
    }

    /// Opens a database from a configuration. Opening runs on a worker queue, as it may wait
    /// for locks.
    public static func open(_ configuration: SQLiteConfiguration, url: String? = nil)
        async throws -> SQLiteDatabase
    {
        let label = url ?? configuration.path
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(
                    with: Result { try openSynchronously(configuration, url: label) })
            }
        }
    }

    private static func openSynchronously(_ configuration: SQLiteConfiguration, url: String)
        throws -> SQLiteDatabase
    {
        let path = configuration.isInMemory ? ":memory:" : configuration.path
        func connection(readOnly: Bool, create: Bool) throws -> SQLiteConnection {
            let connection = try SQLiteConnection(
                path: path, readOnly: readOnly, create: create,
                busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds)
            try connection.execute(
                "PRAGMA foreign_keys = \(configuration.enforcesForeignKeys ? "ON" : "OFF")")
            return connection
        }
        if configuration.isInMemory {
            let only = try connection(readOnly: false, create: true)
            let pool = SQLiteWorkerPool(workers: [
                SQLiteWorker(connection: only, label: "terrapin.sqlite.memory")
            ])
            return SQLiteDatabase(
                configuration: configuration, url: url, writer: pool, readers: pool,
                readOnlyReason: configuration.isReadOnly ? "opened with mode=ro" : nil)
        }
        var writerPool: SQLiteWorkerPool?
        var readOnlyReason: String? = configuration.isReadOnly ? "opened with mode=ro" : nil
        if !configuration.isReadOnly {
            let writer = try connection(readOnly: false, create: configuration.createIfMissing)
            if writer.isReadOnly {
                readOnlyReason = "the file \(configuration.path) is not writable"
            } else {
                if let mode = configuration.journalMode {
                    try writer.execute("PRAGMA journal_mode = \(mode)")
                    if mode == "WAL" { try writer.execute("PRAGMA synchronous = NORMAL") }
                }
                writerPool = SQLiteWorkerPool(workers: [
                    SQLiteWorker(connection: writer, label: "terrapin.sqlite.writer")
                ])
            }
        }
        let readers = try (0..<configuration.readerCount).map { index in
            SQLiteWorker(
                connection: try connection(readOnly: true, create: false),
                label: "terrapin.sqlite.reader\(index)")
        }
        return SQLiteDatabase(
            configuration: configuration, url: url, writer: writerPool,
            readers: SQLiteWorkerPool(workers: readers), readOnlyReason: readOnlyReason)
    }

    // MARK: Routing

    /// The transaction of this task on this database, if any.
    var currentTransaction: ActiveTransaction? {
        guard let active = Self.activeTransaction, active.database == ObjectIdentifier(self)
        else { return nil }
        return active
    }

    /// Runs read work on the task's transaction connection, or on a reader.
    func read<Result: Sendable>(
        _ work: @escaping @Sendable (SQLiteConnection, SQLiteWorker.Cancellation) throws -> Result
    ) async throws -> Result {
        if let transaction = currentTransaction { return try await transaction.worker.run(work) }
        return try await readers.withWorker { try await $0.run(work) }
    }

    /// Runs write work on the task's transaction connection, or on the writer.
    func write<Result: Sendable>(
        _ work: @escaping @Sendable (SQLiteConnection, SQLiteWorker.Cancellation) throws -> Result
    ) async throws -> Result {
        if let transaction = currentTransaction { return try await transaction.worker.run(work) }
        guard let writer, readOnlyReason == nil else {
            throw TerrapinError.readOnly(reason: readOnlyReason ?? "no writer connection")
        }
        return try await writer.withWorker { try await $0.run(work) }
    }

    // MARK: Database

    /// Runs a query on a reader (or the transaction's connection) and decodes every row
    /// there.
    public func fetchAll<Row: Sendable>(
        _ statement: SQLStatement,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> [Row] {
        try await read { connection, cancellation in
            try connection.withStatement(statement) { prepared in
                var rows: [Row] = []
                let reader = SQLiteRow(statement: prepared)
                var stepped = 0
                while try connection.step(prepared, sql: statement.sql) {
                    rows.append(try decode(reader))
                    stepped &+= 1
                    if stepped & 1023 == 0, cancellation.isCancelled { throw CancellationError() }
                }
                return rows
            }
        }
    }

    /// Runs a write on the writer (or the transaction's connection).
    public func execute(_ statement: SQLStatement) async throws -> ExecutionResult {
        try await write { connection, _ in
            try connection.withStatement(statement) { prepared in
                while try connection.step(prepared, sql: statement.sql) {}
                return ExecutionResult(
                    rowsAffected: connection.changes,
                    lastInsertedID: .integer(connection.lastInsertRowID))
            }
        }
    }

    /// Runs one statement per binding set in one transaction (a savepoint inside an open
    /// transaction), reusing the prepared statement.
    public func executeMany(_ sql: String, bindings: [[SQLValue]]) async throws
        -> [ExecutionResult]
    {
        try await write { connection, cancellation in
            let savepoint = "terrapin_many"
            let nested = connection.isInTransaction
            try connection.execute(nested ? "SAVEPOINT \(savepoint)" : "BEGIN IMMEDIATE")
            do {
                let prepared = try connection.prepare(sql)
                defer {
                    sqlite3_reset(prepared)
                    sqlite3_clear_bindings(prepared)
                }
                var results: [ExecutionResult] = []
                results.reserveCapacity(bindings.count)
                for values in bindings {
                    if cancellation.isCancelled { throw CancellationError() }
                    try connection.bind(values, to: prepared, sql: sql)
                    while try connection.step(prepared, sql: sql) {}
                    sqlite3_reset(prepared)
                    results.append(
                        ExecutionResult(
                            rowsAffected: connection.changes,
                            lastInsertedID: .integer(connection.lastInsertRowID)))
                }
                try connection.execute(nested ? "RELEASE \(savepoint)" : "COMMIT")
                return results
            } catch {
                if nested {
                    try? connection.execute("ROLLBACK TO \(savepoint)")
                    try? connection.execute("RELEASE \(savepoint)")
                } else {
                    try? connection.execute("ROLLBACK")
                }
                throw error
            }
        }
    }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE`, so a locked database fails early),
    /// or in a savepoint when this task is already inside one of this database's
    /// transactions.
    public func transaction<Result: Sendable>(
        _ body: @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        if let outer = currentTransaction {
            let name = "terrapin_sp\(outer.depth + 1)"
            return try await run(
                body, on: outer.worker, depth: outer.depth + 1, begin: "SAVEPOINT \(name)",
                commit: "RELEASE \(name)", rollback: ["ROLLBACK TO \(name)", "RELEASE \(name)"])
        }
        let pool: SQLiteWorkerPool
        let begin: String
        if let writer, readOnlyReason == nil {
            pool = writer
            begin = "BEGIN IMMEDIATE"
        } else {
            pool = readers
            begin = "BEGIN"
        }
        let worker = try await pool.acquire()
        defer { pool.release(worker) }
        return try await run(
            body, on: worker, depth: 0, begin: begin, commit: "COMMIT", rollback: ["ROLLBACK"])
    }

    private func run<Result: Sendable>(
        _ body: @Sendable (any Database) async throws -> Result,
        on worker: SQLiteWorker, depth: Int, begin: String, commit: String, rollback: [String]
    ) async throws -> Result {
        try await worker.run { connection, _ in try connection.execute(begin) }
        let active = ActiveTransaction(
            database: ObjectIdentifier(self), worker: worker, depth: depth)
        do {
            let result = try await Self.$activeTransaction.withValue(active) {
                try await DatabaseContext.$current.withValue(self) { try await body(self) }
            }
            try await worker.run { connection, _ in try connection.execute(commit) }
            return result
        } catch {
            // Roll back even when the task is cancelled: a detached task is not cancelled.
            await Task.detached {
                _ = try? await worker.run { connection, _ in
                    for sql in rollback { try connection.execute(sql) }
                }
            }.value
            throw error
        }
    }

    /// Opens a cursor on a reader held until the cursor is closed or exhausted.
    public func openCursor<Row: Sendable>(
        _ statement: SQLStatement,
        batchSize: Int,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> DatabaseCursor<Row> {
        let pool: SQLiteWorkerPool?
        let worker: SQLiteWorker
        if let transaction = currentTransaction {
            pool = nil
            worker = transaction.worker
        } else {
            pool = readers
            worker = try await readers.acquire()
        }
        let cursor = SQLiteCursorState(worker: worker, pool: pool, statement: statement)
        do {
            try await worker.run { connection, _ in try cursor.prepare(on: connection) }
        } catch {
            cursor.close()
            throw error
        }
        return DatabaseCursor(
            next: {
                try await worker.run { connection, cancellation in
                    try cursor.nextBatch(
                        on: connection, size: batchSize, cancellation: cancellation,
                        decode: decode)
                }
            },
            close: { cursor.close() })
    }

    /// Describes every table and view.
    public func introspect() async throws -> [TableDescription] {
        try await read { connection, _ in try SQLiteIntrospector(connection: connection).tables() }
    }

    /// Describes one table or view, or returns `nil` when there is none of that name.
    public func introspect(table name: String) async throws -> TableDescription? {
        try await read { connection, _ in
            try SQLiteIntrospector(connection: connection).table(named: name)
        }
    }

    /// Closes the pools; connections close when their last operation finishes.
    public func close() async throws {
        writer?.close()
        readers.close()
        changeWatcher.close()
        ModelRegistry.unregister(self)
    }
}
