import Foundation
import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// A huge value costs what its visible start does (issue 7, item 15): everything that turns a
/// cell into screen text looks at a bounded prefix. Proved by output, not by timing: the
/// screen of a one-megabyte value is the screen of its first few thousand characters.
@Suite struct LongCellTests {
    static let megabyte = String(repeating: "All work and no play. ", count: 1_048_576 / 22)

    /// `tracks` open at 120x40 with `name` as the Name of the second row, the cursor on it.
    private func screen(
        withName name: String, usesASCII: Bool = false, inRecordView: Bool = false
    ) -> String {
        var state = Fixtures.openTracks(size: Size(width: 120, height: 40))
        state.usesASCII = usesASCII
        var rows = Fixtures.trackRows
        rows[1] = Fixtures.track(2, name, composer: nil, milliseconds: 1, album: 1)
        _ = update(&state, .keyPressed(.character("r")))
        if let generation = state.inFlight.page {
            _ = update(
                &state,
                .pageLoaded(
                    generation: generation,
                    LoadedPage(rows: rows, hasMore: false, elapsedMilliseconds: 1)))
        }
        _ = update(&state, .keyPressed(.down))
        if inRecordView { _ = update(&state, .keyPressed(.enter)) }
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer.textSnapshot()
    }

    @Test func aMegabyteCellShowsExactlyWhatItsStartShowsEndingInTheCutMark() {
        let whole = screen(withName: Self.megabyte)
        let start = screen(withName: String(Self.megabyte.prefix(2_000)))
        #expect(whole == start)
        let row = whole.split(separator: "\n").first { $0.contains("All work") } ?? ""
        #expect(row.contains("│ All work and no play. All work and…│"), "\(row)")
    }

    @Test func theSameHoldsForWideTextInASCIIAndInTheRecordView() {
        let cjk = String(repeating: "日本語のテキスト", count: 1_048_576 / 24)
        #expect(screen(withName: cjk) == screen(withName: String(cjk.prefix(2_000))))
        #expect(
            screen(withName: cjk, usesASCII: true)
                == screen(withName: String(cjk.prefix(2_000)), usesASCII: true))
        let record = screen(withName: Self.megabyte, inRecordView: true)
        let recordStart = screen(withName: String(Self.megabyte.prefix(20_000)), inRecordView: true)
        #expect(record == recordStart)
        // The record view wraps no more than its lines can show, then the cut mark.
        let recordText = CellText.recordText(
            .text(Self.megabyte), usesASCII: false, maxCells: 40 * 80)
        #expect(recordText.utf8.count < 64 + 4 * 40 * 80 + 8)
        #expect(recordText.hasSuffix(" …"))
    }

    @Test func aLineBreakFarIntoTheValueIsNeverLookedFor() {
        // The break sits a megabyte in: the cell is the same as without it, no `⏎` anywhere.
        let withBreak = Self.megabyte + "\nsecond line"
        #expect(screen(withName: withBreak) == screen(withName: Self.megabyte))
        #expect(!CellText.cell(.text(withBreak), usesASCII: false).contains("⏎"))
    }

    @Test func cellTextIsBoundedByTheWidestColumnWhateverTheValue() {
        let maximum = GridColumns.maximumWidth
        let values = [
            Self.megabyte,
            String(repeating: "日本", count: 500_000),
            "e" + String(repeating: "\u{301}", count: 500_000),  // one cluster, a megabyte
            String(repeating: "👨‍👩‍👧", count: 60_000),
            String(repeating: "a\tb\n", count: 250_000),
        ]
        for value in values {
            for usesASCII in [false, true] {
                let text = CellText.cell(.text(value), usesASCII: usesASCII)
                #expect(DisplayWidth.of(text) <= maximum + 1, "\(text.prefix(20))")
                #expect(text.hasSuffix(CellText.cutMark(usesASCII: usesASCII)))
                #expect(text.utf8.count < 4_096)
            }
        }
    }

    @Test func shortValuesAreUnchangedAndACutIsMarkedOnlyWhenSomethingWasLeftOut() {
        #expect(CellText.cell(.text("Balls to the Wall"), usesASCII: false) == "Balls to the Wall")
        #expect(CellText.cell(.text("夜に駆ける"), usesASCII: false) == "夜に駆ける")
        #expect(CellText.cell(.text(""), usesASCII: false) == "")
        let exactly = String(repeating: "x", count: GridColumns.maximumWidth)
        #expect(CellText.cell(.text(exactly), usesASCII: false) == exactly)
        #expect(CellText.cell(.text(exactly + "y"), usesASCII: false) == exactly + "…")
        #expect(CellText.cell(.text("two\nlines"), usesASCII: false) == "two⏎lines")
    }
}
