import TerrapinCore

/// Live refresh: the runtime's live timer sends ``BrowserMessage/liveTicked`` about every
/// 250 ms; while the browser is idle each tick asks for one poll of the database's change
/// token (never two at a time). A token that differs from the last one reloads the page on
/// screen at its anchor, keeps the cursor on its row by key, highlights the cells that
/// changed, says what happened, and recounts.
extension BrowserState {
    /// Whether a poll may start now: live refresh is on and supported, a page is on screen,
    /// nothing is loading or saving, no dialog or input line has the keyboard, and no poll
    /// is in flight.
    var canPollForChanges: Bool {
        guard live.isEnabled, live.isSupported, !isQuitting, live.pollGeneration == nil,
            case .browsing = mode, sidebar.filterEditor == nil,
            table?.hasLoadedPage == true, inFlight.page == nil, inFlight.write == nil
        else { return false }
        return true
    }

    /// A tick of the live timer: fades the highlights and starts a poll when one may run.
    mutating func liveTicked() -> [BrowserEffect] {
        if live.highlightTicksLeft > 0 {
            live.highlightTicksLeft -= 1
            if live.highlightTicksLeft == 0 { live.highlights = [] }
        }
        guard canPollForChanges, let view = table else { return [] }
        let generation = nextGeneration()
        live.pollGeneration = generation
        return [.pollChanges(generation: generation, table: view.description.name)]
    }

    /// A poll finished: the first token (and one after the browser's own write) becomes the
    /// baseline; a different one reloads the page, unless the browser got busy meanwhile
    /// (the next poll then sees the difference again).
    mutating func receivePoll(_ poll: ChangePoll, table name: String, generation: Int)
        -> [BrowserEffect]
    {
        guard generation == live.pollGeneration else { return [] }
        live.pollGeneration = nil
        let token: ChangeToken
        switch poll {
        case .unsupported:
            live.isSupported = false
            return []
        case .failed:
            return []  // a locked or busy file: the next tick tries again, quietly
        case .token(let read):
            token = read
        }
        if live.token == nil || live.tokenTable != name || live.absorbsNextChange {
            live.token = token
            live.tokenTable = name
            live.absorbsNextChange = false
            return []
        }
        guard token != live.token, table?.description.name == name, inFlight.page == nil,
            inFlight.write == nil, case .browsing = mode
        else { return [] }
        return startLiveReload(token: token)
    }

    /// Reloads the page on screen after a change elsewhere, the cursor following its row,
    /// and marks the count stale while it is taken again.
    private mutating func startLiveReload(token: ChangeToken) -> [BrowserEffect] {
        guard let view = table else { return [] }
        let matchesByKey = LiveReload.matchesByKey(in: view)
        let start: PageStartHint =
            view.anchor == .last ? .last : view.pageStart.map { .exact($0) } ?? .unknown
        let previousKeys = matchesByKey ? view.rows.map { view.key(of: $0) } : []
        var effects = loadPage(view.anchor, start: start, cursor: .keep) {
            .reloadChangedPage(generation: $0, $1, previousKeys: previousKeys)
        }
        guard let generation = inFlight.page else { return effects }
        if matchesByKey, let row = view.currentRow {
            pendingCursor = PendingCursor(generation: generation, key: view.key(of: row))
        }
        live.reload = LiveReload(generation: generation, oldRows: view.rows, token: token)
        if view.totalCount != nil || inFlight.count != nil {
            table?.isCountStale = view.totalCount != nil
            if inFlight.count == nil {
                effects += recount()
                live.recountGeneration = inFlight.count
            } else {
                live.recountQuery = view.query
            }
        }
        return effects
    }

    /// A key was pressed: a live reload in flight is dropped, so the key acts at once on the
    /// rows on screen instead of waiting for the reload (the baseline token stays, so the
    /// next idle poll reloads again).
    mutating func yieldLiveReload() -> [BrowserEffect] {
        guard let reload = live.reload, reload.generation == inFlight.page else { return [] }
        live.reload = nil
        inFlight.page = nil
        pendingPage = nil
        if pendingCursor?.generation == reload.generation { pendingCursor = nil }
        return [.cancel(generation: reload.generation)]
    }

    /// Remembers how many of the old page's rows the reload found deleted.
    mutating func noteDeletedElsewhere(_ count: Int?, generation: Int) {
        guard live.reload?.generation == generation else { return }
        live.reload?.deletedCount = count
    }

    /// After a page of `generation` was handled (`isShown`: it is the page on screen now):
    /// for the reload after a change, highlights what changed and says so; any other page
    /// shown ends the highlights, which were about the rows before it.
    mutating func livePageArrived(generation: Int, isShown: Bool) {
        guard isShown else {
            // Replaced by a fuller page (a short page before the start): follow it.
            if live.reload?.generation == generation, let next = inFlight.page {
                live.reload?.generation = next
            }
            return
        }
        guard let reload = live.reload, reload.generation == generation else {
            live.reload = nil
            live.highlights = []
            live.highlightTicksLeft = 0
            return
        }
        live.reload = nil
        live.token = reload.token
        guard let view = table else { return }
        let changes = Self.changes(from: reload, to: view)
        live.highlights = changes.cells
        live.highlightTicksLeft = changes.cells.isEmpty ? 0 : live.highlightTicks
        if let text = Self.describeChangesElsewhere(
            changed: changes.changedRows, deleted: changes.deletedRows),
            message?.isError != true
        {
            message = StatusMessage(text: text, isError: false)
        }
    }

