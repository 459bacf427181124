import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct HelpViewTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Everything the help shows at `size`, scrolled from the top to the bottom.
    private func everyScreen(at size: Size) -> String {
        var state = Fixtures.openTracks(size: size)
        _ = press(&state, .character("?"))
        var screens = ""
        let last = HelpView.maximumScroll(in: state.layout.overlay, ascii: false)
        for scroll in 0...last {
            state.mode = .help(scroll: scroll)
            var buffer = ScreenBuffer(size: size)
            render(state, into: &buffer)
            screens += buffer.textSnapshot()
        }
        return screens
    }

    @Test(arguments: sizes) func longActionsWrapInsteadOfBeingCut(size: Size) {
        let shown = Set(everyScreen(at: size).split { $0 == " " || $0 == "\n" || $0 == "║" })
        for entry in HelpView.entries {
            let missing = entry.action.split(separator: " ").filter { !shown.contains($0) }
            #expect(missing.isEmpty, "\(entry.key): \(missing) not on screen")
        }
    }

    @Test func wrappedLinesFitAndKeepEveryWord() {
        let innerWidth = 60
        let lines = HelpView.lines(innerWidth: innerWidth)
        let actionWidth = innerWidth - HelpView.keyWidth - 4
        #expect(lines.allSatisfy { $0.isTitle || DisplayWidth.of($0.text) <= actionWidth })
        let words = HelpView.entries.flatMap { $0.action.split(separator: " ") }
        let shown = lines.flatMap { $0.text.split(separator: " ") }
        #expect(shown == words)
    }

    @Test func scrollingStopsAtTheLastLineSoUpMovesAtOnce() throws {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("?"))
        for _ in 0..<100 { _ = press(&state, .character("j")) }
        let last = HelpView.maximumScroll(in: state.layout.overlay, ascii: false)
        #expect(last > 0)
        #expect(state.mode == .help(scroll: last))
        _ = press(&state, .character("k"))
        #expect(state.mode == .help(scroll: last - 1))
    }
}
