import CSQLite
import Foundation
import TerrapinCore

/// The current row of a stepping `sqlite3_stmt`, read column by column.
///
/// Valid only inside the decode closure it is passed to, on the connection's thread.
struct SQLiteRow: SQLRowReader {
    let statement: OpaquePointer

    var columnCount: Int { Int(sqlite3_column_count(statement)) }

    func columnName(at index: Int) -> String {
        sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// Reads a value by its storage class. TEXT that is not valid UTF-8 comes back as a
    /// BLOB, so no byte is lost or replaced.
    func value(at index: Int) -> SQLValue {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            // sqlite3_column_text first, then sqlite3_column_bytes: the documented safe order.
            guard let text = sqlite3_column_text(statement, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(statement, column))
            if let string = Self.string(text, count: count) { return .text(string) }
            return .blob(Data(UnsafeBufferPointer(start: text, count: count)))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(statement, column) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: Int(sqlite3_column_bytes(statement, column))))
        default:
            return .null
        }
    }

    /// The text of a column as a `String`, or `nil` when it is not valid UTF-8.
    ///
    /// Not `String(validating:as:)`: that initializer is generic and runs unspecialized,
    /// looking up `UnsafeBufferPointer` metadata on every call, which callgrind measured at
    /// about a third of the cost of reading a text column. `sqlite3_column_text` returns
    /// NUL-terminated text ("the result ... is always zero-terminated"), so when the text
    /// holds no NUL of its own (`strlen` equals the byte count), the non-generic
    /// `String(validatingCString:)` reads exactly those bytes; text with embedded NULs takes
    /// the generic path.
    static func string(_ text: UnsafePointer<UInt8>, count: Int) -> String? {
        if count == 0 { return "" }
        return text.withMemoryRebound(to: CChar.self, capacity: count + 1) { chars in
            if strlen(chars) == count { return String(validatingCString: chars) }
            return String(validating: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        }
    }
}
