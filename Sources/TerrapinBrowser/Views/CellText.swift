import Foundation
import TerminalUI
import TerrapinCore

/// How values and types are written in the grid, the record view and the status line.
enum CellText {
    /// The one-line text of a value in a grid cell.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - usesASCII: Whether to avoid non-ASCII symbols.
    /// - Returns: `∅` (or `NULL`) for NULL, `<N bytes>` for BLOBs, text with line breaks
    ///   shown as `⏎`.
    static func cell(_ value: SQLValue, usesASCII: Bool) -> String {
        switch value {
        case .null: return usesASCII ? "NULL" : "∅"
        case .integer(let number): return String(number)
        case .real(let number): return real(number)
        case .text(let text):
            // Most cells hold no line break: skip Foundation's search (a measurable part of
            // every frame, since each cell is converted once for widths and once to draw).
            guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
            let breakMark = usesASCII ? "\\n" : "⏎"
            return text.replacingOccurrences(of: "\r\n", with: breakMark)
                .replacingOccurrences(of: "\n", with: breakMark)
        case .blob(let data): return "<\(data.count) bytes>"
        }
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
        }
    }

    /// Whether a value is drawn right-aligned (numbers).
    static func isNumeric(_ value: SQLValue) -> Bool {
        switch value {
        case .integer, .real: return true
        default: return false
        }
    }

    /// A short type label for a column header: `int`, `text(120)`, `date`… plus `pk` or `→`
    /// for keys.
    static func typeLabel(of column: String, in table: TableDescription) -> String {
        guard let description = table.column(named: column) else {
            return column == "rowid" ? "rowid" : ""
        }
        var label: String
        switch description.logicalType {
        case .integer: label = "int"
        case .real: label = "real"
        case .boolean: label = "bool"
        case .text:
            label = "text"
            if let open = description.declaredType.firstIndex(of: "("),
                let close = description.declaredType.firstIndex(of: ")"), open < close
            {
                label += description.declaredType[open...close]
            }
        case .blob: label = description.declaredType.isEmpty ? "any" : "blob"
        case .timestamp: label = "date"
        case .uuid: label = "uuid"
        }
        if table.primaryKey.contains(column) { label += " pk" }
        if table.foreignKey(for: column) != nil { label += " →" }
        return label
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
