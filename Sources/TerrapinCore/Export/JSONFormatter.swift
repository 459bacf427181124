import Foundation

/// A JSON array of objects, one per row and one row per line, keyed by column name.
///
/// Integers and reals are JSON numbers (a NaN or infinite real is `null`), text is a string,
/// `NULL` is `null`, and a blob is a string of base64 (the form `JSONEncoder` uses for
/// `Data`, so Swift decoders read it back directly). A boolean is `true` or `false`; a
/// timestamp and a UUID are strings of their ``SQLValue/typedText``.
public struct JSONFormatter: RowFormatter {
    /// The column names, already encoded as JSON strings.
    private let keys: [String]
    private var isFirstRow = true

    /// Creates a formatter for the given columns.
    public init(columns: [String]) {
        keys = columns.map(Self.string)
    }

    /// The opening bracket.
    public func start() -> String { "[" }

    /// One object for a row, on a line of its own.
    public mutating func format(_ values: [SQLValue]) -> String {
        var line = isFirstRow ? "\n{" : ",\n{"
        isFirstRow = false
        for (index, value) in values.enumerated() {
            if index > 0 { line += "," }
            line += (index < keys.count ? keys[index] : Self.string("column\(index + 1)"))
            line += ":"
            line += Self.value(value)
        }
        return line + "}"
    }

    /// The closing bracket.
    public func finish() -> String { "\n]\n" }

    /// One value as JSON.
    public static func value(_ value: SQLValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let integer): return String(integer)
        case .real(let real): return real.isFinite ? String(real) : "null"
        case .text(let text): return string(text)
        case .blob(let data): return "\"" + data.base64EncodedString() + "\""
        case .bool(let flag): return flag ? "true" : "false"
        case .timestamp, .uuid: return string(value.typedText ?? "")
        }
    }

    /// Text as a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (non-ASCII included) as UTF-8.
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
