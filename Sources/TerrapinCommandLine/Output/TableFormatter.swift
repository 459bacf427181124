import TerminalUI
import TerrapinCore

/// Aligned columns for people, like `psql`: a header, a rule, the rows, and a row count.
///
/// Column widths are measured in terminal cells (CJK and emoji count two) over the first
/// ``sampleSize`` rows, which are held back until then; later rows are cut to those widths,
/// so output streams whatever the number of rows. Each column is at most ``maximumWidth``
/// cells wide; longer values end with `…`. `NULL` shows as `NULL`, blobs as hex, control
/// characters (newlines, tabs) as visible symbols. Numbers are right-aligned.
struct TableFormatter: RowFormatter {
    /// The column names.
    let columns: [String]
    /// How many rows are measured before the first is printed.
    var sampleSize = 256
    /// The widest a column may get, in cells.
    var maximumWidth = 40

    private var sample: [[SQLValue]] = []
    private var widths: [Int]?
    private var rowCount = 0

    /// Creates a formatter for the given columns.
    init(columns: [String], sampleSize: Int = 256, maximumWidth: Int = 40) {
        self.columns = columns
        self.sampleSize = max(1, sampleSize)
        self.maximumWidth = max(4, maximumWidth)
    }

    func start() -> String { "" }

    mutating func format(_ values: [SQLValue]) -> String {
        rowCount += 1
        if let widths { return line(values, widths: widths) }
        sample.append(values)
        return sample.count >= sampleSize ? flushSample() : ""
    }

    mutating func finish() -> String {
        let rows = widths == nil ? flushSample() : ""
        return rows + "(\(rowCount) \(rowCount == 1 ? "row" : "rows"))\n"
    }

    /// Fixes the widths from the sample and returns the header and the sampled rows.
    private mutating func flushSample() -> String {
        var measured = columns.map { DisplayWidth.of(DisplayWidth.visible($0)) }
        for row in sample {
            for (index, value) in row.enumerated() where index < measured.count {
                measured[index] = max(measured[index], DisplayWidth.of(Self.text(value)))
            }
        }
        let fixed = measured.map { min(maximumWidth, max(1, $0)) }
        widths = fixed
        var output = Self.trimmed(
            zip(columns, fixed).map { name, width in
                DisplayWidth.pad(DisplayWidth.visible(name), toWidth: width)
            }.joined(separator: " | "))
        output += fixed.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        for row in sample { output += line(row, widths: fixed) }
        sample = []
        return output
    }

    private func line(_ values: [SQLValue], widths: [Int]) -> String {
        var cells: [String] = []
        for (index, width) in widths.enumerated() {
            let value = index < values.count ? values[index] : .null
            let alignment: DisplayWidth.Alignment
            switch value {
            case .integer, .real: alignment = .right
            default: alignment = .left
            }
            cells.append(DisplayWidth.pad(Self.text(value), toWidth: width, alignment: alignment))
        }
        return Self.trimmed(cells.joined(separator: " | "))
    }

    /// A line without trailing spaces, ended with a newline.
    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line + "\n"
    }

    /// A value as shown in a cell, before fitting.
    static func text(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let integer): return String(integer)
        case .real(let real): return String(real)
        case .text(let text): return DisplayWidth.visible(text)
        case .blob(let data): return data.hexString
        case .bool, .timestamp, .uuid: return value.typedText ?? ""
        }
    }
}
