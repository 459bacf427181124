import Foundation
import GRDBSQLite

/// `SQLITE_TRANSIENT` (a macro casting -1 to a destructor, which Swift cannot import): SQLite
/// copies the bound bytes before the bind call returns, as Terrapin and GRDB also do.
let sqliteTransient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A bare `sqlite3*`: the baseline, written as a careful C programmer would (prepared
/// statements, no per-row allocation beyond the Strings of the result).
///
/// `@unchecked Sendable`: the `concurrent` workload hands each connection to exactly one
/// thread, and joins that thread before anyone else touches it, so uses never overlap.
final class RawConnection: @unchecked Sendable {
    let handle: OpaquePointer

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(path: String, create: Bool = false) throws {
        var handle: OpaquePointer?
        let flags =
            SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            throw Failure(description: "cannot open \(path)")
        }
        self.handle = handle
        for pragma in BenchSchema.pragmas { try execute(pragma) }
    }

    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure(sql) }
    }

    func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement
        else { throw failure(sql) }
        return statement
    }

    func failure(_ sql: String) -> Failure {
        Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
    }

    /// Creates the table and its index.
    func createSchema() throws {
        try execute(BenchSchema.createTable)
        try execute(BenchSchema.createIndex)
    }
}

extension OpaquePointer {
    /// The text of a column (the raw C way: pointer plus byte count, no `strlen`).
    @inline(__always)
    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(self, column) else { return "" }
        let count = Int(sqlite3_column_bytes(self, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The current row as a ``PlainUser`` (columns in ``BenchSchema/columns`` order).
    @inline(__always)
    func plainUser() -> PlainUser {
        PlainUser(
            id: sqlite3_column_int64(self, 0),
            name: text(1),
            email: text(2),
            age: sqlite3_column_int64(self, 3),
            score: sqlite3_column_double(self, 4),
            isActive: sqlite3_column_int64(self, 5) != 0,
            createdAt: text(6))
    }
}
