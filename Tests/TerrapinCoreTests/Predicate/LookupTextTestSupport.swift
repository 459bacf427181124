import Foundation
import TerrapinCore

/// A condition, shorter to write in expectations.
func lookupCondition(_ field: String, _ lookup: Lookup = .exact, _ operands: SQLValue...)
    -> QueryPredicate
{
    .condition(field: field, lookup: lookup, operands: operands)
}

/// Parses lookup text, for tests that expect it to parse.
func parsedLookup(_ text: String) throws -> QueryPredicate? {
    try QueryPredicate.parse(lookupText: text)
}

/// The error parsing `text` throws, or `nil` when it parses.
func lookupSyntaxError(_ text: String) -> LookupSyntaxError? {
    do {
        _ = try QueryPredicate.parse(lookupText: text)
        return nil
    } catch {
        return error
    }
}

/// SplitMix64: a small, seeded, deterministic random number generator for fuzz tests.
struct LookupFuzzGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
