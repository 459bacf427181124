import TerminalUI
import TerrapinCore

/// The sidebar: MODELS and TABLES sections with row counts, and the name filter.
enum SidebarView {
    /// Draws the sidebar into `rect`; returns the cursor while the name filter is edited.
    static func draw(_ state: BrowserState, into buffer: inout ScreenBuffer, in rect: Rect)
        -> CursorPosition?
    {
        let focused = state.focus == .sidebar && state.mode == .browsing
        let box = Box(
            title: "Terrapin", border: Theme.border(ascii: state.usesASCII),
            titleStyle: focused ? Theme.heading : Theme.dim)
        var inner = box.draw(into: &buffer, in: rect)
        guard !inner.isEmpty else { return nil }
        var cursor: CursorPosition?
        if let editor = state.sidebar.filterEditor {
            let row = inner.maxY - 1
            buffer.put("/", x: inner.x, y: row, style: Theme.key)
            let layout = editor.layout(width: inner.width - 1)
            buffer.put(layout.visibleText, x: inner.x + 1, y: row)
            cursor = CursorPosition(x: inner.x + 1 + layout.cursorColumn, y: row)
            inner.height -= 1
        } else if !state.sidebar.filter.isEmpty {
            buffer.put(
                "/" + state.sidebar.filter, x: inner.x, y: inner.maxY - 1, style: Theme.dim,
                maxWidth: inner.width)
            inner.height -= 1
        }
        if state.isLoadingTables {
            buffer.put(
                "Loading tables" + Theme.ellipsis(ascii: state.usesASCII), x: inner.x,
                y: inner.y, style: Theme.dim, maxWidth: inner.width)
            return cursor
        }
        let lines = state.sidebarLines
        let selectedLine =
            lines.firstIndex {
                if case .entry(_, let index) = $0 { return index == state.sidebar.selection }
                return false
            } ?? 0
        let offset = selectedLine < inner.height ? 0 : selectedLine - inner.height + 1
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .spacer:
                continue
            case .title(let title):
                buffer.put(title, x: inner.x, y: y, style: Theme.heading, maxWidth: inner.width)
            case .entry(let entry, let index):
                let isSelected = index == state.sidebar.selection
                let style =
                    isSelected
                    ? (focused || state.table == nil ? Theme.selected : Theme.heading)
                    : Style.plain
                drawEntry(
                    entry, state: state, style: style, into: &buffer, x: inner.x, y: y,
                    width: inner.width)
            }
        }
        if lines.count == 1 {
            let text = state.tables.isEmpty ? "(no tables)" : "(no match)"
            buffer.put(text, x: inner.x + 1, y: inner.y + 1, style: Theme.dim)
        }
        return cursor
    }

    /// One entry: name on the left, row count (or `view`) on the right.
    private static func drawEntry(
        _ entry: SidebarEntry, state: BrowserState, style: Style, into buffer: inout ScreenBuffer,
        x: Int, y: Int, width: Int
    ) {
        let name: String
        var detail = ""
        switch entry {
        case .model(let index):
            name = state.models[index].modelName
            detail = "\(state.models[index].columns.count) fields"
        case .table(let tableName):
            name = CellText.name(tableName, usesASCII: state.usesASCII)
            let isView = state.table(named: tableName)?.kind == .view
            if let count = state.rowCounts[tableName] {
                detail = count.formatted(grouping: true) + (isView ? " v" : "")
            } else if let estimate = state.table(named: tableName)?.estimatedRowCount {
                detail = "~" + estimate.formatted(grouping: true)
            } else {
                detail = isView ? "view" : Theme.ellipsis(ascii: state.usesASCII)
            }
        }
        let available = width - 1
        let detailWidth = DisplayWidth.of(detail)
        let nameWidth = max(1, available - detailWidth - 1)
        let line =
            " " + DisplayWidth.pad(name, toWidth: nameWidth) + " "
            + DisplayWidth.pad(
                detail, toWidth: max(0, available - nameWidth - 1), alignment: .right)
        buffer.put(line, x: x, y: y, style: style, maxWidth: width)
        if style == .plain, !detail.isEmpty {
            buffer.put(
                DisplayWidth.pad(
                    detail, toWidth: max(0, available - nameWidth - 1), alignment: .right),
                x: x + 2 + nameWidth, y: y, style: Theme.dim, maxWidth: width - 2 - nameWidth)
        }
    }
}

extension Int {
    /// The number with thin grouping separators (`1 000 000`) when `grouping` is set.
    func formatted(grouping: Bool) -> String {
        let digits = String(self.magnitude)
        guard grouping, digits.count > 3 else { return self < 0 ? "-" + digits : digits }
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return self < 0 ? "-" + result : result
    }
}
