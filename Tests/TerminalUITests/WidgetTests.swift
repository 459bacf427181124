import Testing

@testable import TerminalUI

@MainActor
@Suite struct WidgetTests {
    @Test func aComposedScreenMatchesItsTextSnapshot() {
        var buffer = ScreenBuffer(width: 24, height: 7)
        StatusLine(left: " terrapin", right: "db.sqlite ").draw(into: &buffer, row: 0)
        let inner = Box(title: "Tables").draw(
            into: &buffer, in: Rect(x: 0, y: 1, width: 24, height: 5))
        var list = ListView(items: ["albums", "artists", "曲 tracks", "genres"])
        list.handle(.down, visibleHeight: inner.height)
        list.handle(.down, visibleHeight: inner.height)
        list.handle(.down, visibleHeight: inner.height)
        list.draw(into: &buffer, in: inner)
        StatusLine(left: " 4 tables 🐢", right: "q quit ").draw(into: &buffer, row: 6)
        let terminal = TestBackend(width: 24, height: 7)
        terminal.draw(buffer)
        terminal.flush()
        #expect(
            terminal.textSnapshot() == """
                 terrapin     db.sqlite
                ┌ Tables ──────────────┐
                │artists               │
                │曲 tracks             │
                │genres                │
                └──────────────────────┘
                 4 tables 🐢     q quit

                """)
    }

    @Test func aBoxTitleIsTruncatedToFitTheBorder() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        let inner = Box(title: "A long title", border: .ascii).draw(
            into: &buffer, in: buffer.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(buffer.textSnapshot() == "+ A lon… +\n|        |\n+--------+\n")
    }

    @Test func aDialogIsCenteredAndClearsWhatIsBehindIt() {
        var buffer = ScreenBuffer(width: 12, height: 5, fill: Cell("x"))
        let inner = Dialog(title: "OK?", width: 8, height: 3, border: .ascii).draw(into: &buffer)
        buffer.put("yes", x: inner.x, y: inner.y)
        #expect(
            buffer.textSnapshot() == """
                xxxxxxxxxxxx
                xx+ OK? -+xx
                xx|yes   |xx
                xx+------+xx
                xxxxxxxxxxxx

                """)
    }

    @Test func theStatusLineKeepsTheRightPartAndTruncatesTheLeft() {
        let line = StatusLine(left: "a rather long message", right: "12/40")
        #expect(line.text(width: 14) == "a rathe… 12/40")
        #expect(DisplayWidth.of(line.text(width: 14)) == 14)
        #expect(StatusLine(left: "ok", right: "漢字").text(width: 10) == "ok    漢字")
        #expect(StatusLine(left: "x", right: "abcdef").text(width: 4) == "abc…")
        #expect(StatusLine(left: "x", right: "ab").text(width: 4) == "x ab")
        #expect(StatusLine(left: "x", right: "abc").text(width: 4) == " abc")
        #expect(StatusLine(left: "left only").text(width: 5) == "left…")
    }

    @Test func theSpinnerCyclesThroughItsFramesAndHasAnASCIIFallback() {
        let spinner = Spinner()
        #expect(spinner.frame(at: 0) == "⠋")
        #expect(spinner.frame(at: 10) == "⠋")
        #expect(spinner.frame(at: -1) == "⠏")
        let ascii = Spinner(isASCII: true)
        #expect((0..<4).map { ascii.frame(at: $0) } == ["|", "/", "-", "\\"])
    }

    @Test func theTestBackendRemembersTheCursor() {
        let terminal = TestBackend(width: 4, height: 1)
        terminal.showCursor(x: 2, y: 0)
        #expect(terminal.cursor?.x == 2)
        terminal.hideCursor()
        #expect(terminal.cursor == nil)
    }
}
