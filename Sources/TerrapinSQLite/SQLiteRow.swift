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
            let bytes = UnsafeBufferPointer(start: text, count: count)
            if let string = String(validating: bytes, as: UTF8.self) { return .text(string) }
            return .blob(Data(bytes))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(statement, column) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: Int(sqlite3_column_bytes(statement, column))))
        default:
            return .null
        }
    }
}
