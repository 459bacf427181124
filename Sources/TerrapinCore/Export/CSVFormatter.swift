import Foundation

/// Comma-separated values with RFC 4180 quoting: a header line of column names, then one line
/// per row, each ending in ``lineEnding`` (`\n` by default, what `terrapin query` and the
/// browser's export both write: the Unix convention, which every CSV reader accepts).
///
/// A field is quoted when it holds a comma, a double quote, a CR or LF, or starts or ends
/// with a space, and quotes inside are doubled. `NULL` is an empty, unquoted field, while
/// empty text is `""`, so the two stay distinguishable. Blobs are lowercase hex digits;
/// reals are Swift's shortest round-tripping form; booleans `true`/`false`, timestamps UTC
/// `YYYY-MM-DD HH:MM:SS.SSS` and UUIDs lowercase (``SQLValue/typedText``), as SQLite stores
/// them, so a file reads the same whichever backend it came from.
public struct CSVFormatter: RowFormatter {
    /// The column names.
    public let columns: [String]
    /// What ends each line.
    public let lineEnding: String

    /// Creates a formatter for the given columns.
    public init(columns: [String], lineEnding: String = "\n") {
        self.columns = columns
        self.lineEnding = lineEnding
    }

    /// The header line.
    public func start() -> String {
        columns.map { Self.quote($0) }.joined(separator: ",") + lineEnding
    }

    /// One line for a row.
    public func format(_ values: [SQLValue]) -> String {
        values.map(Self.field).joined(separator: ",") + lineEnding
    }

    /// Nothing: CSV has no footer.
    public func finish() -> String { "" }

    /// One value as a CSV field.
    public static func field(_ value: SQLValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let integer): return String(integer)
        case .real(let real): return String(real)
        case .text(let text): return text.isEmpty ? "\"\"" : quote(text)
        case .blob(let data): return data.hexString
        case .bool, .timestamp, .uuid: return value.typedText ?? ""
        }
    }

    /// Text, quoted when RFC 4180 requires it (or when spaces at its ends would be lost).
    public static func quote(_ text: String) -> String {
        let needsQuotes =
            text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
