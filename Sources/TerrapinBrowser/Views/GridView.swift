import TerminalUI
import TerrapinCore

/// The data grid: two header rows (names, types), the page's rows, the key columns pinned
/// while scrolling sideways, the current cell highlighted.
enum GridView {
    /// Draws the grid's box and content into `rect`.
    static func draw(_ state: BrowserState, into buffer: inout ScreenBuffer, in rect: Rect) {
        let focused = state.focus == .grid
        guard let view = state.table else {
            let inner = Box(title: "Data", border: Theme.border(ascii: state.usesASCII))
                .draw(into: &buffer, in: rect)
            let hint =
                state.tables.isEmpty && !state.isLoadingTables
                ? "This database has no tables." : "Choose a table on the left and press Enter."
            buffer.put(
                hint, x: inner.x + 1, y: inner.y + 1, style: Theme.dim, maxWidth: inner.width - 1)
            return
        }
        let kind = view.description.kind == .view ? " (view)" : ""
        let inner = Box(
            title: CellText.name(view.description.name, usesASCII: state.usesASCII) + kind,
            border: Theme.border(ascii: state.usesASCII),
            titleStyle: focused ? Theme.heading : Theme.dim
        ).draw(into: &buffer, in: rect)
        guard inner.height >= 3, inner.width >= 3 else { return }
        let widths = GridColumns.widths(
            of: view, usesASCII: state.usesASCII, gridWidth: inner.width)
        let columns = GridColumns.visibleColumns(of: view, widths: widths, width: inner.width)
        let separator = state.usesASCII ? "|" : "│"
        var x = inner.x
        for column in columns {
            x += 1  // a space before each column's content
            guard x < inner.maxX else { break }
            let width = min(widths[column], inner.maxX - x)
            let name = view.columnNames[column]
            let title = GridColumns.title(of: name, in: view, usesASCII: state.usesASCII)
            let isCursorColumn = column == view.cursorColumn && focused
            let cutMark = CellText.cutMark(usesASCII: state.usesASCII)
            buffer.put(
                DisplayWidth.pad(title, toWidth: width, ellipsis: cutMark), x: x, y: inner.y,
                style: isCursorColumn ? Theme.heading.with(.underline) : Theme.heading,
                maxWidth: width)
            buffer.put(
                DisplayWidth.pad(
                    CellText.typeLabel(
                        of: name, in: view.description, usesASCII: state.usesASCII),
                    toWidth: width, ellipsis: cutMark),
                x: x, y: inner.y + 1, style: Theme.dim, maxWidth: width)
            for (rowIndex, row) in view.rows.prefix(inner.height - 2).enumerated() {
                let y = inner.y + 2 + rowIndex
                let value = column < row.values.count ? row.values[column] : .null
                let text = CellText.cell(value, usesASCII: state.usesASCII)
                let alignment: DisplayWidth.Alignment = CellText.isNumeric(value) ? .right : .left
                var style: Style = value.isNull ? Theme.dim : .plain
                if state.isHighlighted(row: rowIndex, column: column) {
                    style = state.live.isFading ? Theme.changedFading : Theme.changed
                }
                if rowIndex == view.cursorRow {
                    style =
                        focused && column == view.cursorColumn ? Theme.selected : style.with(.bold)
                }
                buffer.put(
                    DisplayWidth.pad(
                        text, toWidth: width, alignment: alignment, ellipsis: cutMark),
                    x: x, y: y,
                    style: style, maxWidth: width)
            }
            x += width
            if x < inner.maxX {
                for y in inner.y..<(inner.y + 2 + min(view.rows.count, inner.height - 2)) {
                    buffer.put(separator, x: x, y: y, style: Theme.dim)
                }
                x += 1
            }
        }
        if view.rows.isEmpty {
            let text: String
            if !view.hasLoadedPage, let error = view.pageError {
                let lines = TextWrap.lines(
                    "Cannot read \(view.description.name): \(error)", width: max(1, inner.width - 2)
                )
                for (index, line) in lines.prefix(max(1, inner.height - 3)).enumerated() {
                    buffer.put(
                        line, x: inner.x + 1, y: inner.y + 3 + index, style: Theme.error,
                        maxWidth: inner.width - 1)
                }
                return
            } else if !view.hasLoadedPage {
                text = "Loading" + Theme.ellipsis(ascii: state.usesASCII)
            } else if view.predicate != nil {
                text = "No rows match the filter."
            } else {
                text = "The table is empty."
            }
            buffer.put(
                text, x: inner.x + 1, y: inner.y + 3, style: Theme.dim, maxWidth: inner.width - 1)
        }
    }
}
