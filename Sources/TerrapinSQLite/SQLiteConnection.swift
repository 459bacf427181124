import CSQLite
import Foundation
import TerrapinCore

/// One `sqlite3*` handle with its prepared-statement cache.
///
/// Not thread-safe by itself: a ``SQLiteWorker`` confines it to one serial queue. Opened
/// with `SQLITE_OPEN_NOMUTEX`, since that confinement already serialises every call.
final class SQLiteConnection {
    let handle: OpaquePointer
    let path: String
    let busyTimeoutMilliseconds: Int
    private var statements: [String: OpaquePointer] = [:]
    private static let statementCacheLimit = 128

    /// Opens a connection.
    /// - Throws: ``TerrapinError/databaseNotFound(path:)`` when the file is missing and
    ///   `create` is false; ``TerrapinError/cannotOpen(path:reason:)`` otherwise.
    init(path: String, readOnly: Bool, create: Bool, busyTimeoutMilliseconds: Int) throws {
        var flags = SQLITE_OPEN_NOMUTEX
        if readOnly {
            flags |= SQLITE_OPEN_READONLY
        } else {
            flags |= SQLITE_OPEN_READWRITE
            if create { flags |= SQLITE_OPEN_CREATE }
        }
        if path != ":memory:", !create, !FileManager.default.fileExists(atPath: path) {
            throw TerrapinError.databaseNotFound(path: path)
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw TerrapinError.cannotOpen(path: path, reason: message)
        }
        self.handle = handle
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Int32(clamping: busyTimeoutMilliseconds))
        // Reading the schema is the first thing that fails for a file that is not a database.
        let read = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nil, nil, nil)
        if read & 0xff == SQLITE_NOTADB {
            let message = String(cString: sqlite3_errmsg(handle))
            throw TerrapinError.cannotOpen(path: path, reason: "not a SQLite database (\(message))")
        }
        guard read == SQLITE_OK else {
            throw error(code: read, sql: "SELECT count(*) FROM sqlite_schema")
        }
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Whether the main database is read-only (opened so, or the file is not writable).
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Runs SQL text without bindings or results (`PRAGMA`, `BEGIN`, …).
    func execute(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    /// A prepared statement for `sql`, from the cache when possible. The caller resets it
    /// after use (``withStatement(_:_:)`` does).
    func prepare(_ sql: String, cached: Bool = true) throws -> OpaquePointer {
        if cached, let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(
            handle, sql, -1, cached ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code: code, sql: sql) }
        if cached {
            if statements.count >= Self.statementCacheLimit {
                for old in statements.values { sqlite3_finalize(old) }
                statements.removeAll(keepingCapacity: true)
            }
            statements[sql] = statement
        }
        return statement
    }

    /// Prepares (or reuses), binds, runs `body`, then resets and clears the bindings.
    func withStatement<Result>(
        _ statement: SQLStatement, _ body: (OpaquePointer) throws -> Result
    ) throws -> Result {
        let prepared = try prepare(statement.sql)
        defer {
            sqlite3_reset(prepared)
            sqlite3_clear_bindings(prepared)
        }
        try bind(statement.bindings, to: prepared, sql: statement.sql)
        return try body(prepared)
    }

    /// Binds values to a prepared statement's parameters, in order.
    func bind(_ values: [SQLValue], to statement: OpaquePointer, sql: String) throws {
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard expected == values.count else {
            throw TerrapinError.database(
                code: SQLiteResultCode.text(SQLITE_RANGE),
                message: "the statement has \(expected) parameters but \(values.count) values "
                    + "were given",
                sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case .integer(let integer): code = sqlite3_bind_int64(statement, index, integer)
            case .real(let real): code = sqlite3_bind_double(statement, index, real)
            case .text(let text):
                code = Self.bindText(text, to: statement, at: index)
            case .bool(let flag):
                // SQLite has no boolean: 1 or 0, what its `TRUE`/`FALSE` keywords mean too.
                code = sqlite3_bind_int64(statement, index, flag ? 1 : 0)
            case .timestamp, .uuid:
                // The text every backend shows and exports: UTC timestamp text, lowercase UUID.
                code = Self.bindText(value.typedText ?? "", to: statement, at: index)
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    csqlite_bind_blob_transient(
                        statement, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                        Int32(bytes.count))
                }
            }
            guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
        }
    }

    /// Binds text as a transient copy (`SQLITE_TRANSIENT`), returning SQLite's result code.
    @inline(__always)
    private static func bindText(_ text: String, to statement: OpaquePointer, at index: Int32)
        -> Int32
    {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // An empty String may have no storage: bind an empty C string then.
                guard let base = chars.baseAddress else {
                    return csqlite_bind_text_transient(statement, index, "", 0)
                }
                return csqlite_bind_text_transient(statement, index, base, Int32(chars.count))
            }
        }
    }

    /// Steps a statement: `true` when a row is available, `false` when done.
    func step(_ statement: OpaquePointer, sql: String) throws -> Bool {
        let code = sqlite3_step(statement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(code: code, sql: sql)
        }
    }

    /// Rows changed by the last statement.
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// The rowid of the last insert on this connection.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open (`BEGIN` without `COMMIT` yet).
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Interrupts the running statement; safe from any thread (sqlite3_interrupt's
    /// contract: "It is safe to call this routine from a thread different from the thread
    /// that is currently running the database operation").
    func interrupt() { sqlite3_interrupt(handle) }

    /// The error for a result code, with the connection's message.
    func error(code: Int32, sql: String?) -> TerrapinError {
        let message = String(cString: sqlite3_errmsg(handle))
        return SQLiteErrorMapping.error(
            code: code, message: message, sql: sql, busyTimeout: busyTimeoutMilliseconds, path: path
        )
    }
}
