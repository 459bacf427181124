import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Keys of the focused grid.
    mutating func handleGridKey(_ key: KeyEvent) -> [BrowserEffect] {
        guard let view = table else { return [] }
        switch key {
        case .up, .character("k"): return moveRow(by: -1)
        case .down, .character("j"): return moveRow(by: 1)
        case .left, .character("h"): moveColumn(to: view.cursorColumn - 1)
        case .right, .character("l"): moveColumn(to: view.cursorColumn + 1)
        case .character("0"): moveColumn(to: 0)
        case .character("$"): moveColumn(to: view.columnNames.count - 1)
        case .pageDown, .control("F"), .character(" "): return nextPage()
        case .pageUp, .control("B"): return previousPage()
        case .home, .character("g"): return firstPage()
        case .end, .character("G"): return lastPage()
        case .control("R"), .character("r"): return reloadView()
        case .enter: return openRecord()
        case .character("/"): openFilterBar()
        case .character("F"): return openFilterBuilder()
        case .character("="): return filterOnCurrentCell(excluding: false)
        case .character("!"): return filterOnCurrentCell(excluding: true)
        case .character("s"): return cycleSort()
        case .character("e"): startEditingCell()
        case .character("a"): startAddingRow()
        case .character("d"): askToDeleteRow()
        case .character("u"): return undo()
        case .character("c"): return showCode()
        case .character("x"): startExport()
        case .character("L"): return toggleLive()
        case .character("f"): return openFacet()
        default: break
        }
        return []
    }

    /// Moves the cursor by rows, scrolling one row past either end of the page.
    private mutating func moveRow(by delta: Int) -> [BrowserEffect] {
        guard var view = table else { return [] }
        let target = view.cursorRow + delta
        if target >= 0, target < view.rows.count {
            view.cursorRow = target
            table = view
            return []
        }
        if view.usesOffsetPaging, let start = view.pageStart {
            if target < 0, view.hasPrevious {
                return loadPage(
                    .offset(max(0, start - 1)), start: .exact(max(0, start - 1)), cursor: .top)
            }
            if target >= view.rows.count, view.hasNext {
                return loadPage(.offset(start + 1), start: .exact(start + 1), cursor: .bottom)
            }
            return []
        }
        if target < 0, view.hasPrevious, let last = view.rows.last {
            return loadPage(
                .before(view.position(of: last)),
                start: view.pageStart.map { .exact(max(0, $0 - 1)) } ?? .unknown, cursor: .top)
        }
        if target >= view.rows.count, view.hasNext, let first = view.rows.first {
            return loadPage(
                .after(view.position(of: first)),
                start: view.pageStart.map { .exact($0 + 1) } ?? .unknown, cursor: .bottom)
        }
        return []
    }

    /// Moves the cursor to a column (clamped) and scrolls it into view; the first column
    /// scrolls the grid all the way back to the left, even when it is a pinned key column.
    mutating func moveColumn(to column: Int) {
        guard var view = table else { return }
        view.cursorColumn = max(0, min(column, view.columnNames.count - 1))
        if view.cursorColumn == 0 { view.columnOffset = 0 }
        let widths = GridColumns.widths(
            of: view, usesASCII: usesASCII, gridWidth: layout.gridInner.width)
        view.columnOffset = GridColumns.offset(
            showingCursorOf: view, widths: widths, width: layout.gridInner.width)
        table = view
    }

    /// The next page, or the last row when there is none.
    private mutating func nextPage() -> [BrowserEffect] {
        guard let view = table else { return [] }
        guard view.hasNext, let last = view.rows.last else {
            table?.cursorRow = max(0, view.rows.count - 1)
            return []
        }
        if view.usesOffsetPaging, let start = view.pageStart {
            let next = start + view.rows.count
            return loadPage(.offset(next), start: .exact(next), cursor: .keep)
        }
        return loadPage(
            .after(view.position(of: last)),
            start: view.pageStart.map { .exact($0 + view.rows.count) } ?? .unknown,
            cursor: .keep)
    }

    /// The previous page, or the first row when there is none.
    private mutating func previousPage() -> [BrowserEffect] {
        guard let view = table else { return [] }
        guard view.hasPrevious, let first = view.rows.first else {
            table?.cursorRow = 0
            return []
        }
        if view.usesOffsetPaging, let start = view.pageStart {
            let previous = max(0, start - pageSize)
            return loadPage(.offset(previous), start: .exact(previous), cursor: .keep)
        }
        return loadPage(
            .before(view.position(of: first)),
            start: view.pageStart.map { .endingBefore($0) } ?? .unknown, cursor: .keep)
    }

    /// The first row of the view.
    private mutating func firstPage() -> [BrowserEffect] {
        guard let view = table else { return [] }
        guard view.hasPrevious else {
            table?.cursorRow = 0
            return []
        }
        return loadPage(.first, start: .exact(0), cursor: .top)
    }

    /// The last row of the view, through a backwards keyset page.
    private mutating func lastPage() -> [BrowserEffect] {
        guard let view = table else { return [] }
        guard view.hasNext else {
            table?.cursorRow = max(0, view.rows.count - 1)
            return []
        }
        return loadPage(.last, start: .last, cursor: .bottom)
    }

    /// Cycles the sort of the current column: ascending, descending, off.
    mutating func cycleSort() -> [BrowserEffect] {
        guard var view = table, let column = view.currentColumn else { return [] }
        switch view.sortDirection(of: column) {
        case nil: view.ordering = [OrderTerm(column)]
        case let term? where !term.isDescending:
            view.ordering = [OrderTerm(column, descending: true)]
        default: view.ordering = []
        }
        table = view
        let rows = rowCounts[view.description.name] ?? view.description.estimatedRowCount ?? 0
        if !view.ordering.isEmpty, rows > 100_000,
            !view.description.hasIndex(startingWith: [column])
        {
            message = StatusMessage(
                text: "\(column) has no index: sorting \(rows.formatted(grouping: true)) rows "
                    + "may take a while (Esc cancels).", isError: false)
        }
        // The order changes, not which rows match: keep the count (and a count still running)
        // rather than counting the whole table again next to the sort.
        table?.cursorRow = 0
        return loadPage(.first, start: .exact(0), cursor: .top)
    }
}
