/// A small, fast, seeded pseudo-random generator (SplitMix64), so the demo database is the
/// same on every run and every platform.
///
/// Its helpers compute ranges with their own arithmetic instead of the standard library's
/// `random(in:using:)`, whose algorithm is not promised to stay the same across releases.
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// let minutes = random.int(in: 1...9)
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator; equal seeds give equal sequences.
    /// - Parameter seed: Any value.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `range`, by multiply-high (Lemire), with a bias below 2⁻⁴⁰ for the small
    /// ranges used here.
    /// - Parameter range: A non-empty range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let high = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(high)
    }

    /// `true` with the given probability.
    /// - Parameter probability: From 0 to 1.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A number in `0..<1` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// One element of a non-empty array.
    /// - Parameter elements: The choices.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }
}
