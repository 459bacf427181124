import CSQLite
import Foundation
import TerrapinCore

/// Turns SQLite result codes and messages into ``TerrapinError``s in the user's terms.
enum SQLiteErrorMapping {
    /// The error for work asked of a database after ``SQLiteDatabase/close()``.
    static var databaseClosed: TerrapinError {
        .database(code: "SQLITE_MISUSE", message: "the database is closed", sql: nil)
    }

    static func error(code: Int32, message: String, sql: String?, busyTimeout: Int, path: String)
        -> TerrapinError
    {
        let primary = code & 0xff
        switch primary {
        case SQLITE_CONSTRAINT:
            return constraint(code: code, message: message)
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .busy(timeoutMilliseconds: busyTimeout, message: message)
        case SQLITE_READONLY:
            return .readOnly(reason: message)
        case SQLITE_CANTOPEN:
            return .cannotOpen(path: path, reason: message)
        default:
            return .database(code: SQLiteResultCode.text(code), message: message, sql: sql)
        }
    }

    /// Parses messages such as `UNIQUE constraint failed: track.name, track.album_id`.
    static func constraint(code: Int32, message: String) -> TerrapinError {
        let kind: TerrapinError.ConstraintKind
        switch code {
        case 2067, 1555: kind = .unique  // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        case 1299: kind = .notNull  // SQLITE_CONSTRAINT_NOTNULL
        case 787: kind = .foreignKey  // SQLITE_CONSTRAINT_FOREIGNKEY
        case 275: kind = .check  // SQLITE_CONSTRAINT_CHECK
        default:
            // ON DELETE/UPDATE RESTRICT fails inside SQLite's foreign-key trigger, with the
            // code SQLITE_CONSTRAINT_TRIGGER (1811) but the foreign-key message.
            if message.hasPrefix("FOREIGN KEY constraint failed") {
                kind = .foreignKey
            } else if message.hasPrefix("CHECK constraint failed") {
                kind = .check
            } else {
                kind = .other
            }
        }
        var table = ""
        var columns: [String] = []
        if kind == .unique || kind == .notNull,
            let range = message.range(of: "constraint failed: ")
        {
            for item in message[range.upperBound...].split(separator: ",") {
                let parts = item.trimmingCharacters(in: .whitespaces).split(
                    separator: ".", maxSplits: 1)
                if parts.count == 2 {
                    table = String(parts[0])
                    columns.append(String(parts[1]))
                }
            }
        }
        return .constraintViolated(kind: kind, table: table, columns: columns, message: message)
    }
}
