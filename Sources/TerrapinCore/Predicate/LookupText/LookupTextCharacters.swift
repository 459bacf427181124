/// The character classes of the lookup text syntax.
enum LookupTextCharacters {
    /// The scalars that end a bare value: besides white space, `|&()[],`.
    static let valueTerminators: Set<Unicode.Scalar> = ["|", "&", "(", ")", "[", "]", ","]

    /// The keywords, compared case-insensitively.
    static let keywords: Set<String> = ["and", "or", "not"]

    /// Whether the scalar is white space, which separates tokens (and ANDs conditions).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Whether a plain field name may start with the scalar: `_` or a letter of any script.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    /// Whether a plain field name may go on with the scalar: a start scalar, a digit of any
    /// script, or a combining mark (so names in decomposed form such as `citta\u{300}` work).
    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if isIdentifierStart(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the scalar ends a bare value.
    static func isValueTerminator(_ scalar: Unicode.Scalar) -> Bool {
        isWhitespace(scalar) || valueTerminators.contains(scalar)
    }

    /// Whether the scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether the scalar is an ASCII hexadecimal digit.
    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || (scalar.value >= 0x41 && scalar.value <= 0x46)
            || (scalar.value >= 0x61 && scalar.value <= 0x66)
    }

    /// Whether `name` can be written without backticks: it reads back as the same field with
    /// an `exact` lookup (no keyword, no trailing `__`, no `__<lookup>` suffix).
    static func isPlainFieldName(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isIdentifierStart(first) else { return false }
        while let scalar = scalars.next() {
            guard isIdentifierContinue(scalar) else { return false }
        }
        if keywords.contains(name.lowercased()) || name.hasSuffix("__") { return false }
        let split = Lookup.split(name)
        return split.field == name && split.lookup == .exact
    }
}
