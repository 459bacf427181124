import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// A destructive action goes ahead only after a confirmation that was drawn on screen, and no
/// key acts while the terminal is too small to draw anything but a notice.
@Suite struct DestructiveConfirmationTests {
    @Test func keysTypedWhileTheTerminalIsTooSmallDoNothing() {
        var state = Fixtures.openTracks()
        _ = update(&state, .resized(Size(width: 30, height: 10)))
        let effects = press(&state, .character("d"), .character("y"))
        #expect(effects.isEmpty)
        #expect(state.mode == .browsing)
        _ = update(&state, .resized(Size(width: 80, height: 24)))
        #expect(state.mode == .browsing)
        #expect(state.inFlight.write == nil)
    }

    @Test func everyKindOfKeyIsIgnoredWhileTooSmallButQQuits() {
        var state = Fixtures.openTracks()
        _ = update(&state, .resized(Size(width: 39, height: 24)))
        for key: KeyEvent in [.character("e"), .character("a"), .character("x"), .enter, .down] {
            #expect(press(&state, key).isEmpty)
        }
        #expect(state.mode == .browsing)
        #expect(state.table?.cursorRow == 0)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func aConfirmationNotYetDrawnIgnoresTheAnswer() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("d"))
        // The frame with the question has not been drawn yet: `y` must not delete.
        #expect(press(&state, .character("y")).isEmpty)
        guard case .confirming(let confirmation) = state.mode else {
            Issue.record("the question should still be open")
            return
        }
        #expect(!confirmation.hasBeenDrawn)
        _ = update(&state, .framePresented)
        let effects = press(&state, .character("y"))
        guard case .deleteRow(_, _, let key, _) = effects.first else {
            Issue.record("expected the delete once the question was drawn")
            return
        }
        #expect(key == ["TrackId": 1])
    }

    @Test func aFrameDrawnWhileTooSmallDoesNotCountAsShowingTheQuestion() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("d"))
        _ = update(&state, .resized(Size(width: 30, height: 10)))
        _ = update(&state, .framePresented)
        _ = update(&state, .resized(Size(width: 80, height: 24)))
        #expect(press(&state, .character("y")).isEmpty)
        _ = update(&state, .framePresented)
        #expect(!press(&state, .character("y")).isEmpty)
    }

    @Test func theQuestionIsOnScreenWhenItCountsAsDrawn() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("d"))
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("Delete the row TrackId=1 of tracks?"))
        var tiny = state
        _ = update(&tiny, .resized(Size(width: 30, height: 10)))
        var small = ScreenBuffer(size: tiny.size)
        render(tiny, into: &small)
        #expect(!small.textSnapshot().contains("Delete"))
        #expect(small.textSnapshot().contains("Terminal too small"))
    }
}
