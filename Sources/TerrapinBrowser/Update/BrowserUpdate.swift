import TerminalUI
import TerrapinCore

/// Applies a message to the state and returns the work to do; performs no I/O.
///
/// - Parameters:
///   - state: The browser's state, changed in place.
///   - message: What happened.
/// - Returns: The effects the runtime must carry out, in order.
func update(_ state: inout BrowserState, _ message: BrowserMessage) -> [BrowserEffect] {
    switch message {
    case .keyPressed(let key):
        // A key never waits for live refresh: a reload in flight gives way to it.
        return state.yieldLiveReload() + state.handleKey(key)
    case .resized(let size):
        return state.resize(to: size)
    case .ticked:
        // A tick queued behind the result that ended the work spins nothing: it changes
        // nothing, so the runtime does not redraw for it (``BrowserMessage/isBackground``).
        guard state.isBusy else { return [] }
        state.tick &+= 1
        return []
    case .tablesLoaded(let tables):
        return state.receiveTables(tables)
    case .tablesFailed(let message):
        state.isLoadingTables = false
        state.message = StatusMessage(text: message, isError: true)
        return []
    case .rowCountLoaded(let table, let count):
        state.rowCounts[table] = count
        return []
    case .pageLoaded(let generation, let page):
        let isLive = generation == state.inFlight.page
        var effects = state.receivePage(page, generation: generation)
        state.placePendingCursor(afterPageOf: generation)
        if isLive {
            state.livePageArrived(generation: generation, isShown: state.inFlight.page == nil)
        }
        // Shown (not dropped, nor replaced by a fuller first page): check the count.
        if isLive, state.inFlight.page == nil {
            effects += state.recountIfThePageContradictsTheCount()
        }
        // Keys typed while the page was coming act now, in order, on the rows they meant.
        if isLive { effects += state.replayQueuedKeys() }
        return effects
    case .countLoaded(let generation, let count):
        return state.receiveCount(count, generation: generation)
    case .queryFailed(let generation, let message):
        state.receiveFailure(message, generation: generation)
        return []
    case .queryCancelled(let generation):
        state.receiveFailure(nil, generation: generation)
        return []
    case .rowUpdated(let generation, let edit):
        return state.receiveWrite(.updated(edit), generation: generation)
    case .rowInserted(let generation, let table, let key):
        return state.receiveWrite(.inserted(table: table, key: key), generation: generation)
    case .rowDeleted(let generation, let table, let values):
        return state.receiveWrite(.deleted(table: table, values: values), generation: generation)
    case .writeFailed(let generation, let message, let columns):
        guard generation == state.inFlight.write else { return [] }
        state.inFlight.write = nil
        state.inFlight.isUndoWrite = false
        state.inFlight.writeNote = nil
        if case .addRow(var form) = state.mode, form.isSaving {
            // The form stays open with everything typed, the error next to its field.
            form.isSaving = false
            form.showError(message, blaming: columns)
            state.mode = .addRow(form)
            return []
        }
        state.message = StatusMessage(text: message, isError: true)
        // The row may have changed under us (that is a common cause of a failed write):
        // show what the database holds now.
        guard let view = state.table else { return [] }
        return state.loadPage(
            view.anchor, start: view.pageStart.map { .exact($0) } ?? .unknown, cursor: .keep)
    case .referencesLoaded(let generation, let references):
        guard generation == state.inFlight.references else { return [] }
        state.inFlight.references = nil
        if case .record(var record) = state.mode {
            record.references = references
            record.hasLoadedReferences = true
            state.mode = .record(record)
        }
        return []
    case .queryDescribed(let generation, let swift, let sql):
        guard generation == state.inFlight.code else { return [] }
        state.inFlight.code = nil
        if case .code(var code) = state.mode {
            code.swift = swift
            code.sql = sql
            state.mode = .code(code)
        }
        return []
    case .exportTargetInspected(let generation, let job, let target):
        return state.receiveExportTarget(target, job: job, generation: generation)
    case .framePresented:
        state.framePresented()
        return []
    case .exportFinished(let generation, let path, let rowCount):
        guard generation == state.inFlight.export else { return [] }
        state.inFlight.export = nil
        state.message = StatusMessage(
            text: "Exported \(rowCount) rows to \(path).", isError: false)
        return []
    case .builderCountLoaded(let generation, let count):
        guard generation == state.inFlight.builderCount else { return [] }
        state.inFlight.builderCount = nil
        if case .filterBuilder(var builder) = state.mode {
            builder.matchCount = count
            state.mode = .filterBuilder(builder)
        }
        return []
    case .facetLoaded(let generation, let result):
        return state.receiveFacet(result, generation: generation)
    case .facetFailed(let generation, let message):
        state.receiveFacetFailure(message, generation: generation)
        return []
    case .facetTimedOut(let generation):
        state.receiveFacetTimeout(generation: generation)
        return []
    case .liveTicked:
        return state.liveTicked()
    case .changesPolled(let generation, let table, let poll):
        return state.receivePoll(poll, table: table, generation: generation)
    case .livePageLoaded(let generation, let page, let deletedCount):
        state.noteDeletedElsewhere(deletedCount, generation: generation)
        return update(&state, .pageLoaded(generation: generation, page))
    }
}

extension BrowserState {
    /// The layout for the current size.
    var layout: BrowserLayout { BrowserLayout(size: size) }

    /// Rows per page.
    var pageSize: Int { max(1, pageSizeOverride ?? layout.gridDataRows) }

    /// The effects to start with: load the table list.
    static func initialEffects() -> [BrowserEffect] { [.loadTables] }

    /// Stores the new size and reloads the page when its size changed.
    mutating func resize(to newSize: Size) -> [BrowserEffect] {
        let oldPageSize = pageSize
        size = newSize
        guard let view = table, pageSize != oldPageSize, view.hasLoadedPage else { return [] }
        return loadPage(
            view.anchor, start: view.pageStart.map { .exact($0) } ?? .unknown,
            cursor: .keep)
    }

    /// Stores the introspected tables, asks for their counts, and opens the initial table.
    mutating func receiveTables(_ loaded: [TableDescription]) -> [BrowserEffect] {
        isLoadingTables = false
        tables = loaded.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        var effects: [BrowserEffect] = []
        var opened: String?
        if let name = pendingInitialTable {
            pendingInitialTable = nil
            if let description = table(named: name) {
                // The sidebar points at the table shown, as if it had been chosen there.
                if let index = sidebarEntries.firstIndex(of: .table(description.name)) {
                    sidebar.selection = index
                }
                // Its first page goes first, ahead of the sidebar's counts; its own count
                // (which fills the sidebar too) makes a separate sidebar count redundant.
                effects += openTable(description)
                opened = description.name
            } else {
                message = StatusMessage(text: "No table or view named \"\(name)\".", isError: true)
            }
        }
        // Views are not counted up front: counting one runs its whole query.
        effects += tables.filter { $0.kind == .table && $0.name != opened }
            .map { .countRows(table: $0) }
        return effects
    }

    /// The table or view named `name` (exact match first, then ignoring case).
    func table(named name: String) -> TableDescription? {
        tables.first { $0.name == name }
            ?? tables.first { $0.name.lowercased() == name.lowercased() }
    }
}
