import Foundation
import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// Not a test: prints what a key costs with a one-megabyte cell on the page, against a page
/// of short cells (issue 7, item 15). Run it by hand, it asserts nothing about time:
///
///     TERRAPIN_MEASURE=1 swift test --filter LongCellCostHarness
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TERRAPIN_MEASURE"] == "1"))
struct LongCellCostHarness {
    /// The median milliseconds of one key (`j` then `k`, alternating): update plus a full
    /// render of a 120x40 screen, as the runtime does for every key.
    private func millisecondsPerKey(
        rows: [DynamicRow], inRecordView: Bool = false, rounds: Int = 40
    ) -> Double {
        var state = Fixtures.openTracks(size: Size(width: 120, height: 40))
        _ = update(&state, .keyPressed(.character("r")))
        if let generation = state.inFlight.page {
            _ = update(
                &state,
                .pageLoaded(
                    generation: generation,
                    LoadedPage(rows: rows, hasMore: false, elapsedMilliseconds: 1)))
        }
        // On the long cell's column, as a user reading it would be.
        _ = update(&state, .keyPressed(.right))
        if inRecordView {
            // The record view of the long row; j/k then move between its fields.
            _ = update(&state, .keyPressed(.down))
            _ = update(&state, .keyPressed(.enter))
        }
        var buffer = ScreenBuffer(size: state.size)
        var samples: [Double] = []
        let clock = ContinuousClock()
        for round in 0..<rounds {
            let key: KeyEvent = round.isMultiple(of: 2) ? .character("j") : .character("k")
            let elapsed = clock.measure {
                _ = update(&state, .keyPressed(key))
                render(state, into: &buffer)
            }
            samples.append(
                Double(elapsed.components.attoseconds) / 1e15
                    + Double(elapsed.components.seconds) * 1e3)
        }
        return samples.sorted()[samples.count / 2]
    }

    @Test func printsTheCostOfAKeyWithAndWithoutAOneMegabyteCell() {
        let small = Fixtures.trackRows
        let megabyte = String(repeating: "All work and no play. ", count: 1_048_576 / 22)
        var long = small
        long[1] = Fixtures.track(2, megabyte, composer: nil, milliseconds: 1, album: 1)
        let cjk = String(repeating: "日本語のテキスト", count: 1_048_576 / 24)
        var wide = small
        wide[1] = Fixtures.track(2, cjk, composer: nil, milliseconds: 1, album: 1)
        var ascii = small
        ascii[1] = Fixtures.track(
            2, megabyte + "\n" + cjk, composer: nil, milliseconds: 1, album: 1)
        print("LongCellCostHarness small page:          \(millisecondsPerKey(rows: small)) ms/key")
        print("LongCellCostHarness 1 MB ASCII cell:     \(millisecondsPerKey(rows: long)) ms/key")
        print("LongCellCostHarness 1 MB CJK cell:       \(millisecondsPerKey(rows: wide)) ms/key")
        print("LongCellCostHarness 2 MB, line break:    \(millisecondsPerKey(rows: ascii)) ms/key")
        let record = millisecondsPerKey(rows: long, inRecordView: true, rounds: 10)
        print("LongCellCostHarness record view, 1 MB:   \(record) ms/key")
    }
}
