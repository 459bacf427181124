import TerminalUI
import TerrapinCore

/// A line of the sidebar: a section title or an entry.
enum SidebarLine: Sendable, Hashable {
    /// A section title (`MODELS`, `TABLES`).
    case title(String)
    /// A selectable entry, with its index among the entries.
    case entry(SidebarEntry, index: Int)
    /// An empty line between sections.
    case spacer
}

extension BrowserState {
    /// The entries matching the sidebar's name filter: models first, then tables and views.
    var sidebarEntries: [SidebarEntry] {
        let filter = (sidebar.filterEditor?.text ?? sidebar.filter).lowercased()
        func matches(_ name: String) -> Bool {
            filter.isEmpty || name.lowercased().contains(filter)
        }
        let modelEntries = models.indices.filter { matches(models[$0].modelName) }
            .map { SidebarEntry.model($0) }
        let tableEntries = tables.filter { matches($0.name) }.map { SidebarEntry.table($0.name) }
        return modelEntries + tableEntries
    }

    /// The sidebar's lines, titles included.
    var sidebarLines: [SidebarLine] {
        let entries = sidebarEntries
        var lines: [SidebarLine] = []
        let modelEntries = entries.enumerated().filter {
            if case .model = $0.element { return true }
            return false
        }
        if !models.isEmpty {
            lines.append(.title("MODELS"))
            lines += modelEntries.map { .entry($0.element, index: $0.offset) }
            lines.append(.spacer)
        }
        lines.append(.title("TABLES"))
        for (index, entry) in entries.enumerated() {
            if case .table = entry { lines.append(.entry(entry, index: index)) }
        }
        return lines
    }

    /// The selected entry, if any.
    var selectedSidebarEntry: SidebarEntry? {
        let entries = sidebarEntries
        return entries.indices.contains(sidebar.selection) ? entries[sidebar.selection] : nil
    }

    /// Keys of the focused sidebar.
    mutating func handleSidebarKey(_ key: KeyEvent) -> [BrowserEffect] {
        let count = sidebarEntries.count
        let page = max(1, layout.sidebarInner.height - 1)
        switch key {
        case .up, .character("k"): moveSidebarSelection(to: sidebar.selection - 1, count: count)
        case .down, .character("j"): moveSidebarSelection(to: sidebar.selection + 1, count: count)
        case .pageUp, .control("B"):
            moveSidebarSelection(to: sidebar.selection - page, count: count)
        case .pageDown, .control("F"):
            moveSidebarSelection(to: sidebar.selection + page, count: count)
        case .home, .character("g"): moveSidebarSelection(to: 0, count: count)
        case .end, .character("G"): moveSidebarSelection(to: count - 1, count: count)
        case .character("/"):
            sidebar.filterEditor = LineEditor(text: sidebar.filter)
        case .enter, .right, .character("l"):
            return openSidebarEntry()
        default:
            break
        }
        return []
    }

    /// Keys while typing the sidebar's name filter.
    mutating func handleSidebarFilterKey(_ key: KeyEvent) -> [BrowserEffect] {
        guard var editor = sidebar.filterEditor else { return [] }
        switch key {
        case .escape:
            sidebar.filterEditor = nil
            sidebar.filter = ""
            sidebar.selection = 0
        case .enter:
            sidebar.filter = editor.text
            sidebar.filterEditor = nil
            sidebar.selection = min(sidebar.selection, max(0, sidebarEntries.count - 1))
            return openSidebarEntry()
        case .up, .down:
            let delta = key == .up ? -1 : 1
            moveSidebarSelection(to: sidebar.selection + delta, count: sidebarEntries.count)
        default:
            editor.handle(key)
            sidebar.filterEditor = editor
            sidebar.selection = 0
        }
        return []
    }

    /// Selects an entry (clamped).
    private mutating func moveSidebarSelection(to index: Int, count: Int) {
        sidebar.selection = max(0, min(index, count - 1))
    }

    /// Opens the selected table, or shows the selected model's fields.
    private mutating func openSidebarEntry() -> [BrowserEffect] {
        switch selectedSidebarEntry {
        case .model(let index):
            mode = .modelInfo(index: index, scroll: 0)
            return []
        case .table(let name):
            guard let description = table(named: name) else { return [] }
            rememberViewForBack()
            return openTable(description)
        case nil:
            return []
        }
    }
}
