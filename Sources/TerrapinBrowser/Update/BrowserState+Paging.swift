import TerrapinCore

/// Where the cursor goes when the requested page arrives.
enum CursorTarget: Sendable, Hashable {
    /// Stay on the same row number (clamped).
    case keep
    /// The first row.
    case top
    /// The last row.
    case bottom
}

/// The page being loaded: its generation, anchor and what is known about it in advance.
struct PendingPage: Sendable, Hashable {
    /// The anchor asked for.
    var anchor: PageAnchor
    /// What is known about its first row's number.
    var start: PageStartHint
    /// Where the cursor goes.
    var cursor: CursorTarget
}

extension BrowserState {
    /// Opens a table in the grid (filtered when `predicate` is given), loading its first page
    /// and its count and cancelling whatever the previous table was loading.
    mutating func openTable(
        _ description: TableDescription, predicate: QueryPredicate? = nil
    ) -> [BrowserEffect] {
        var view = TableViewState(description: description)
        view.predicate = predicate
        view.filterText = predicate.map(\.lookupText) ?? ""
        table = view
        focus = .grid
        mode = .browsing
        return reloadView()
    }

    /// Reloads the first page and the count of the current view (after a filter or sort
    /// change).
    mutating func reloadView() -> [BrowserEffect] {
        guard table != nil else { return [] }
        table?.totalCount = nil
        table?.cursorRow = 0
        return loadPage(.first, start: .exact(0), cursor: .top) + recount()
    }

    /// Asks for a page, cancelling the page load in flight.
    ///
    /// - Parameters:
    ///   - anchor: Where the page is.
    ///   - start: What is known in advance about the number of its first row.
    ///   - cursor: Where the cursor goes when it arrives.
    ///   - makeEffect: The effect that loads it, from its generation and request (live
    ///     refresh's reload asks for it with `.reloadChangedPage`).
    mutating func loadPage(
        _ anchor: PageAnchor, start: PageStartHint, cursor: CursorTarget,
        makeEffect: (Int, PageRequest) -> BrowserEffect = { .loadPage(generation: $0, $1) }
    ) -> [BrowserEffect] {
        guard let view = table else { return [] }
        var effects: [BrowserEffect] = []
        if let old = inFlight.page { effects.append(.cancel(generation: old)) }
        let generation = nextGeneration()
        inFlight.page = generation
        pendingPage = PendingPage(anchor: anchor, start: start, cursor: cursor)
        effects.append(
            makeEffect(generation, PageRequest(query: view.query, size: pageSize, anchor: anchor)))
        return effects
    }

    /// Asks for the count of the current view, cancelling the count in flight.
    mutating func recount() -> [BrowserEffect] {
        guard let view = table else { return [] }
        var effects: [BrowserEffect] = []
        if let old = inFlight.count { effects.append(.cancel(generation: old)) }
        let generation = nextGeneration()
        inFlight.count = generation
        effects.append(.countMatches(generation: generation, view.query))
        return effects
    }

    /// Shows an arrived page, unless it belongs to superseded work.
    mutating func receivePage(_ page: LoadedPage, generation: Int) -> [BrowserEffect] {
        guard generation == inFlight.page, var view = table, let pending = pendingPage else {
            return []
        }
        inFlight.page = nil
        pendingPage = nil
        // Paged past the end (keys pressed faster than pages came): show the last page.
        if case .offset(let row) = pending.anchor, row > 0, page.rows.isEmpty {
            return loadPage(.last, start: .last, cursor: .bottom)
        }
        // Paging back onto the beginning can give a short page: show a full first page.
        if case .before = pending.anchor, !page.hasMore, page.rows.count < pageSize {
            return loadPage(.first, start: .exact(0), cursor: .top)
        }
        view.rows = page.rows
        view.hasLoadedPage = true
        view.pageError = nil
        view.elapsedMilliseconds = page.elapsedMilliseconds
        view.anchor = pending.anchor
        view.isLastPage = false
        switch pending.anchor {
        case .first:
            view.hasPrevious = false
            view.hasNext = page.hasMore
        case .after:
            view.hasPrevious = true
            view.hasNext = page.hasMore
        case .before:
            view.hasPrevious = page.hasMore
            view.hasNext = true
        case .last:
            view.hasPrevious = page.hasMore
            view.hasNext = false
            view.isLastPage = true
        case .offset(let start):
            view.hasPrevious = start > 0  // an offset page's own start overrides it below
            view.hasNext = page.hasMore
            view.isLastPage = !page.hasMore
        }
        switch pending.start {
        case .exact(let start): view.pageStart = start
        case .endingBefore(let end): view.pageStart = max(0, end - page.rows.count)
        case .last: view.pageStart = view.totalCount.map { max(0, $0 - page.rows.count) }
        case .unknown: view.pageStart = nil
        }
        if let startRow = page.startRow {
            // An offset page (the last page of a view, say) knows where it starts.
            view.pageStart = startRow
            view.hasPrevious = startRow > 0
        }
        if !view.hasPrevious { view.pageStart = 0 }
        switch pending.cursor {
        case .keep: break
        case .top: view.cursorRow = 0
        case .bottom: view.cursorRow = page.rows.count - 1
        }
        view.cursorRow = max(0, min(view.cursorRow, page.rows.count - 1))
        table = view
        return []
    }

    /// Stores an arrived count, unless it belongs to superseded work, and takes it again
    /// when live refresh saw a change while it ran.
    mutating func receiveCount(_ count: Int, generation: Int) -> [BrowserEffect] {
        guard generation == inFlight.count else { return [] }
        inFlight.count = nil
        table?.totalCount = count
        if let view = table, view.isLastPage {
            table?.pageStart = max(0, count - view.rows.count)
        }
        if let view = table, view.predicate == nil {
            rowCounts[view.description.name] = count
        }
        return liveCountArrived(generation: generation)
    }

    /// Reports a failed or cancelled query of any kind (`message` is `nil` when cancelled).
    mutating func receiveFailure(_ text: String?, generation: Int) {
        var matched = true
        if generation == inFlight.page {
            inFlight.page = nil
            pendingPage = nil
            // The keys were meant for rows that did not come.
            queuedKeys = []
            if let text, table?.hasLoadedPage == false { table?.pageError = text }
        } else if generation == inFlight.count {
            inFlight.count = nil
        } else if generation == inFlight.references {
            inFlight.references = nil
        } else if generation == inFlight.export {
            inFlight.export = nil
        } else if generation == inFlight.builderCount {
            inFlight.builderCount = nil
        } else if generation == inFlight.code {
            inFlight.code = nil
        } else {
            matched = false
        }
        guard matched else { return }
        message = StatusMessage(text: text ?? "Cancelled.", isError: text != nil)
    }

    /// Cancels every query in flight (Esc); writes are left to finish.
    mutating func cancelQueries() -> [BrowserEffect] {
        let running = [
            inFlight.page, inFlight.count, inFlight.references, inFlight.export,
            inFlight.builderCount, inFlight.code,
        ].compactMap { $0 }
        guard !running.isEmpty else { return [] }
        inFlight.page = nil
        pendingPage = nil
        queuedKeys = []
        inFlight.count = nil
        inFlight.references = nil
        inFlight.export = nil
        inFlight.builderCount = nil
        inFlight.code = nil
        message = StatusMessage(text: "Cancelled.", isError: false)
        return running.map { .cancel(generation: $0) }
    }
}
