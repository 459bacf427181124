import TerrapinCore

extension BrowserState {
    /// Remembers the open table view (filter, sort, anchor, cursor) before another table
    /// replaces it, so that Backspace can return to it; the oldest entry goes past
    /// ``backLimit``.
    mutating func rememberViewForBack() {
        guard var view = table else { return }
        let cursorKey = view.currentRow.map { view.key(of: $0) }
        view.rows = []
        view.hasLoadedPage = false
        backStack.append(BackEntry(view: view, cursorKey: cursorKey))
        if backStack.count > Self.backLimit {
            backStack.removeFirst(backStack.count - Self.backLimit)
        }
    }

    /// Backspace or Alt-←: returns to the previous table view with its filter, sort and
    /// cursor, reloading its page at the same anchor and recounting it.
    mutating func goBack() -> [BrowserEffect] {
        guard let entry = backStack.popLast() else {
            message = StatusMessage(
                text: "Nothing to go back to: Backspace returns to the table you left by "
                    + "following a foreign key or opening another table.", isError: false)
            return []
        }
        table = entry.view
        focus = .grid
        mode = .browsing
        if let index = sidebarEntries.firstIndex(of: .table(entry.view.description.name)) {
            sidebar.selection = index
        }
        let start = entry.view.pageStart.map { PageStartHint.exact($0) } ?? .unknown
        var effects = loadPage(entry.view.anchor, start: start, cursor: .keep)
        if let key = entry.cursorKey, let generation = inFlight.page {
            pendingCursor = PendingCursor(generation: generation, key: key)
        }
        effects += recount()
        return effects
    }

    /// After a page of `generation` was handled: puts the cursor on the row Backspace
    /// returned to, once its page is on screen (following the page along when it was
    /// replaced by another load, as a short page before the start is).
    mutating func placePendingCursor(afterPageOf generation: Int) {
        guard let pending = pendingCursor, pending.generation == generation else { return }
        if let next = inFlight.page {
            pendingCursor?.generation = next
            return
        }
        pendingCursor = nil
        guard let view = table, view.hasLoadedPage,
            let row = view.rows.firstIndex(where: { view.key(of: $0) == pending.key })
        else { return }
        table?.cursorRow = row
    }
}
