import Foundation

/// One value as it goes to or comes from a database: SQLite's five storage classes, plus the
/// typed values that other backends bind with their own types (`.bool`, `.timestamp`,
/// `.uuid`).
///
/// Dynamic rows are arrays of `SQLValue`, every bound parameter is one, and typed model fields
/// convert to and from it through ``SQLFieldValue``.
///
/// ```swift
/// let values: [SQLValue] = [.integer(1), "Bob", nil, 2.5, true, .uuid(UUID())]
/// ```
///
/// A driver binds each case as its database wants: SQLite stores `.bool` as the integer 0 or
/// 1, `.timestamp` as UTC text `YYYY-MM-DD HH:MM:SS.SSS` (``SQLTimestamp``) and `.uuid` as
/// lowercase text, while PostgreSQL binds `boolean`, `timestamptz` and `uuid`. What a driver
/// reads back is the driver's: **a value read from SQLite is always one of the five storage
/// classes, never `.bool`, `.timestamp` or `.uuid`**; ``SQLFieldValue`` decodes `Bool`,
/// `Date` and `UUID` from both forms.
///
/// Equality and hashing compare the case and its payload, nothing more: `.bool(true)` is not
/// equal to `.integer(1)`, even though SQLite stores the one as the other.
public enum SQLValue: Sendable, Hashable {
    /// SQL `NULL`.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob(Data)
    /// A boolean (SQLite: stored as the integer 0 or 1).
    case bool(Bool)
    /// A point in time (SQLite: stored as UTC text `YYYY-MM-DD HH:MM:SS.SSS`).
    case timestamp(Date)
    /// A UUID (SQLite: stored as lowercase text).
    case uuid(UUID)

    /// Whether this is SQL `NULL`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of the value's type, as users see it in messages: the storage classes `NULL`,
    /// `INTEGER`, `REAL`, `TEXT` and `BLOB`, and `BOOLEAN`, `TIMESTAMP` or `UUID` for the
    /// typed values.
    public var storageClassName: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .text: return "TEXT"
        case .blob: return "BLOB"
        case .bool: return "BOOLEAN"
        case .timestamp: return "TIMESTAMP"
        case .uuid: return "UUID"
        }
    }

    /// The text form of a typed value, or `nil` for the storage classes: `true`/`false`,
    /// the UTC text ``SQLTimestamp/format(_:)`` writes, the lowercase UUID. Every place that
    /// shows or exports a value as text (cells, CSV, JSON, `terrapin query`) uses it, so the
    /// same data reads the same from every backend.
    public var typedText: String? {
        switch self {
        case .bool(let flag): return flag ? "true" : "false"
        case .timestamp(let date): return SQLTimestamp.format(date)
        case .uuid(let uuid): return uuid.uuidString.lowercased()
        case .null, .integer, .real, .text, .blob: return nil
        }
    }
}

extension SQLValue: CustomStringConvertible {
    /// A short, human-readable rendering: text as is, `NULL`, blobs as a byte count, typed
    /// values as their ``typedText``.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        case .blob(let value): return "<\(value.count) bytes>"
        case .bool, .timestamp, .uuid: return typedText ?? ""
        }
    }

    /// The value as a SQL literal, for messages and for showing generated SQL to a user
    /// (never used to build executed SQL: values are always bound). Booleans are `TRUE` or
    /// `FALSE`, timestamps and UUIDs quoted text; a dialect writes its own literals for
    /// schema defaults (``SQLDialect/literal(_:)``).
    public var literalDescription: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return Self.quoted(value)
        case .blob(let value): return "X'" + value.hexString + "'"
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .timestamp, .uuid: return Self.quoted(typedText ?? "")
        }
    }

    /// `text` in single quotes, with single quotes doubled: the SQL string literal.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

extension SQLValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    /// Creates `NULL`.
    public init(nilLiteral: ()) { self = .null }
    /// Creates an integer value.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// Creates a real value.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// Creates a text value.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Creates a boolean value (``bool(_:)``), which SQLite stores as `1` or `0`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Data {
    /// The bytes as lowercase hexadecimal digits, two per byte.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(count * 2)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
