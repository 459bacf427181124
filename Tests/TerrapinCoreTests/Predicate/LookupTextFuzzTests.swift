import Foundation
import TerrapinCore
import Testing

/// Seeded, deterministic fuzzing of the lookup text parser, formatter and completion; the
/// coverage-guided fuzzer in `Fuzz/` goes further, outside `swift test`.
@Suite struct LookupTextFuzzTests {
    /// Pieces random inputs are made of: the syntax's special characters, keywords, lookups,
    /// non-ASCII letters, combining marks, emoji and control characters.
    private static let pieces: [String] = [
        "a", "b", "x", "X", "n", "_", "1", "0", "9", "-", ".", "e", "E", "+", ":", "/", "@",
        "=", "!", "<", ">", "!=", ">=", "<=", "|", "||", "&", "&&", "(", ")", "[", "]", ",",
        "\"", "'", "\\", "`", "``", "~", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0}",
        "or", "OR", "and", "not", "NOT", "null", "NULL", "true", "false", "x'", "x'0a'",
        "__", "__in", "__not_in", "__range", "__isnull", "__gt", "__icontains", "__exact",
        "__not", "name", "age", "1e3", "3.5", "-12", "99999999999999999999",
        "é", "ü", "名", "città", "\u{301}", "\u{200D}", "🐢", "👩‍👩‍👧", "🇫🇷", "\u{FEFF}", "\u{2028}",
        "\\n", "\\\"", "\\q",
    ]

    /// A random input of up to `maximumPieces` pieces.
    private static func randomInput(using generator: inout LookupFuzzGenerator, maximumPieces: Int)
        -> String
    {
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }

    /// Valid text with a few random edits: pieces inserted, characters deleted or replaced.
    private static func mutatedInput(using generator: inout LookupFuzzGenerator) -> String {
        var characters = Array(RandomLookupPredicate.tree(depth: 2, using: &generator).lookupText)
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
            let index = Int.random(in: 0...characters.count, using: &generator)
            switch Int.random(in: 0...2, using: &generator) {
            case 0:
                characters.insert(
                    contentsOf: pieces.randomElement(using: &generator) ?? "", at: index)
            case 1 where index < characters.count:
                characters.remove(at: index)
            default:
                if index < characters.count {
                    characters[index] =
                        (pieces.randomElement(using: &generator) ?? "a").first ?? "a"
                }
            }
        }
        return String(characters)
    }

    @Test func randomTextParsesOrFailsInsideTheInputAndParsedTextRoundTrips() throws {
        var generator = LookupFuzzGenerator(seed: 0x7E44_A914)
        var parsedCount = 0
        for iteration in 0..<4_000 {
            let input =
                iteration.isMultiple(of: 2)
                ? Self.randomInput(using: &generator, maximumPieces: 16)
                : Self.mutatedInput(using: &generator)
            do {
                guard let predicate = try QueryPredicate.parse(lookupText: input) else { continue }
                parsedCount += 1
                let text = predicate.lookupText
                #expect(
                    try QueryPredicate.parse(lookupText: text) == predicate, "\(input) -> \(text)")
            } catch {
                #expect((0...input.count).contains(error.position), "\(input): \(error)")
                #expect(error.input == input)
            }
        }
        // The alphabet should make a fair share of valid inputs, or the test proves little.
        #expect(parsedCount > 500)
    }

    @Test func validConditionsJoinedAtRandomParseAndRoundTrip() throws {
        var generator = LookupFuzzGenerator(seed: 42)
        let conditions = [
            "a=1", "name__icontains=\"love song\"", "`First Name`!=bob", "b>=2.5", "c__in=1,2",
            "d__range=[x'00', \"z\"]", "e=null", "città__isnull=false", "f<=-3", "g=Motörhead",
        ]
        let joiners = [" ", " | ", " & ", " or ", " AND ", " !", " not ", " ( ", " ) "]
        var parsedCount = 0
        for _ in 0..<2_000 {
            var input = conditions.randomElement(using: &generator) ?? ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                input += (joiners.randomElement(using: &generator) ?? "")
                input += conditions.randomElement(using: &generator) ?? ""
            }
            do {
                guard let predicate = try QueryPredicate.parse(lookupText: input) else { continue }
                parsedCount += 1
                #expect(try QueryPredicate.parse(lookupText: predicate.lookupText) == predicate)
            } catch {
                #expect((0...input.count).contains(error.position), "\(input): \(error)")
            }
        }
        #expect(parsedCount > 500)
    }

    @Test func completionNeverFailsAndItsRangeEndsAtTheCursor() {
        var generator = LookupFuzzGenerator(seed: 7)
        for _ in 0..<2_000 {
            let input = Self.randomInput(using: &generator, maximumPieces: 12)
            let cursor = Int.random(in: -1...(input.count + 1), using: &generator)
            let context = QueryPredicate.completionContext(in: input, cursor: cursor)
            let clamped = min(max(cursor, 0), input.count)
            #expect(context.range.upperBound == clamped, "\(input) at \(cursor)")
            #expect(context.range.lowerBound >= 0)
        }
    }

    @Test func randomPredicateTreesRoundTrip() throws {
        var generator = LookupFuzzGenerator(seed: 2_024)
        for _ in 0..<1_500 {
            let predicate = RandomLookupPredicate.tree(depth: 3, using: &generator)
            let text = predicate.lookupText
            #expect(try QueryPredicate.parse(lookupText: text) == predicate, "\(text)")
        }
    }
}

