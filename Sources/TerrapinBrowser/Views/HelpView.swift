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

    /// Draws the help box centered in `area`, scrolled by `scroll` lines.
    static func draw(scroll: Int, ascii: Bool, into buffer: inout ScreenBuffer, in area: Rect) {
        let keyWidth = entries.map { DisplayWidth.of($0.key) }.max() ?? 10
        let width = min(area.width, max(60, keyWidth + 60))
        let height = min(area.height, entries.count + 2)
        let inner = Dialog(
            title: "Keys (Esc closes)", width: width, height: height,
            border: ascii ? .ascii : .double
        ).draw(into: &buffer, in: area)
        guard !inner.isEmpty else { return }
        let first = min(max(0, scroll), max(0, entries.count - inner.height))
        if first + inner.height < entries.count {
            let more = ascii ? " v more (j) " : " ↓ more (j) "
            buffer.put(
                more, x: inner.maxX - DisplayWidth.of(more) - 1, y: inner.maxY, style: Theme.key)
        }
        for (row, entry) in entries.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if entry.key.isEmpty {
                buffer.put(entry.action, x: inner.x + 1, y: y, style: Theme.heading)
                continue
            }
            buffer.put(entry.key, x: inner.x + 2, y: y, style: Theme.key, maxWidth: keyWidth)
            buffer.put(
                entry.action, x: inner.x + 3 + keyWidth, y: y,
                maxWidth: max(0, inner.maxX - inner.x - 3 - keyWidth))
        }
    }
}
