import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

/// Views and tables without a unique key page by row number, so every row shows exactly once,
/// in order, even when the sort has many ties.
@Suite struct ViewPagingTests {
    /// A state with the `long_tracks` view open and its first page of 18 rows loaded.
    private func openView() -> BrowserState {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.longTracks)
        let rows = (0..<18).map { _ in
            Fixtures.track(1, "x", composer: nil, milliseconds: 1, album: nil)
        }
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: rows, hasMore: true, elapsedMilliseconds: 1, startRow: 0)))
        return state
    }

    @Test func pagingAViewAsksForRowNumbersNotKeysetPositions() {
        var state = openView()
        guard case .loadPage(_, let next) = press(&state, .pageDown).last else {
            Issue.record("expected a page load")
            return
        }
        #expect(next.anchor == .offset(18))
        var scrolled = openView()
        _ = press(&scrolled, .character("G"))
        var moved = openView()
        for _ in 0..<17 { _ = press(&moved, .down) }
        guard case .loadPage(_, let oneMore) = press(&moved, .down).last else {
            Issue.record("moving past the last row should scroll")
            return
        }
        #expect(oneMore.anchor == .offset(1))
    }

    @Test func theStatusLineSaysTheViewIsPagedByRowNumber() {
        let state = openView()
        #expect(StatusView.leftText(state).contains("no key: paged by row number"))
        let table = Fixtures.openTracks()
        #expect(!StatusView.leftText(table).contains("paged by row number"))
    }

    @Test func anOffsetPageKnowsItsFirstRow() {
        var state = openView()
        _ = press(&state, .character("G"))
        let rows = (0..<18).map { _ in
            Fixtures.track(1, "x", composer: nil, milliseconds: 1, album: nil)
        }
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: rows, hasMore: true, elapsedMilliseconds: 1, startRow: 5_444)))
        #expect(state.table?.pageStart == 5_444)
        #expect(state.table?.hasPrevious == true)
        #expect(state.table?.hasNext == false)
        guard case .loadPage(_, let previous) = press(&state, .pageUp).last else {
            Issue.record("expected the previous page")
            return
        }
        #expect(previous.anchor == .offset(5_426))
    }

    /// Pages through a real view with heavy ties, as the browser does, and checks that every
    /// row came exactly once and in order.
    @Test(arguments: [false, true])
    func everyRowOfASortedViewWithTiesShowsExactlyOnce(descending: Bool) async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT, category TEXT)")
        try await database.execute(
            raw: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5462)
                INSERT INTO film SELECT i, 'film ' || (i * 7919 % 5462), 'category ' || (i % 16)
                FROM n
                """)
        try await database.execute(
            raw: "CREATE VIEW film_list AS SELECT category, title FROM film")
        let view = try #require(try await database.introspect(table: "film_list"))
        #expect(view.rowKey.isEmpty)

        var state = BrowserState(size: Size(width: 100, height: 40))
        _ = update(&state, .tablesLoaded([view]))
        var effects = state.openTable(view)
        state.table?.cursorColumn = 0
        effects = state.cycleSort()
        if descending { effects = state.cycleSort() }
        var seen: [[SQLValue]] = []
        var pages = 0
        while pages < 1_000 {
            guard
                case .loadPage(let generation, let request) = effects.last(where: {
                    if case .loadPage = $0 { true } else { false }
                })
            else { break }
            guard
                let message = await BrowserWork.perform(
                    .loadPage(generation: generation, request), on: database)
            else { break }
            _ = update(&state, message)
            let rows = try #require(state.table?.rows)
            seen += rows.map(\.values)
            pages += 1
            guard state.table?.hasNext == true else { break }
            effects = update(&state, .keyPressed(.pageDown))
        }
        #expect(seen.count == 5_462)
        #expect(Set(seen.map { $0.map(\.description).joined(separator: "|") }).count == 5_462)
        let categories = seen.map { $0[0].description }
        #expect(categories == (descending ? categories.sorted(by: >) : categories.sorted()))
        try await database.close()
    }
}

extension ViewPagingTests {
    @Test func pagingPastTheEndShowsTheLastPage() {
        var state = openView()
        _ = update(&state, .keyPressed(.pageDown))
        let effects = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: [], hasMore: false, elapsedMilliseconds: 1, startRow: 18)))
        guard case .loadPage(_, let last) = effects.last else {
            Issue.record("expected the last page")
            return
        }
        #expect(last.anchor == .last)
    }
}
