import TerminalUI
import TerrapinCore

/// The record view: every field of one row, long text wrapped, BLOBs as hex, foreign keys
/// with the row they refer to.
enum RecordView {
    /// One drawn line: which field it belongs to and how it looks.
    private struct Line {
        var field: Int
        var name: String
        var text: String
        var style: Style
    }

    /// Draws the record over `rect` (the grid's area).
    static func draw(
        _ state: BrowserState, record: RecordViewState, into buffer: inout ScreenBuffer,
        in rect: Rect
    ) {
        let tableName = state.table?.description.name ?? ""
        let inner = Box(
            title: "Record · \(tableName)", border: state.usesASCII ? .ascii : .double
        ).draw(into: &buffer, in: rect)
        guard inner.width > 4, inner.height > 0 else { return }
        let names = record.row.columns.names.map {
            CellText.name($0, usesASCII: state.usesASCII)
        }
        let nameWidth = min(max(4, names.map { DisplayWidth.of($0) }.max() ?? 4), inner.width / 3)
        let valueWidth = max(1, inner.width - nameWidth - 2)
        var lines: [Line] = []
        for (index, name) in names.enumerated() {
            let value = index < record.row.values.count ? record.row.values[index] : .null
            var texts: [String]
            var style: Style = .plain
            switch value {
            case .null:
                texts = [state.usesASCII ? "NULL" : "∅ NULL"]
                style = Theme.dim
            case .blob(let data):
                texts =
                    ["<\(data.count) bytes>"]
                    + CellText.hexLines(
                        data, bytesPerLine: max(1, (valueWidth + 1) / 3), limit: 512)
            default:
                // No more of a long value than the view can show (inner.height lines): a
                // megabyte of text is not wrapped on every frame.
                texts = TextWrap.lines(
                    CellText.recordText(
                        value, usesASCII: state.usesASCII,
                        maxCells: inner.height * valueWidth),
                    width: valueWidth)
            }
            for (lineIndex, text) in texts.enumerated() {
                lines.append(
                    Line(field: index, name: lineIndex == 0 ? name : "", text: text, style: style))
            }
            // The foreign key is found by the column's real name, not its escaped label.
            let column = record.row.columns.names[index]
            if let reference = referenceLine(state, record: record, column: column) {
                lines.append(Line(field: index, name: "", text: reference, style: Theme.dim))
            }
        }
        let firstLineOfSelection = lines.firstIndex { $0.field == record.selection } ?? 0
        let lastLineOfSelection = lines.lastIndex { $0.field == record.selection } ?? 0
        var offset = 0
        if lastLineOfSelection >= inner.height {
            offset = min(firstLineOfSelection, lastLineOfSelection - inner.height + 1)
        }
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            let isSelected = line.field == record.selection
            if !line.name.isEmpty {
                buffer.put(
                    DisplayWidth.pad(line.name, toWidth: nameWidth), x: inner.x, y: y,
                    style: isSelected ? Theme.selected : Theme.heading, maxWidth: nameWidth)
            }
            buffer.put(
                line.text, x: inner.x + nameWidth + 2, y: y, style: line.style, maxWidth: valueWidth
            )
        }
    }

    /// The line under a foreign-key field: the row it refers to, or why there is none.
    private static func referenceLine(
        _ state: BrowserState, record: RecordViewState, column: String
    ) -> String? {
        switch state.referenceStatus(of: column, in: record) {
        case .notForeignKey:
            return nil
        case .null(let referenced):
            return "→ \(referenced): (no row: NULL)"
        case .noTable(let referenced):
            return "→ \(referenced): no such table"
        case .loading(let referenced):
            return "→ \(referenced): " + Theme.ellipsis(ascii: state.usesASCII)
        case .missing(let referenced):
            return "→ \(referenced): no such row"
        case .found(let referenced, let row):
            let summary = zip(row.columns.names, row.values).prefix(4)
                .map { "\($0)=\(CellText.cell($1, usesASCII: state.usesASCII))" }
                .joined(separator: ", ")
            return "→ \(referenced): \(summary)  (Enter follows)"
        }
    }
}