    /// The cells that differ between the page before a reload and the page now, and how many
    /// rows changed (updated, or new on the page beyond what deletions shifted in) and were
    /// deleted.
    static func changes(from reload: LiveReload, to view: TableViewState)
        -> (cells: Set<GridCell>, changedRows: Int, deletedRows: Int)
    {
        let columns = view.columnNames
        var cells = Set<GridCell>()
        var updated = 0
        var appeared: [Int] = []
        let matchesByKey = LiveReload.matchesByKey(in: view)
        var oldByKey: [[String: SQLValue]: DynamicRow] = [:]
        if matchesByKey {
            for row in reload.oldRows { oldByKey[view.key(of: row)] = row }
        }
        for (index, row) in view.rows.enumerated() {
            let before: DynamicRow?
            if matchesByKey {
                before = oldByKey[view.key(of: row)]
            } else {
                before = reload.oldRows.indices.contains(index) ? reload.oldRows[index] : nil
            }
            guard let before else {
                appeared.append(index)
                continue
            }
            let changed = columns.indices.filter { before[columns[$0]] != row[columns[$0]] }
            if !changed.isEmpty { updated += 1 }
            for column in changed { cells.insert(GridCell(row: index, column: column)) }
        }
        // A deleted row lets the next one slide onto the page: rows that appeared count as
        // added only beyond the number deleted.
        let deleted = reload.deletedCount ?? 0
        let added = max(0, appeared.count - deleted)
        if added > 0 {
            for row in appeared {
                for column in columns.indices { cells.insert(GridCell(row: row, column: column)) }
            }
        }
        return (cells, updated + added, deleted)
    }

    /// "2 rows changed elsewhere", "a row was deleted elsewhere", both, or `nil` for none.
    static func describeChangesElsewhere(changed: Int, deleted: Int) -> String? {
        func rows(_ count: Int) -> String { count == 1 ? "1 row" : "\(count) rows" }
        switch (changed, deleted) {
        case (0, 0): return nil
        case (_, 0): return "\(rows(changed)) changed elsewhere."
        case (0, 1): return "A row was deleted elsewhere."
        case (0, _): return "\(deleted) rows were deleted elsewhere."
        default: return "\(rows(changed)) changed and \(deleted) deleted elsewhere."
        }
    }

    /// After a count of the current view arrived: it is fresh, unless a change came while
    /// it ran (then it is taken once more).
    mutating func liveCountArrived(generation: Int) -> [BrowserEffect] {
        if live.recountGeneration == generation { live.recountGeneration = nil }
        table?.isCountStale = false
        guard let query = live.recountQuery else { return [] }
        live.recountQuery = nil
        guard let view = table, view.query == query, view.totalCount != nil,
            inFlight.count == nil
        else { return [] }
        table?.isCountStale = true
        let effects = recount()
        live.recountGeneration = inFlight.count
        return effects
    }

    /// After the browser's own write: the token changes because of it, and the page reload
    /// of the write shows the result, so the token read next only becomes the baseline.
    /// A poll still in flight may have read the token before the write: its answer is
    /// ignored.
    mutating func pollAfterOwnWrite() -> [BrowserEffect] {
        guard live.isEnabled, live.isSupported, let view = table else { return [] }
        live.absorbsNextChange = true
        let generation = nextGeneration()
        live.pollGeneration = generation
        return [.pollChanges(generation: generation, table: view.description.name)]
    }

    /// `L`: turns live refresh off or on.
    mutating func toggleLive() -> [BrowserEffect] {
        if !live.isSupported {
            message = StatusMessage(
                text: "This database cannot tell when it changes elsewhere: r reloads.",
                isError: false)
            return []
        }
        live.isEnabled.toggle()
        if live.isEnabled {
            message = StatusMessage(
                text: "Live refresh on: changes committed elsewhere show up by themselves "
                    + "(L turns it off).", isError: false)
        } else {
            live.pollGeneration = nil
            live.highlights = []
            live.highlightTicksLeft = 0
            message = StatusMessage(
                text: "Live refresh off: the page changes when you reload (r) or page "
                    + "(L turns it back on).", isError: false)
        }
        return []
    }

    /// Whether the cell at `row` (on the page) and `column` changed in the last reload.
    func isHighlighted(row: Int, column: Int) -> Bool {
        !live.highlights.isEmpty && live.highlights.contains(GridCell(row: row, column: column))
    }
}

extension InFlight {
    /// Whether anything other than the work of `ignored` generations is running (live
    /// refresh's reloads and recounts run without the spinner).
    func isBusy(ignoring ignored: Set<Int>) -> Bool {
        guard !ignored.isEmpty else { return isBusy }
        var shown = self
        if let page, ignored.contains(page) { shown.page = nil }
        if let count, ignored.contains(count) { shown.count = nil }
        return shown.isBusy
    }
}
