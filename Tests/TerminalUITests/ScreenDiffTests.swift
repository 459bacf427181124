import Testing

@testable import TerminalUI

/// A small deterministic random generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@MainActor
@Suite struct ScreenDiffTests {
    static let samples = ["a", "b", "Z", " ", "日", "本", "🐢", "é", "한", "👨‍👩‍👧", "─", "\t"]
    static let styles = [
        Style.plain, Style(attributes: .reverse), Style(foreground: .red),
        Style(foreground: .brightWhite, background: .blue, attributes: [.bold, .underline]),
    ]

    /// A buffer with random text runs drawn at random places (wide characters overlapping).
    static func randomBuffer(
        width: Int, height: Int, using generator: inout SeededGenerator
    ) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        for _ in 0..<Int.random(in: 0...(width * height / 2 + 1), using: &generator) {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                text += samples.randomElement(using: &generator) ?? "?"
            }
            buffer.put(
                text,
                x: Int.random(in: -2...width, using: &generator),
                y: Int.random(in: 0..<max(1, height), using: &generator),
                style: styles.randomElement(using: &generator) ?? .plain)
        }
        return buffer
    }

    @Test func identicalBuffersNeedNoUpdates() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        buffer.put("日本 ok", x: 0, y: 1)
        #expect(ScreenBuffer.diff(from: buffer, to: buffer).isEmpty)
    }

    @Test func aChangedWordProducesOneRunOnItsRow() {
        var old = ScreenBuffer(width: 10, height: 3)
        old.put("hello", x: 0, y: 1)
        var new = old
        new.put("J", x: 0, y: 1)
        new.put("y", x: 4, y: 1)
        let updates = ScreenBuffer.diff(from: old, to: new)
        #expect(
            updates == [.run(x: 0, y: 1, cells: [Cell("J")])] + [
                .run(x: 4, y: 1, cells: [Cell("y")])
            ])
    }

    @Test func runsSeparatedByOneUnchangedCellAreMerged() {
        let old = ScreenBuffer(width: 6, height: 1)
        var new = old
        new.put("a b", x: 1, y: 0)
        #expect(
            ScreenBuffer.diff(from: old, to: new) == [
                .run(x: 1, y: 0, cells: [Cell("a"), Cell(" "), Cell("b")])
            ])
    }

    @Test func aChangeInAContinuationCellRewritesTheWholeWideCharacter() {
        var old = ScreenBuffer(width: 4, height: 1)
        old.put("日", x: 1, y: 0)
        var new = ScreenBuffer(width: 4, height: 1)
        new.put("日", x: 1, y: 0, style: Style(attributes: .bold))
        let updates = ScreenBuffer.diff(from: old, to: new)
        let bold = Style(attributes: .bold)
        #expect(
            updates == [.run(x: 1, y: 0, cells: [Cell("日", style: bold), Cell("", style: bold)])])
    }

    @Test func aSizeChangeClearsAndRedrawsEveryRow() {
        let old = ScreenBuffer(width: 3, height: 1)
        var new = ScreenBuffer(width: 2, height: 2)
        new.put("ok", x: 0, y: 1)
        #expect(
            ScreenBuffer.diff(from: old, to: new) == [
                .clear(width: 2, height: 2),
                .run(x: 0, y: 0, cells: [.blank, .blank]),
                .run(x: 0, y: 1, cells: [Cell("o"), Cell("k")]),
            ])
    }

    @Test(arguments: [1, 2, 3, 42, 2024])
    func applyingTheDiffReproducesRandomBuffersExactly(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        for _ in 0..<40 {
            let width = Int.random(in: 1...14, using: &generator)
            let height = Int.random(in: 1...5, using: &generator)
            let terminal = TestBackend(width: width, height: height)
            var previous = ScreenBuffer(width: width, height: height)
            for _ in 0..<5 {
                let frame = Self.randomBuffer(width: width, height: height, using: &generator)
                terminal.draw(frame)
                terminal.flush()
                #expect(terminal.screen == frame)
                if terminal.screen != frame {
                    Issue.record(
                        "seed \(seed): \(previous.textSnapshot()) → \(frame.textSnapshot())")
                    return
                }
                previous = frame
            }
        }
    }

    @Test func aResizedTerminalIsRedrawnCompletely() {
        var generator = SeededGenerator(state: 7)
        let terminal = TestBackend(width: 10, height: 3)
        terminal.draw(Self.randomBuffer(width: 10, height: 3, using: &generator))
        terminal.resize(to: Size(width: 6, height: 4))
        let frame = Self.randomBuffer(width: 6, height: 4, using: &generator)
        terminal.draw(frame)
        terminal.flush()
        #expect(terminal.screen == frame)
    }

    @Test func unchangedFramesWriteNothing() {
        let terminal = TestBackend(width: 20, height: 4)
        var frame = ScreenBuffer(width: 20, height: 4)
        frame.put("status: 日本 ok", x: 0, y: 3)
        terminal.draw(frame)
        let written = terminal.cellsWritten
        terminal.draw(frame)
        #expect(terminal.cellsWritten == written)
        frame.put("!", x: 19, y: 0)
        terminal.draw(frame)
        #expect(terminal.cellsWritten == written + 1)
    }
}
