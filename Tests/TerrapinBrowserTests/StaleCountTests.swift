import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct StaleCountTests {
    private func deliver(_ state: inout BrowserState, rows: Int, hasMore: Bool) -> [BrowserEffect] {
        update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(
                    rows: Array(Fixtures.trackRows.prefix(rows)), hasMore: hasMore,
                    elapsedMilliseconds: 1)))
    }

    private func isCount(_ effect: BrowserEffect) -> Bool {
        if case .countMatches = effect { return true }
        return false
    }

    @Test func aLastPageEndingBeforeTheCountRecounts() throws {
        var state = Fixtures.openTracks()  // rows 1–5 of 3,503
        _ = press(&state, .pageDown)
        let effects = deliver(&state, rows: 3, hasMore: false)  // rows 6–8, and no more
        let generation = try #require(state.inFlight.count)
        #expect(
            effects == [
                .countMatches(
                    generation: generation,
                    QueryRequest(table: Fixtures.tracks, predicate: nil, ordering: []))
            ])
        _ = update(&state, .countLoaded(generation: generation, count: 8))
        let view = try #require(state.table)
        #expect(StatusView.rowRange(view, estimate: nil) == "rows 6–8 of 8")
        #expect(state.rowCounts["tracks"] == 8)
    }

    @Test func aWholeViewOnOnePageMustHoldTheCount() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("s"))  // a sort keeps the count
        #expect(deliver(&state, rows: 4, hasMore: false).contains(where: isCount))
    }

    @Test func aPageWithRowsAfterItThatReachesTheCountRecounts() {
        var state = Fixtures.openTracks()
        state.table?.totalCount = 8  // rows were added elsewhere since
        _ = press(&state, .pageDown)
        #expect(deliver(&state, rows: 3, hasMore: true).contains(where: isCount))
    }

    @Test func aPageThatAgreesWithTheCountDoesNotRecount() {
        var state = Fixtures.openTracks()
        state.table?.totalCount = 8
        _ = press(&state, .pageDown)
        #expect(deliver(&state, rows: 3, hasMore: false).isEmpty)
        #expect(state.inFlight.count == nil)
    }

    @Test func theLastPageFromGIsNumberedFromTheCountAndNotRecounted() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("G"))
        #expect(deliver(&state, rows: 3, hasMore: true).isEmpty)
    }

    @Test func reloadAlwaysRecounts() {
        var state = Fixtures.openTracks()
        #expect(state.table?.totalCount == 3503)
        #expect(press(&state, .character("r")).contains(where: isCount))
        #expect(state.table?.totalCount == nil)
    }
}
