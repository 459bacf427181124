import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// Keys typed while a page loads are not lost: they wait and act, in order, on the rows they
/// were meant for.
@Suite struct QueuedKeysTests {
    /// Rows 1...n of the tracks table.
    private func rows(_ range: ClosedRange<Int64>) -> [DynamicRow] {
        range.map { Fixtures.track($0, "t\($0)", composer: nil, milliseconds: 1, album: nil) }
    }

    /// Delivers the page being loaded: `rows`, with more after them.
    private func deliver(_ state: inout BrowserState, _ rows: [DynamicRow]) -> [BrowserEffect] {
        update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: rows, hasMore: true, elapsedMilliseconds: 1)))
    }

    @Test func pageDownsTypedInABurstEachMoveOnePage() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.tracks)
        _ = deliver(&state, rows(1...18))
        let first = press(&state, .pageDown)
        #expect(first.contains { if case .loadPage = $0 { true } else { false } })
        // Four more before the second page comes: they wait.
        #expect(press(&state, .pageDown, .pageDown, .pageDown, .pageDown).isEmpty)
        #expect(state.queuedKeys.count == 4)
        var pages = 1
        var effects = deliver(&state, rows(19...36))
        while effects.contains(where: { if case .loadPage = $0 { true } else { false } }) {
            pages += 1
            let start = Int64(pages * 18 + 1)
            effects = deliver(&state, rows(start...(start + 17)))
        }
        #expect(pages == 5)
        #expect(state.table?.pageStart == 90)
        #expect(state.queuedKeys.isEmpty)
    }

    @Test func anEditAfterABurstOfMovesEditsTheRowTheMovesReached() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.tracks)
        // Keys typed before the first page arrives.
        #expect(press(&state, .down, .down, .down, .character("e")).isEmpty)
        _ = deliver(&state, rows(1...18))
        #expect(state.table?.cursorRow == 3)
        guard case .editingCell(let edit) = state.mode else {
            Issue.record("the queued e should open the editor")
            return
        }
        #expect(edit.key == ["TrackId": 4])
    }

    @Test func escapeCancelsTheLoadAndForgetsTheWaitingKeys() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.tracks)
        _ = press(&state, .down, .character("d"))
        #expect(state.queuedKeys.count == 2)
        _ = press(&state, .escape)
        #expect(state.queuedKeys.isEmpty)
        #expect(state.inFlight.page == nil)
    }

    @Test func aFailedFirstPageIsShownInsteadOfLoading() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.longTracks)
        _ = press(&state, .down)
        _ = update(
            &state,
            .queryFailed(generation: state.inFlight.page ?? -1, message: "malformed JSON"))
        #expect(state.queuedKeys.isEmpty)
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("Cannot read long_tracks: malformed JSON"))
        #expect(!buffer.textSnapshot().contains("Loading"))
    }
}

/// The sort arrow fits in its column's header.
@Suite struct SortedHeaderTests {
    @Test func aSortedColumnWidensToShowItsNameAndArrow() {
        var state = Fixtures.openTracks(size: Size(width: 120, height: 24))
        // TrackId is the widest thing in its column: the arrow needs two more cells.
        _ = update(&state, .keyPressed(.character("s")))
        Fixtures.deliverPage(&state)
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("TrackId ▲"))
    }
}
