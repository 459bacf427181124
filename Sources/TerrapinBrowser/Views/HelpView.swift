import TerminalUI

/// The `?` overlay listing every key.
enum HelpView {
    /// Every key and what it does, grouped by section (a section title has an empty key).
    static let entries: [(key: String, action: String)] = [
        ("", "Anywhere"),
        ("?  F1", "this help"),
        ("Tab", "switch between the table list and the grid"),
        (
            "Backspace  Alt-←",
            "back to the table you left (by following a foreign key or opening another "
                + "table), with its filter, sort and cursor"
        ),
        ("Esc", "cancel the running query, or close a dialog"),
        ("q  Ctrl-C", "quit"),
        ("", "Table list"),
        ("↑ ↓  j k", "move"),
        ("/", "find a table by name (Esc clears)"),
        ("Enter", "open the table, or show the model's fields"),
        ("", "Grid"),
        ("← ↓ ↑ →  h j k l", "move between cells"),
        ("PgDn PgUp  ^F ^B", "next / previous page"),
        ("g G", "first / last row (keyset paging, fast on big tables)"),
        ("0 $", "first / last column"),
        ("Enter", "record view of the row (Enter follows a foreign key)"),
        ("/", "filter with lookups: name__icontains=love milliseconds__gt=300000"),
        ("Tab (in /)", "complete a column or lookup name (lists them when several match)"),
        (
            "F",
            "filter builder, from the active filter: column, operator, value; Ctrl-O AND/OR; "
                + "Ctrl-T negates the current condition"
        ),
        ("=  !", "keep / exclude rows equal to the current cell"),
        ("s", "sort the current column: ascending, descending, off"),
        ("f", "facet: the column's values with counts; Enter filters, ! excludes, b ranges"),
        ("L", "live refresh on / off: the page follows commits made elsewhere"),
        ("e", "edit the cell (Enter saves, Ctrl-N sets NULL, Esc cancels)"),
        ("a", "add a row"),
        ("d", "delete the row (asks first)"),
        ("u", "undo the last change"),
        ("c", "show the Swift code and SQL of this view"),
        ("x", "export this view to CSV or JSON"),
        ("r  Ctrl-R", "reload"),
        ("", "Editing text"),
        ("← →  Home End", "move the cursor (also Ctrl-A, Ctrl-E)"),
        ("Ctrl-U  Ctrl-K", "delete to the start / to the end"),
        ("Ctrl-W", "delete the previous word"),
    ]

    /// One drawn line of the help: a section title, or a key (on the first line of its
    /// entry only) and one wrapped line of its action.
    struct Line: Hashable {
        /// The key, empty on continuation lines and titles.
        var key: String
        /// The action's text on this line, or the section title.
        var text: String
        /// Whether this is a section title.
        var isTitle: Bool
    }

    /// The widest key, in cells.
    static let keyWidth = entries.map { DisplayWidth.of($0.key) }.max() ?? 10

    /// The help box for `area`: as wide as the longest entry needs, at least 60 cells, at
    /// most the area.
    static func dialog(in area: Rect, ascii: Bool) -> Dialog {
        let longest = entries.map { DisplayWidth.of($0.action) }.max() ?? 40
        let width = min(area.width, max(60, keyWidth + longest + 6))
        return Dialog(
            title: "Keys (Esc closes)", width: width, height: min(area.height, 200),
            border: ascii ? .ascii : .double)
    }

    /// The help's lines with actions wrapped to fit the box's inside width `innerWidth`.
    static func lines(innerWidth: Int) -> [Line] {
        let actionWidth = max(10, innerWidth - keyWidth - 4)
        var lines: [Line] = []
        for entry in entries {
            if entry.key.isEmpty {
                lines.append(Line(key: "", text: entry.action, isTitle: true))
                continue
            }
            for (index, text) in TextWrap.lines(entry.action, width: actionWidth).enumerated() {
                lines.append(Line(key: index == 0 ? entry.key : "", text: text, isTitle: false))
            }
        }
        return lines
    }

    /// The box's outer rectangle and its lines for `area`.
    private static func layout(in area: Rect, ascii: Bool) -> (dialog: Dialog, lines: [Line]) {
        var dialog = dialog(in: area, ascii: ascii)
        let lines = lines(innerWidth: max(0, dialog.width - 2))
        dialog.height = min(area.height, lines.count + 2)
        return (dialog, lines)
    }

    /// The largest useful scroll in `area`: the last line at the bottom of the box.
    static func maximumScroll(in area: Rect, ascii: Bool) -> Int {
        let (dialog, lines) = layout(in: area, ascii: ascii)
        return max(0, lines.count - max(0, dialog.height - 2))
    }

    /// Draws the help box centered in `area`, scrolled by `scroll` lines (clamped).
    static func draw(scroll: Int, ascii: Bool, into buffer: inout ScreenBuffer, in area: Rect) {
        let (dialog, lines) = layout(in: area, ascii: ascii)
        let inner = dialog.draw(into: &buffer, in: area)
        guard !inner.isEmpty else { return }
        let first = min(max(0, scroll), max(0, lines.count - inner.height))
        if first + inner.height < lines.count {
            let more = ascii ? " v more (j) " : " ↓ more (j) "
            buffer.put(
                more, x: inner.maxX - DisplayWidth.of(more) - 1, y: inner.maxY, style: Theme.key)
        }
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.isTitle {
                buffer.put(line.text, x: inner.x + 1, y: y, style: Theme.heading)
                continue
            }
            buffer.put(line.key, x: inner.x + 2, y: y, style: Theme.key, maxWidth: keyWidth)
            buffer.put(
                line.text, x: inner.x + 3 + keyWidth, y: y,
                maxWidth: max(0, inner.maxX - inner.x - 3 - keyWidth))
        }
    }
}
