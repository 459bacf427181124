import Foundation

/// A Swift type that a model field can have: it knows its logical SQL type and converts to
/// and from ``SQLValue``.
///
/// `Int`, `Int64`, `Double`, `Bool`, `String`, `Data`, `Date`, `UUID` and `Optional`s of them
/// conform. An enum backed by one of these conforms by declaring it; the raw value is stored:
///
/// ```swift
/// enum MediaKind: String, SQLFieldValue, CaseIterable { case audio, video }
/// ```
public protocol SQLFieldValue: Sendable {
    /// The logical column type.
    static var sqlType: SQLType { get }
    /// Whether the type admits `NULL` (only `Optional` does).
    static var isOptional: Bool { get }
    /// The only values the column may hold, when the type is a closed set (an enum that is
    /// `CaseIterable`); `nil` otherwise.
    static var allowedValues: [SQLValue]? { get }
    /// The value to store.
    var sqlValue: SQLValue { get }
    /// Converts a stored value, or returns `nil` when it does not fit this type.
    static func fromSQLValue(_ value: SQLValue) -> Self?
}

extension SQLFieldValue {
    /// Not optional by default.
    public static var isOptional: Bool { false }
    /// No closed set of values by default.
    public static var allowedValues: [SQLValue]? { nil }
}

extension Int: SQLFieldValue {
    /// ``SQLType/integer``.
    public static var sqlType: SQLType { .integer }
    /// The value as an integer.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    /// Integers, reals without a fractional part, and booleans as 1 or 0.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Int? {
        switch value {
        case .integer(let integer): return Int(exactly: integer)
        case .real(let real): return Int(exactly: real)
        case .bool(let flag): return flag ? 1 : 0
        default: return nil
        }
    }
}

extension Int64: SQLFieldValue {
    /// ``SQLType/integer``.
    public static var sqlType: SQLType { .integer }
    /// The value as an integer.
    public var sqlValue: SQLValue { .integer(self) }
    /// Integers, reals without a fractional part, and booleans as 1 or 0.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Int64? {
        switch value {
        case .integer(let integer): return integer
        case .real(let real): return Int64(exactly: real)
        case .bool(let flag): return flag ? 1 : 0
        default: return nil
        }
    }
}

extension Double: SQLFieldValue {
    /// ``SQLType/real``.
    public static var sqlType: SQLType { .real }
    /// The value as a real.
    public var sqlValue: SQLValue { .real(self) }
    /// Reals and integers.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Double? {
        switch value {
        case .real(let real): return real
        case .integer(let integer): return Double(integer)
        default: return nil
        }
    }
}

extension Bool: SQLFieldValue {
    /// ``SQLType/boolean``.
    public static var sqlType: SQLType { .boolean }
    /// ``SQLValue/bool(_:)`` (which SQLite stores as `1` or `0`).
    public var sqlValue: SQLValue { .bool(self) }
    /// Booleans, integers (non-zero is `true`, as SQLite stores booleans) and the texts
    /// `true`/`false`/`t`/`f`/`1`/`0`.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .integer(let integer): return integer != 0
        case .real(let real): return real != 0
        case .text(let text):
            switch text.lowercased() {
            case "true", "t", "1": return true
            case "false", "f", "0": return false
            default: return nil
            }
        default: return nil
        }
    }
}

extension String: SQLFieldValue {
    /// ``SQLType/text``.
    public static var sqlType: SQLType { .text }
    /// The value as text.
    public var sqlValue: SQLValue { .text(self) }
    /// Text, numbers rendered as text (as SQLite's `sqlite3_column_text` does), and typed
    /// values as their ``SQLValue/typedText``.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> String? {
        switch value {
        case .text(let text): return text
        case .integer(let integer): return String(integer)
        case .real(let real): return String(real)
        case .bool, .timestamp, .uuid: return value.typedText
        default: return nil
        }
    }
}

