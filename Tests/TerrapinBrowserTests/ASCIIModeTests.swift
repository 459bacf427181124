import Foundation
import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// The browser in ASCII mode, as in a locale that is not UTF-8 (issue 7, item 13): data is
/// escaped instead of blank, NULL stays apart from empty text, and nothing but ASCII is drawn.
@Suite struct ASCIIModeTests {
    /// `tracks` open in ASCII mode with CJK, NULL, empty and accented text on its page.
    private func openTracks(size: Size = Size(width: 80, height: 24)) -> BrowserState {
        var state = Fixtures.openTracks(size: size)
        state.usesASCII = true
        let rows = [
            Fixtures.track(1, "日本語", composer: nil, milliseconds: 1, album: 1),
            Fixtures.track(2, "", composer: "", milliseconds: 2, album: nil),
            Fixtures.track(3, "Café", composer: "NULL", milliseconds: 3, album: 2),
            Fixtures.track(4, "two\nlines\tand a tab", composer: "Zoë", milliseconds: 4, album: 1),
        ]
        _ = update(&state, .keyPressed(.character("r")))
        if let generation = state.inFlight.page {
            _ = update(
                &state,
                .pageLoaded(
                    generation: generation,
                    LoadedPage(rows: rows, hasMore: false, elapsedMilliseconds: 1)))
        }
        if let generation = state.inFlight.count {
            _ = update(&state, .countLoaded(generation: generation, count: 4))
        }
        return state
    }

    private func screen(_ state: BrowserState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer
    }

    private func expectOnlyASCII(
        _ buffer: ScreenBuffer, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = buffer.textSnapshot()
        #expect(
            text.unicodeScalars.allSatisfy { $0.isASCII }, "\(what) drew non-ASCII:\n\(text)",
            sourceLocation: sourceLocation)
    }

    @Test func cjkIsEscapedAndNullIsDrawnApartFromEmptyText() throws {
        let state = openTracks()
        #expect(state.table?.rows.count == 4)
        try assertSnapshot(of: state, named: "grid-ascii-escapes-80x24")
    }

    @Test func nullIsDimmedNullTextIsNotAndEmptyTextIsBlank() throws {
        let buffer = screen(openTracks())
        let lines = buffer.textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        // Row 1: Composer is NULL; row 2: Name and Composer are empty; row 3: the text "NULL".
        let nullRow = try #require(lines.firstIndex { $0.contains("\\u{65E5}") })
        let emptyRow = nullRow + 1
        let textRow = nullRow + 2
        let nullColumn = try #require(lines[nullRow].range(of: "NULL")).lowerBound
        let x = lines[nullRow].distance(from: lines[nullRow].startIndex, to: nullColumn)
        #expect(buffer[x, nullRow].style.attributes.contains(.dim))
        #expect(buffer.rowText(textRow).contains("| NULL"))
        let textX = try #require(buffer.rowText(textRow).range(of: "NULL")).lowerBound
        let textColumn = buffer.rowText(textRow).distance(
            from: buffer.rowText(textRow).startIndex, to: textX)
        #expect(!buffer[textColumn, textRow].style.attributes.contains(.dim))
        #expect(!buffer.rowText(emptyRow).contains("NULL"))
    }

    @Test func escapedTextIsMeasuredByItsLength() throws {
        let view = try #require(openTracks().table)
        let ascii = GridColumns.widths(of: view, usesASCII: true, gridWidth: 200)
        let unicode = GridColumns.widths(of: view, usesASCII: false, gridWidth: 200)
        // "\u{65E5}\u{672C}\u{8A9E}" is 24 columns, "日本語" 6; the longest Name otherwise is
        // "two\nlines\tand a tab" (20 escaped, 19 with ⏎ and the tab's stand-in).
        #expect(ascii[1] == 24)
        #expect(unicode[1] == 19)
        #expect(CellText.cell(.text("日本語"), usesASCII: true) == #"\u{65E5}\u{672C}\u{8A9E}"#)
        #expect(CellText.cell(.text("a\r\nb"), usesASCII: true) == #"a\r\nb"#)
        #expect(CellText.cell(.text("a\r\nb"), usesASCII: false) == "a⏎b")
    }

    @Test func everyScreenDrawsOnlyASCII() {
        var grid = openTracks(size: Size(width: 120, height: 40))
        expectOnlyASCII(screen(grid), "the grid")
        for (key, what) in [
            (KeyEvent.character("?"), "help"), (.enter, "the record view"),
            (.character("F"), "the filter builder"), (.character("d"), "the delete question"),
            (.character("a"), "the add form"), (.character("c"), "the code view"),
            (.character("/"), "the filter bar"),
        ] {
            var state = grid
            _ = update(&state, .keyPressed(key))
            expectOnlyASCII(screen(state), what)
        }
        _ = update(&grid, .keyPressed(.character("s")))
        #expect(grid.isBusy)
        expectOnlyASCII(screen(grid), "the status line while a query runs")

        var loading = BrowserState(size: Size(width: 80, height: 24), usesASCII: true)
        _ = update(&loading, .ticked)
        let buffer = screen(loading)
        expectOnlyASCII(buffer, "the first frame")
        #expect(buffer.textSnapshot().contains("Loading tables..."))

        let tiny = BrowserState(size: Size(width: 20, height: 5), usesASCII: true)
        expectOnlyASCII(screen(tiny), "the too-small screen")
    }

    @Test func aMessageWithAnEllipsisFromElsewhereIsDrawnInASCII() {
        var state = openTracks()
        state.message = StatusMessage(text: "Exporting to out.csv…", isError: false)
        let buffer = screen(state)
        expectOnlyASCII(buffer, "the message line")
        #expect(buffer.textSnapshot().contains("Exporting to out.csv~"))
    }
}
