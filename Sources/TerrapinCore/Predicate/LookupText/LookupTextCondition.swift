import Foundation

/// Turns a parsed key, lookup and value into a condition, checking what each lookup accepts.
enum LookupTextCondition {
    /// The condition for `field`, `lookup` and the value as written.
    ///
    /// `in` and `not_in` take a list or one value, `range` exactly two values, `isnull` `true`
    /// or `false`, every other lookup one value. `exact` and `not` with `null` become `isnull`
    /// conditions, as in Tortoise (`x=null` is `x IS NULL`).
    ///
    /// - Parameter error: Makes the error to throw from what was expected and what was found.
    static func make(
        field: String, lookup: Lookup, value: LookupTextParser.Value,
        error: (_ expected: String, _ found: String) -> LookupSyntaxError
    ) throws(LookupSyntaxError) -> QueryPredicate {
        switch (lookup, value) {
        case (.in, .single(let operand)), (.notIn, .single(let operand)):
            return .condition(field: field, lookup: lookup, operands: [operand])
        case (.in, .list(let operands)), (.notIn, .list(let operands)):
            return .condition(field: field, lookup: lookup, operands: operands)
        case (.range, .list(let operands)) where operands.count == 2:
            return .condition(field: field, lookup: lookup, operands: operands)
        case (.range, _):
            throw error("2 values for range, as [low, high]", describe(value))
        case (.isnull, .single(let operand)):
            // `isnull`'s operand is a flag, never bound: kept as 1 or 0 whether it was written
            // `true` or `1`, so equal filters stay equal.
            let flag: Int64
            switch operand {
            case .integer(1), .bool(true): flag = 1
            case .integer(0), .bool(false): flag = 0
            default: throw error("true or false for isnull", describe(value))
            }
            return .condition(field: field, lookup: lookup, operands: [.integer(flag)])
        case (_, .list):
            throw error(
                "a single value for '\(lookup.rawValue)' (a list needs __in or __not_in)",
                describe(value))
        case (.exact, .single(.null)):
            return .condition(field: field, lookup: .isnull, operands: [.integer(1)])
        case (.not, .single(.null)):
            return .condition(field: field, lookup: .isnull, operands: [.integer(0)])
        case (_, .single(let operand)):
            return .condition(field: field, lookup: lookup, operands: [operand])
        }
    }

    /// The value as an error's `found`: `a list of 3 values`, `the text "yes"`, `the value 2`.
    static func describe(_ value: LookupTextParser.Value) -> String {
        switch value {
        case .list(let values) where values.isEmpty: return "an empty list"
        case .list(let values) where values.count == 1: return "a list of 1 value"
        case .list(let values): return "a list of \(values.count) values"
        case .single(.text(let text)): return "the text \"\(text)\""
        case .single(let value): return "the value \(value.literalDescription)"
        }
    }

    /// The value of a bare word: `null`, `true`, `false` (any case), an integer, a real, or
    /// else the word as text.
    static func bareValue(_ word: String) -> SQLValue {
        switch word.lowercased() {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        guard isNumber(word) else { return .text(word) }
        if let integer = Int64(word) { return .integer(integer) }
        if let real = Double(word) { return .real(real) }
        return .text(word)
    }

    /// Whether `word` is `-?digits(.digits)?([eE][+-]?digits)?` with ASCII digits.
    static func isNumber(_ word: String) -> Bool {
        var scalars = word.unicodeScalars[...]
        func digits() -> Bool {
            let count = scalars.prefix { LookupTextCharacters.isDigit($0) }.count
            scalars = scalars.dropFirst(count)
            return count > 0
        }
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard digits() else { return false }
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            guard digits() else { return false }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            guard digits() else { return false }
        }
        return scalars.isEmpty
    }
}
