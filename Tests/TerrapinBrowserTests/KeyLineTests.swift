import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct KeyLineTests {
    private func keys(_ state: BrowserState) -> [String] {
        StatusView.hints(for: state).map(\.0)
    }

    @Test func aWritableTableOffersEditAddAndDelete() {
        let state = Fixtures.openTracks()
        #expect(keys(state).contains("e"))
        #expect(keys(state).contains("a"))
        #expect(keys(state).contains("d"))
        #expect(!keys(state).contains("u"))  // nothing to undo yet
    }

    @Test func readOnlyModeOffersNoEditingKeys() {
        var state = Fixtures.openTracks()
        state.isReadOnly = true
        state.undoStack = [.deleted(table: Fixtures.tracks, values: ["TrackId": 1])]
        for key in ["e", "a", "d", "u"] { #expect(!keys(state).contains(key)) }
        #expect(keys(state).contains("x"))
    }

    @Test func aViewOffersNoEditingKeysButUndoOfAnotherTablesChange() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.longTracks)
        for key in ["e", "a", "d", "u"] { #expect(!keys(state).contains(key)) }
        state.undoStack = [.deleted(table: Fixtures.tracks, values: ["TrackId": 1])]
        #expect(keys(state).contains("u"))
        #expect(!keys(state).contains("e"))
    }

    @Test func theReadOnlyKeyLineOnScreen() throws {
        var state = Fixtures.openTracks(size: Size(width: 120, height: 40))
        state.isReadOnly = true
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        let hintLine = buffer.textSnapshot().split(separator: "\n")[state.layout.hintRow]
        #expect(
            hintLine.trimmingCharacters(in: .whitespaces)
                == "? help  / filter  F builder  =! match  s sort  Enter record  c code  x export  "
                + "q quit")
    }
}