/// Random predicates in the set that lookup text represents exactly (see
/// ``QueryPredicate/lookupText``): groups of two or more, no `exact`/`not` with `NULL`, no NaN.
enum RandomLookupPredicate {
    static let fieldNames = [
        "a", "name", "First Name", "città", "citta\u{300}", "名前", "or", "NOT", "x__", "a__gt",
        "a`b", "`", "9lives", "_", "🐢 count", "tab\there", "é\u{301}", "first__name",
    ]

    static func tree(depth: Int, using generator: inout LookupFuzzGenerator) -> QueryPredicate {
        let choice = depth == 0 ? 0 : Int.random(in: 0...5, using: &generator)
        switch choice {
        case 3:
            return .not(tree(depth: depth - 1, using: &generator))
        case 4, 5:
            let items = (0..<Int.random(in: 2...4, using: &generator)).map { _ in
                tree(depth: depth - 1, using: &generator)
            }
            return choice == 4 ? .and(items) : .or(items)
        default:
            return lookupCondition(using: &generator)
        }
    }

    static func lookupCondition(using generator: inout LookupFuzzGenerator) -> QueryPredicate {
        let field = fieldNames.randomElement(using: &generator) ?? "a"
        let lookup = Lookup.allCases.randomElement(using: &generator) ?? .exact
        let operands: [SQLValue]
        switch lookup {
        case .in, .notIn:
            operands = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                value(allowingNull: true, using: &generator)
            }
        case .range:
            operands = [
                value(allowingNull: true, using: &generator),
                value(allowingNull: true, using: &generator),
            ]
        case .isnull:
            operands = [.integer(Int64.random(in: 0...1, using: &generator))]
        case .exact, .not:
            operands = [value(allowingNull: false, using: &generator)]
        default:
            operands = [value(allowingNull: true, using: &generator)]
        }
        return .condition(field: field, lookup: lookup, operands: operands)
    }

    static func value(allowingNull: Bool, using generator: inout LookupFuzzGenerator) -> SQLValue {
        switch Int.random(in: allowingNull ? 0...4 : 1...4, using: &generator) {
        case 0:
            return .null
        case 1:
            let special: [Int64] = [0, -1, .min, .max, 300_000]
            return .integer(
                Bool.random(using: &generator)
                    ? special.randomElement(using: &generator) ?? 0
                    : Int64.random(in: .min ... .max, using: &generator))
        case 2:
            var real = Double(bitPattern: generator.next())
            if real.isNaN { real = -0.0 }
            return .real(real)
        case 3:
            let pieces = [
                "a", " ", "\"", "'", "\\", "\n", "\t", "\r", "|", "null", "1", "🐢", "\u{301}", "`",
            ]
            let count = Int.random(in: 0...6, using: &generator)
            return .text(
                (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
        default:
            let count = Int.random(in: 0...4, using: &generator)
            return .blob(
                Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
    }
}
