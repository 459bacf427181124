import TerminalUI
import TerrapinCore

/// Column widths and horizontal scrolling of the grid, shared by the grid view and the
/// cursor movement in ``update(_:_:)``.
enum GridColumns {
    /// The widest a column gets, so one long text does not hide the others.
    static let maximumWidth = 40

    /// Each column's width: fitted to its header (with the sort arrow), its type and the
    /// cells on screen, and at most two fifths of the grid (and ``maximumWidth``).
    static func widths(of view: TableViewState, usesASCII: Bool, gridWidth: Int) -> [Int] {
        let cap = max(10, min(maximumWidth, gridWidth * 2 / 5))
        return view.columnNames.enumerated().map { index, name in
            var width = max(
                DisplayWidth.of(title(of: name, in: view, usesASCII: usesASCII)),
                DisplayWidth.of(
                    CellText.typeLabel(of: name, in: view.description, usesASCII: usesASCII)))
            for row in view.rows where index < row.values.count {
                // Cell text is bounded (CellText.cell looks at a cell's first cells only), so
                // a huge value costs no more than a short one here.
                width = max(
                    width, DisplayWidth.of(CellText.cell(row.values[index], usesASCII: usesASCII)))
                if width >= cap { break }
            }
            return min(cap, max(3, width))
        }
    }

    /// The header of the column `name`: its name as drawn, and for a sorted column the
    /// arrow of its direction (` ▲`/` ▼`, or ` ^`/` v` in ASCII).
    static func title(of name: String, in view: TableViewState, usesASCII: Bool) -> String {
        let title = CellText.name(name, usesASCII: usesASCII)
        guard let term = view.sortDirection(of: name) else { return title }
        if term.isDescending { return title + (usesASCII ? " v" : " ▼") }
        return title + (usesASCII ? " ^" : " ▲")
    }

    /// The columns drawn, left to right: the pinned key columns, then scrolled columns from
    /// the view's offset while they fit (the last one may be cut).
    static func visibleColumns(of view: TableViewState, widths: [Int], width: Int) -> [Int] {
        let pinned = view.pinnedColumns
        var used = pinned.reduce(0) { $0 + widths[$1] + 2 }
        var columns = pinned
        let scrollable = view.columnNames.indices.filter { !pinned.contains($0) }
        for column in scrollable.dropFirst(max(0, view.columnOffset)) {
            guard used < width else { break }
            columns.append(column)
            used += widths[column] + 2
        }
        return columns
    }

    /// The scroll offset (among unpinned columns) that keeps the cursor's column fully in
    /// view, moving the current offset as little as possible.
    static func offset(showingCursorOf view: TableViewState, widths: [Int], width: Int) -> Int {
        let pinned = view.pinnedColumns
        guard !pinned.contains(view.cursorColumn) else { return view.columnOffset }
        let scrollable = view.columnNames.indices.filter { !pinned.contains($0) }
        guard let position = scrollable.firstIndex(of: view.cursorColumn) else { return 0 }
        let available = width - pinned.reduce(0) { $0 + widths[$1] + 2 }
        var offset = min(max(0, view.columnOffset), position)
        func span(_ from: Int) -> Int {
            scrollable[from...position].reduce(0) { $0 + widths[$1] + 2 }
        }
        while offset < position, span(offset) > available { offset += 1 }
        return offset
    }
}
