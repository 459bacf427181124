import Foundation
import TerminalUI
import TerrapinCore

/// How values and types are written in the grid, the record view and the status line.
enum CellText {
    /// The one-line text of a value in a grid cell, at most `maxWidth` cells plus the cut
    /// mark.
    ///
    /// Only the start of a long text is looked at (``leadingBytes(of:limit:)``, then
    /// ``DisplayWidth/prefix(_:fittingWidth:)``), so a one-megabyte value costs what a short
    /// one does. A text wider than `maxWidth` comes back as its first `maxWidth` cells
    /// followed by ``cutMark(usesASCII:)``, which is what padding it to any column of at most
    /// `maxWidth` cells shows anyway.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - usesASCII: Whether the terminal shows only ASCII: NULL is `NULL`, and text is
    ///     ``ASCIIText/escaped(_:)`` (`\u{65E5}`, `\n`).
    ///   - maxWidth: The widest column the text is drawn in (``GridColumns/maximumWidth``).
    /// - Returns: `∅` (or `NULL`) for NULL, `<N bytes>` for BLOBs, text with line breaks
    ///   shown as `⏎` (or `\n`); an empty text stays empty, so it differs from NULL.
    ///   Booleans, timestamps and UUIDs show their ``SQLValue/typedText``.
    static func cell(
        _ value: SQLValue, usesASCII: Bool, maxWidth: Int = GridColumns.maximumWidth
    ) -> String {
        switch value {
        case .null: return usesASCII ? "NULL" : "∅"
        case .integer(let number): return String(number)
        case .real(let number): return real(number)
        case .text(let text): return line(text, usesASCII: usesASCII, maxWidth: maxWidth)
        case .blob(let data): return "<\(data.count) bytes>"
        case .bool, .timestamp, .uuid:
            return line(value.typedText ?? "", usesASCII: usesASCII, maxWidth: maxWidth)
        }
    }

    /// The text of a value in the record view, before wrapping: line breaks kept, escaped
    /// line by line in ASCII, and only the start of a value longer than `maxCells` cells
    /// (the view cannot show more), ending in the cut mark.
    static func recordText(_ value: SQLValue, usesASCII: Bool, maxCells: Int) -> String {
        let (start, isCut) = leadingBytes(of: value.description, limit: 64 + 4 * maxCells)
        var text = start
        if usesASCII {
            text = start.split(separator: "\n", omittingEmptySubsequences: false)
                .map { ASCIIText.escaped($0) }.joined(separator: "\n")
        }
        return isCut ? text + " " + cutMark(usesASCII: usesASCII) : text
    }

    /// The mark that ends a cut text: `…`, or `~` in ASCII.
    static func cutMark(usesASCII: Bool) -> String { usesASCII ? "~" : "…" }

    /// A table or column name as drawn: escaped in ASCII (``ASCIIText/escaped(_:)``).
    static func name(_ name: String, usesASCII: Bool) -> String {
        usesASCII ? ASCIIText.escaped(name) : name
    }

    /// `text` as one line of at most `maxWidth` cells (plus the cut mark when cut), looking
    /// at no more than its first `64 + 24 × maxWidth` bytes.
    static func line(_ text: String, usesASCII: Bool, maxWidth: Int) -> String {
        // Most cells: short printable ASCII, shown as it is without any copy.
        if text.utf8.count <= maxWidth, ASCIIText.isPrintableASCII(text) { return text }
        let (start, isCutShort) = leadingBytes(of: text, limit: 64 + 24 * max(1, maxWidth))
        let shown = usesASCII ? ASCIIText.escaped(start) : joiningLines(start)
        let (fitted, isCutNarrow) = DisplayWidth.prefix(shown, fittingWidth: maxWidth)
        guard isCutShort || isCutNarrow else { return fitted }
        return fitted + cutMark(usesASCII: usesASCII)
    }

