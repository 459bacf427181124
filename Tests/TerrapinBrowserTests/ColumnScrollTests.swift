import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct ColumnScrollTests {
    @Test func zeroGoesToTheKeyColumnAndScrollsBackToTheLeft() throws {
        var state = Fixtures.openTracks(size: Size(width: 60, height: 24))
        _ = press(&state, .character("$"))
        let scrolled = try #require(state.table)
        #expect(scrolled.columnOffset > 0)
        _ = press(&state, .character("0"))
        let view = try #require(state.table)
        #expect(view.cursorColumn == 0)
        #expect(view.columnOffset == 0)
    }

    @Test func leftFromTheFirstScrolledColumnKeepsTheCursorInView() throws {
        var state = Fixtures.openTracks(size: Size(width: 60, height: 24))
        _ = press(&state, .character("$"), .character("0"), .right)
        let view = try #require(state.table)
        #expect(view.cursorColumn == 1)
        #expect(view.columnOffset == 0)
    }
}
