import Testing

@testable import TerrapinDemo

@Suite struct SeededGeneratorTests {
    @Test func equalSeedsGiveEqualSequences() {
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 7)
        #expect((0..<100).map { _ in first.next() } == (0..<100).map { _ in second.next() })
    }

    @Test func differentSeedsGiveDifferentSequences() {
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 8)
        #expect((0..<10).map { _ in first.next() } != (0..<10).map { _ in second.next() })
    }

    @Test func integersStayInTheirRangeAndCoverIt() {
        var random = SeededGenerator(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = random.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(-3...3))
    }

    @Test func unitValuesAreBelowOne() {
        var random = SeededGenerator(seed: 2)
        for _ in 0..<1_000 {
            let value = random.unit()
            #expect(value >= 0 && value < 1)
        }
    }
}