extension Data: SQLFieldValue {
    /// ``SQLType/blob``.
    public static var sqlType: SQLType { .blob }
    /// The bytes as a blob.
    public var sqlValue: SQLValue { .blob(self) }
    /// Blobs, and text as its UTF-8 bytes.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Data? {
        switch value {
        case .blob(let data): return data
        case .text(let text): return Data(text.utf8)
        default: return nil
        }
    }
}

extension Date: SQLFieldValue {
    /// ``SQLType/timestamp``.
    public static var sqlType: SQLType { .timestamp }
    /// ``SQLValue/timestamp(_:)``, which SQLite stores as UTC text
    /// `YYYY-MM-DD HH:MM:SS.SSS` (it sorts and compares correctly as text and is what
    /// SQLite's own date functions read) and PostgreSQL binds as `timestamptz`.
    public var sqlValue: SQLValue { .timestamp(self) }
    /// Timestamps, ISO-8601 text (with `T` or a space, optional fraction and zone) or Unix
    /// seconds.
    public static func fromSQLValue(_ value: SQLValue) -> Date? {
        switch value {
        case .timestamp(let date): return date
        case .text(let text): return SQLTimestamp.parse(text)
        case .integer(let seconds): return Date(timeIntervalSince1970: Double(seconds))
        case .real(let seconds): return Date(timeIntervalSince1970: seconds)
        default: return nil
        }
    }
}

extension UUID: SQLFieldValue {
    /// ``SQLType/uuid``.
    public static var sqlType: SQLType { .uuid }
    /// ``SQLValue/uuid(_:)``, which SQLite stores as canonical lowercase text and
    /// PostgreSQL binds as `uuid`.
    public var sqlValue: SQLValue { .uuid(self) }
    /// UUIDs, text in any case, or 16 raw bytes.
    public static func fromSQLValue(_ value: SQLValue) -> UUID? {
        switch value {
        case .uuid(let uuid): return uuid
        case .text(let text): return UUID(uuidString: text)
        case .blob(let data) where data.count == 16:
            let b = Array(data)
            return UUID(
                uuid: (
                    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
                    b[12], b[13], b[14], b[15]
                ))
        default: return nil
        }
    }
}

extension Optional: SQLFieldValue where Wrapped: SQLFieldValue {
    /// The wrapped type's SQL type.
    public static var sqlType: SQLType { Wrapped.sqlType }
    /// Always `true`: the column is nullable.
    public static var isOptional: Bool { true }
    /// The wrapped type's allowed values.
    public static var allowedValues: [SQLValue]? { Wrapped.allowedValues }
    /// `NULL` for `nil`, else the wrapped value.
    public var sqlValue: SQLValue {
        switch self {
        case .none: return .null
        case .some(let wrapped): return wrapped.sqlValue
        }
    }
    /// `NULL` becomes `.some(nil)`; anything else must fit the wrapped type.
    @inlinable public static func fromSQLValue(_ value: SQLValue) -> Wrapped?? {
        if case .null = value { return .some(.none) }
        guard let wrapped = Wrapped.fromSQLValue(value) else { return .none }
        return .some(.some(wrapped))
    }
}

extension SQLFieldValue where Self: RawRepresentable, RawValue: SQLFieldValue {
    /// The raw value's SQL type.
    public static var sqlType: SQLType { RawValue.sqlType }
    /// The raw value.
    public var sqlValue: SQLValue { rawValue.sqlValue }
    /// The case whose raw value matches.
    public static func fromSQLValue(_ value: SQLValue) -> Self? {
        RawValue.fromSQLValue(value).flatMap(Self.init(rawValue:))
    }
}

extension SQLFieldValue where Self: RawRepresentable & CaseIterable, RawValue: SQLFieldValue {
    /// Every case's raw value, so schemas and the browser can offer them.
    public static var allowedValues: [SQLValue]? { allCases.map(\.rawValue.sqlValue) }
}