    /// The first `limit` bytes of `text` (fewer, to end on a whole scalar), and whether that
    /// left something out. Costs O(`limit`) whatever the length of `text`.
    static func leadingBytes(of text: String, limit: Int) -> (text: String, isCut: Bool) {
        let utf8 = text.utf8
        guard utf8.count > limit else { return (text, false) }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) {
            utf8.formIndex(before: &end)
        }
        return (String(decoding: utf8[..<end], as: UTF8.self), true)
    }

    /// `text` with its line breaks (LF, CR LF) shown as `⏎`.
    private static func joiningLines(_ text: String) -> String {
        // Most cells hold no line break: no copy.
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        var result = ""
        for character in text {
            if character == "\n" || character == "\r\n" {
                result += "⏎"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A real number without a useless `.0` exponent noise.
    static func real(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(format: "%.1f", number) }
        return String(number)
    }

    /// The text an editor starts with for a value (NULL and BLOBs start empty).
    static func editable(_ value: SQLValue) -> String {
        switch value {
        case .null, .blob: return ""
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        case .bool, .timestamp, .uuid: return value.typedText ?? ""
        }
    }

    /// Whether a value is drawn right-aligned (numbers).
    static func isNumeric(_ value: SQLValue) -> Bool { value.isNumeric }

    /// A short type label for a column header: `int`, `text(120)`, `date`… plus `pk` or `→`
    /// (`->` in ASCII) for keys.
    static func typeLabel(of column: String, in table: TableDescription, usesASCII: Bool)
        -> String
    {
        guard let description = table.column(named: column) else {
            return column == table.hiddenRowKey ? column : ""
        }
        var label = declaredTypeLabel(description.declaredType)
        if description.isGenerated { label += " gen" }
        if table.primaryKey.contains(column) { label += " pk" }
        if table.foreignKey(for: column) != nil { label += usesASCII ? " ->" : " →" }
        return label
    }

    /// A short name for a declared type: the common spellings shortened (`int`, `real`,
    /// `text(200)`, `blob`, `any` when there is none), every other type as declared
    /// (`json`, `decimal(10,2)`, `boolean`, `date`), since SQLite keeps what was written and
    /// the type tells what the column is meant to hold.
    static func declaredTypeLabel(_ declaredType: String) -> String {
        let trimmed = declaredType.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "any" }
        let open = trimmed.firstIndex(of: "(")
        let base = trimmed[..<(open ?? trimmed.endIndex)].trimmingCharacters(in: .whitespaces)
            .uppercased()
        let size = open.map { String(trimmed[$0...]).replacingOccurrences(of: " ", with: "") } ?? ""
        switch base {
        case "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT", "INT2", "INT8",
            "UNSIGNED BIG INT":
            return "int"
        case "TEXT", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "CHARACTER", "VARYING CHARACTER",
            "NATIVE CHARACTER", "CLOB", "CHARACTER VARYING":
            return "text" + size
        case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT":
            return "real"
        case "TIMESTAMP WITH TIME ZONE": return "timestamptz"
        case "TIMESTAMP WITHOUT TIME ZONE": return "timestamp"
        case "TIME WITH TIME ZONE": return "timetz"
        case "TIME WITHOUT TIME ZONE": return "time"
        case "BLOB":
            return "blob"
        default:
            return String(trimmed.lowercased().replacingOccurrences(of: " ", with: "").prefix(20))
        }
    }

    /// Bytes as hex lines of `bytesPerLine` bytes: `00 1f 2e …`.
    static func hexLines(_ data: Data, bytesPerLine: Int, limit: Int = 4096) -> [String] {
        let bytes = Array(data.prefix(limit))
        var lines: [String] = []
        var index = 0
        let perLine = max(1, bytesPerLine)
        while index < bytes.count {
            let slice = bytes[index..<min(bytes.count, index + perLine)]
            lines.append(slice.map { String(format: "%02x", $0) }.joined(separator: " "))
            index += perLine
        }
        if data.count > limit { lines.append("… \(data.count - limit) more bytes") }
        return lines.isEmpty ? ["(empty)"] : lines
    }
}
