import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct BackStackTests {
    /// Delivers the page in flight with `rows`.
    private func deliver(_ state: inout BrowserState, _ rows: [DynamicRow], hasMore: Bool = true)
        -> [BrowserEffect]
    {
        update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: rows, hasMore: hasMore, elapsedMilliseconds: 1)))
    }

    /// Tracks sorted by Name, on the page after the first, with the cursor on TrackId 4
    /// (the fourth row), then the record view's AlbumId followed to albums.
    private func followedFromSortedTracks() -> BrowserState {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("s"))
        _ = deliver(&state, Fixtures.trackRows)
        _ = press(&state, .pageDown)
        _ = deliver(&state, Fixtures.trackRows)
        _ = press(&state, .down, .down, .down, .enter)  // TrackId 4's record
        _ = press(&state, .down, .down, .down, .down, .enter)  // follow AlbumId
        return state
    }

    @Test func backspaceReturnsToTheTableWithItsSortAnchorAndCursor() throws {
        var state = followedFromSortedTracks()
        #expect(state.table?.description.name == "albums")
        #expect(state.backStack.count == 1)
        let albumsPage = try #require(state.inFlight.page)
        let albumsCount = try #require(state.inFlight.count)
        let effects = press(&state, .backspace)
        let view = try #require(state.table)
        #expect(view.description.name == "tracks")
        #expect(view.ordering == [OrderTerm("Name")])
        #expect(view.cursorColumn == 1)
        #expect(state.backStack.isEmpty)
        let query = QueryRequest(
            table: Fixtures.tracks, predicate: nil, ordering: [OrderTerm("Name")])
        let anchor = PageAnchor.after([
            .text(Fixtures.trackRows[4]["Name"]?.description ?? ""), .integer(5),
        ])
        #expect(
            effects == [
                .cancel(generation: albumsPage),
                .loadPage(
                    generation: state.inFlight.page ?? -1,
                    PageRequest(query: query, size: 18, anchor: anchor)),
                .cancel(generation: albumsCount),
                .countMatches(generation: state.inFlight.count ?? -1, query),
            ])
        // Rows moved meanwhile: the cursor follows its row, not its position.
        _ = deliver(&state, Fixtures.trackRows.reversed())
        #expect(state.table?.currentRow?["TrackId"] == .integer(4))
        #expect(state.table?.cursorRow == 1)
        #expect(state.pendingCursor == nil)
    }

    @Test func backspaceKeepsTheFilterOfTheViewLeft() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .right, .character("="))  // Composer = Angus Young…
        let filter = state.table?.predicate
        _ = deliver(&state, [Fixtures.trackRows[0]], hasMore: false)
        _ = press(&state, .enter, .down, .down, .down, .down, .enter)
        #expect(state.table?.description.name == "albums")
        _ = press(&state, .backspace)
        #expect(state.table?.predicate == filter)
        #expect(state.table?.filterText == filter?.lookupText)
    }

    @Test func altLeftGoesBackToo() {
        var state = followedFromSortedTracks()
        _ = press(&state, .altLeft)
        #expect(state.table?.description.name == "tracks")
    }

    @Test func openingATableFromTheSidebarCanBeUndoneWithBackspace() {
        var state = Fixtures.openTracks()
        _ = press(&state, .tab, .up, .up, .enter)  // albums
        #expect(state.table?.description.name == "albums")
        _ = press(&state, .backspace)
        #expect(state.table?.description.name == "tracks")
        #expect(state.focus == .grid)
        #expect(state.selectedSidebarEntry == .table("tracks"))
    }

    @Test func theBackStackKeepsOnlyTheNewestViews() {
        var state = Fixtures.openTracks()
        for _ in 0..<(BrowserState.backLimit + 5) {
            _ = press(&state, .tab, .enter)  // reopens the selected table
        }
        #expect(state.backStack.count == BrowserState.backLimit)
    }

    @Test func backspaceWithNothingToGoBackToSaysSo() {
        var state = Fixtures.openTracks()
        #expect(press(&state, .backspace).isEmpty)
        #expect(state.message?.text.hasPrefix("Nothing to go back to") == true)
        #expect(state.table?.description.name == "tracks")
    }

    @Test func theKeyLineOffersBackOnlyWhenThereIsSomewhereToGo() {
        var state = Fixtures.openTracks()
        #expect(!StatusView.hints(for: state).contains { $0.0 == "Bksp" })
        state = followedFromSortedTracks()
        #expect(StatusView.hints(for: state).contains { $0 == ("Bksp", "back") })
        #expect(HelpView.entries.contains { $0.key.contains("Backspace") })
    }
}
