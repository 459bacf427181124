import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Routes a key to whatever has the keyboard: a dialog or bar first, else the focused
    /// pane. Any key clears the previous status message.
    mutating func handleKey(_ key: KeyEvent) -> [BrowserEffect] {
        if key == .control("C") {
            isQuitting = true
            return [.quit]
        }
        // Nothing is drawn but the "too small" notice: no key may act unseen. Only quitting
        // works (resizes arrive as their own message).
        if layout.isTooSmall {
            if key == .character("q") {
                isQuitting = true
                return [.quit]
            }
            return []
        }
        if shouldQueue(key) {
            if queuedKeys.count < Self.queuedKeyLimit {
                queuedKeys.append(key)
            } else {
                message = StatusMessage(
                    text: "Still loading: further keys are ignored until the page arrives.",
                    isError: true)
            }
            return []
        }
        switch mode {
        case .browsing:
            return handleBrowsingKey(key)
        case .filterBar(let bar):
            return handleFilterBarKey(key, bar: bar)
        case .editingCell(let edit):
            return handleEditKey(key, edit: edit)
        case .confirming(let confirmation):
            return handleConfirmationKey(key, confirmation: confirmation)
        case .help(let scroll):
            handleHelpKey(key, scroll: scroll)
            return []
        case .record(let record):
            return handleRecordKey(key, record: record)
        case .modelInfo(let index, let scroll):
            return handleModelInfoKey(key, index: index, scroll: scroll)
        case .code(let code):
            return handleCodeKey(key, code: code)
        case .exportPrompt(let editor):
            return handleExportKey(key, editor: editor)
        case .exportFormatPrompt(let path):
            return handleExportFormatKey(key, path: path)
        case .addRow(let form):
            return handleAddRowKey(key, form: form)
        case .filterBuilder(let builder):
            return handleFilterBuilderKey(key, builder: builder)
        case .facet(let facet):
            return handleFacetKey(key, facet: facet)
        }
    }

    /// Keys while browsing: global keys, then the focused pane's.
    private mutating func handleBrowsingKey(_ key: KeyEvent) -> [BrowserEffect] {
        if sidebar.filterEditor != nil { return handleSidebarFilterKey(key) }
        message = nil
        switch key {
        case .character("q"):
            isQuitting = true
            return [.quit]
        case .character("?"), .function(1):
            mode = .help(scroll: 0)
            return []
        case .escape:
            return cancelQueries()
        case .backspace, .altLeft:
            return goBack()
        case .tab, .backTab:
            if table != nil { focus = focus == .sidebar ? .grid : .sidebar }
            return []
        default:
            return focus == .sidebar ? handleSidebarKey(key) : handleGridKey(key)
        }
    }

    /// Whether `key` must wait for the page being loaded: grid keys act on rows, and rows
    /// are not known until the page arrives. Esc (cancel), `q` (quit), Tab, `?` and
    /// Backspace (back) act at once; once a key waits, every later one waits too, so order
    /// is kept.
    private func shouldQueue(_ key: KeyEvent) -> Bool {
        guard inFlight.page != nil, mode == .browsing, focus == .grid,
            sidebar.filterEditor == nil
        else { return false }
        if !queuedKeys.isEmpty { return key != .escape && key != .character("q") }
        switch key {
        case .escape, .character("q"), .tab, .backTab, .character("?"), .function(1),
            .backspace, .altLeft:
            // Cancel, quit, leave the grid or go back: none of them needs the rows.
            return false
        default:
            return true
        }
    }

    /// Acts on the keys typed while the page loaded, in order, until one of them loads
    /// another page (the rest then wait for that one).
    mutating func replayQueuedKeys() -> [BrowserEffect] {
        var effects: [BrowserEffect] = []
        while inFlight.page == nil, !queuedKeys.isEmpty, !isQuitting {
            effects += handleKey(queuedKeys.removeFirst())
        }
        return effects
    }
}
