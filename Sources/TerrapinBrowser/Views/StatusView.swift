import TerminalUI
import TerrapinCore

/// The status line (table, filter, sort, rows, timing, spinner) and the bottom line (key
/// hints, messages, or the active input field).
enum StatusView {
    /// Draws the status line; the candidates of the last Tab, or else an input field's
    /// error, replace it.
    static func drawStatus(_ state: BrowserState, into buffer: inout ScreenBuffer, row: Int) {
        if case .filterBar(let bar) = state.mode, !bar.completions.isEmpty {
            let text =
                " \(bar.completionTitle) (\(bar.completions.count)): "
                + bar.completions.joined(separator: "  ")
            StatusLine(left: text, style: Theme.dim).draw(into: &buffer, row: row)
            return
        }
        if let error = inputError(of: state) {
            buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1))
            buffer.put(
                DisplayWidth.truncate(" " + error, toWidth: buffer.width), x: 0, y: row,
                style: Theme.error)
            return
        }
        StatusLine(left: leftText(state), right: rightText(state), style: Theme.status)
            .draw(into: &buffer, row: row)
    }

    /// The error of the active input field, if any.
    static func inputError(of state: BrowserState) -> String? {
        switch state.mode {
        case .filterBar(let bar): return bar.error
        case .editingCell(let edit): return edit.error
        default: return nil
        }
    }

    /// Table, filter, sort and row range.
    static func leftText(_ state: BrowserState) -> String {
        guard let view = state.table else {
            let count = state.tables.count
            let loading = " Loading" + Theme.ellipsis(ascii: state.usesASCII)
            return state.isLoadingTables ? loading : " \(count) tables and views"
        }
        var parts = [" " + CellText.name(view.description.name, usesASCII: state.usesASCII)]
        if !view.filterText.isEmpty { parts.append("filter: " + view.filterText) }
        if let term = view.ordering.first {
            parts.append("sort: \(term.field) \(term.isDescending ? "desc" : "asc")")
        }
        parts.append(
            rowRange(
                view,
                estimate: state.rowCounts[view.description.name]
                    ?? view.description.estimatedRowCount, usesASCII: state.usesASCII))
        if view.usesOffsetPaging { parts.append("no key: paged by row number") }
        return parts.joined(separator: " · ")
    }

    /// `rows 1–18 of 3,503`, with `~` while the count is an estimate.
    static func rowRange(_ view: TableViewState, estimate: Int?, usesASCII: Bool = false)
        -> String
    {
        let total: String
        if let count = view.totalCount {
            total = (view.isCountStale ? "~" : "") + count.formatted(grouping: true)
        } else if view.predicate == nil, let estimate {
            total = "~" + estimate.formatted(grouping: true)
        } else {
            total = view.hasNext ? "?" : "~"
        }
        guard view.hasLoadedPage else {
            return "rows \(Theme.ellipsis(ascii: usesASCII)) of \(total)"
        }
        if view.rows.isEmpty { return "0 rows" }
        guard let start = view.pageStart else { return "rows ?–? of \(total)" }
        let first = (start + 1).formatted(grouping: true)
        let last = (start + view.rows.count).formatted(grouping: true)
        return "rows \(first)–\(last) of \(total)"
    }

    /// Spinner while busy, elapsed time otherwise.
    static func rightText(_ state: BrowserState) -> String {
        var parts: [String] = []
        if state.isReadOnly { parts.append("read-only") }
        if state.table != nil, !state.live.isEnabled, state.live.isSupported {
            parts.append("live off")
        }
        if state.isBusy {
            parts.append(
                Spinner(isASCII: state.usesASCII).frame(at: state.tick) + " working (Esc cancels)")
        } else if let elapsed = state.table?.elapsedMilliseconds {
            parts.append("\(elapsed) ms")
        }
        return parts.joined(separator: " · ") + " "
    }

    /// Draws the bottom line: the active input field, or the message, or key hints.
    static func drawBottomLine(_ state: BrowserState, into buffer: inout ScreenBuffer, row: Int)
        -> CursorPosition?
    {
        buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1))
        switch state.mode {
        case .filterBar(let bar):
            return drawInput(label: "/", editor: bar.editor, into: &buffer, row: row)
        case .editingCell(let edit):
            if edit.isNull {
                buffer.put("\(edit.column) = ", x: 0, y: row, style: Theme.key)
                buffer.put(
                    "NULL  (type to replace, Enter saves, Esc cancels)",
                    x: DisplayWidth.of("\(edit.column) = "), y: row, style: Theme.dim)
                return CursorPosition(x: DisplayWidth.of("\(edit.column) = "), y: row)
            }
            return drawInput(
                label: "\(edit.column) = ", editor: edit.editor, into: &buffer, row: row)
        case .exportPrompt(let editor):
            return drawInput(
                label: "Export to (.csv or .json): ", editor: editor, into: &buffer, row: row)
        case .exportFormatPrompt(let path):
            // The choices first: a long path must not push them off the line.
            var x = buffer.put("Export as: ", x: 0, y: row, style: Theme.key)
            x += buffer.put("c", x: x, y: row, style: Theme.key)
            x += buffer.put(" CSV  ", x: x, y: row, style: Theme.dim)
            x += buffer.put("j", x: x, y: row, style: Theme.key)
            x += buffer.put(" JSON  ", x: x, y: row, style: Theme.dim)
            x += buffer.put("Esc", x: x, y: row, style: Theme.key)
            x += buffer.put(" cancel  ", x: x, y: row, style: Theme.dim)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            buffer.put(
                "(\(name) has no .csv or .json ending)", x: x, y: row, style: Theme.dim,
                maxWidth: max(0, buffer.width - x))
            return nil
        default:
            break
        }
        if let message = state.message {
            buffer.put(
                DisplayWidth.truncate(" " + message.text, toWidth: buffer.width), x: 0, y: row,
                style: message.isError ? Theme.error : Theme.info)
            return nil
        }
        drawHints(hints(for: state), into: &buffer, row: row)
        return nil
    }

    /// Draws `label` and the editor's visible text; returns the cursor.
    private static func drawInput(
        label: String, editor: LineEditor, into buffer: inout ScreenBuffer, row: Int
    ) -> CursorPosition {
        let labelWidth = buffer.put(label, x: 0, y: row, style: Theme.key)
        let layout = editor.layout(width: max(1, buffer.width - labelWidth - 1))
        buffer.put(layout.visibleText, x: labelWidth, y: row)
        return CursorPosition(x: labelWidth + layout.cursorColumn, y: row)
    }

    /// Pairs of key and action for the current focus.
    static func hints(for state: BrowserState) -> [(String, String)] {
        switch state.mode {
        case .help: return [("j/k", "scroll"), ("Esc", "close")]
        case .record: return [("j/k", "field"), ("Enter", "follow key"), ("Esc", "back")]
        case .confirming(let confirmation):
            switch confirmation.action {
            case .deleteRow: return [("y", "delete"), ("n", "keep")]
            case .overwriteFile: return [("y", "replace"), ("n", "keep")]
            }
        case .addRow:
            return [("Tab", "next"), ("^N", "NULL"), ("Enter", "save"), ("Esc", "cancel")]
        case .filterBuilder: return [("Enter", "apply"), ("Esc", "cancel")]
        case .facet(let facet): return FacetView.hints(for: facet)
        case .code, .modelInfo: return [("Esc", "close")]
        default: break
        }
        let back: [(String, String)] = state.backStack.isEmpty ? [] : [("Bksp", "back")]
        if state.focus == .sidebar || state.table == nil {
            return [("?", "help")] + back + [
                ("↑↓", "move"), ("Enter", "open"), ("/", "find"), ("Tab", "grid"), ("q", "quit"),
            ]
        }
        return [("?", "help")] + back + [
            ("/", "filter"), ("F", "builder"), ("=!", "match"), ("s", "sort"),
        ] + editingHints(for: state) + [
            ("Enter", "record"), ("c", "code"), ("x", "export"), ("q", "quit"),
        ]
    }

    /// The editing keys that work now: `e a d` when the open table can be written (not in
    /// read-only mode, not a view, has a row key), `u` when there is a change to undo.
    static func editingHints(for state: BrowserState) -> [(String, String)] {
        guard !state.isReadOnly else { return [] }
        var hints: [(String, String)] = []
        if let view = state.table, view.description.whyNotWritable == nil {
            hints += [("e", "edit"), ("a", "add"), ("d", "del")]
        }
        if !state.undoStack.isEmpty { hints.append(("u", "undo")) }
        return hints
    }

    /// Draws hints as `key action` pairs until the line is full.
    private static func drawHints(
        _ hints: [(String, String)], into buffer: inout ScreenBuffer, row: Int
    ) {
        var x = 1
        for (key, action) in hints {
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(action)
            guard x + width <= buffer.width else { break }
            x += buffer.put(key, x: x, y: row, style: Theme.key)
            x += buffer.put(" " + action + "  ", x: x, y: row, style: Theme.dim)
        }
    }
}
