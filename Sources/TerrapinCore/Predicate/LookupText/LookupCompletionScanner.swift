/// Reads lookup text up to the cursor (the end of its input) leniently, to find what the
/// cursor is in; see ``QueryPredicate/completionContext(in:cursor:)``.
struct LookupCompletionScanner {
    /// The scanner over the text before the cursor.
    private var lexer: LookupTextLexer

    /// A scanner over the text before the cursor.
    init(_ textBeforeCursor: String) {
        lexer = LookupTextLexer(textBeforeCursor)
    }

    /// The context at the end of the text.
    mutating func context() -> LookupCompletionContext {
        while true {
            if let context = skipToKey() { return context }
            let keyStart = lexer.offset
            let key: (field: String, lookup: Lookup, hasExplicitLookup: Bool)
            switch scanKey() {
            case .complete(let field, let lookup, let hasExplicitLookup):
                key = (field, lookup, hasExplicitLookup)
            case .incomplete(let context):
                return context
            case .invalid:
                lexer.offset = max(lexer.offset, keyStart + 1)
                continue
            }
            lexer.skipWhitespace()
            if lexer.isAtEnd { return make(.none, "", from: lexer.offset) }
            guard let comparison = lexer.comparison() else { continue }
            lexer.offset += comparison.length
            let lookup =
                key.hasExplicitLookup ? key.lookup : comparison.shortcutLookup ?? key.lookup
            if let prefix = scanValue() {
                return make(
                    .value(field: key.field, lookup: lookup), prefix.text, from: prefix.start)
            }
        }
    }

    /// Skips white space, operators, parentheses and keywords up to the next key; returns the
    /// context when the text ends first or inside a keyword-like word.
    private mutating func skipToKey() -> LookupCompletionContext? {
        while true {
            lexer.skipWhitespace()
            guard let scalar = lexer.peek() else { return make(.fieldName, "", from: lexer.offset) }
            if "()!~|&".unicodeScalars.contains(scalar) {
                lexer.offset += 1
                continue
            }
            if lexer.keyword() != nil {
                let end = lexer.identifierEnd(from: lexer.offset)
                guard end < lexer.source.count else { return nil }
                lexer.offset = end
                continue
            }
            return nil
        }
    }

    /// The outcome of reading a key.
    private enum KeyScan {
        /// A whole key.
        case complete(field: String, lookup: Lookup, hasExplicitLookup: Bool)
        /// The text ended inside the key.
        case incomplete(LookupCompletionContext)
        /// No key here.
        case invalid
    }

    /// Reads a plain or backtick-quoted key.
    private mutating func scanKey() -> KeyScan {
        let start = lexer.offset
        if lexer.peek() == "`" {
            guard let name = scanBacktickName() else {
                let typed = lexer.source.string(start + 1, lexer.source.count)
                let name = typed.replacingBackticks()
                return .incomplete(make(.fieldName, name, from: start))
            }
            guard lexer.hasPrefix("__") else {
                if lexer.peek() == "_", lexer.offset + 1 == lexer.source.count {
                    return .incomplete(make(.none, "", from: lexer.source.count))
                }
                return .complete(field: name, lookup: .exact, hasExplicitLookup: false)
            }
            lexer.offset += 2
            let suffixStart = lexer.offset
            while let scalar = lexer.peek(), LookupTextCharacters.isIdentifierContinue(scalar) {
                lexer.offset += 1
            }
            let suffix = lexer.source.string(suffixStart, lexer.offset)
            if lexer.isAtEnd {
                return .incomplete(make(.lookupName(field: name), suffix, from: suffixStart))
            }
            let lookup = Lookup(rawValue: suffix) ?? .exact
            return .complete(field: name, lookup: lookup, hasExplicitLookup: true)
        }
        guard let identifier = lexer.scanIdentifier() else { return .invalid }
        if lexer.isAtEnd { return .incomplete(identifierContext(identifier, start: start)) }
        let (field, lookup) = Lookup.split(identifier)
        return .complete(field: field, lookup: lookup, hasExplicitLookup: field != identifier)
    }

    /// The context inside an identifier the cursor ends: a lookup name when it has a `__`
    /// whose tail starts a lookup name, else a field name.
    private func identifierContext(_ identifier: String, start: Int) -> LookupCompletionContext {
        let scalars = Array(identifier.unicodeScalars)
        var index = scalars.count - 2
        while index >= 1 {
            if scalars[index] == "_", scalars[index + 1] == "_" {
                let field = String(String.UnicodeScalarView(scalars[..<index]))
                let partial = String(String.UnicodeScalarView(scalars[(index + 2)...]))
                let isLookupPrefix = Lookup.allCases.contains { $0.rawValue.hasPrefix(partial) }
                if isLookupPrefix {
                    return make(.lookupName(field: field), partial, from: start + index + 2)
                }
                break
            }
            index -= 1
        }
        return make(.fieldName, identifier, from: start)
    }

    /// Reads a backtick-quoted name; `nil` when the text ends before the closing backtick.
    private mutating func scanBacktickName() -> String? {
        lexer.offset += 1
        var name = String.UnicodeScalarView()
        while let scalar = lexer.peek() {
            lexer.offset += 1
            if scalar == "`" {
                guard lexer.peek() == "`" else { return String(name) }
                lexer.offset += 1
            }
            name.append(scalar)
        }
        return nil
    }

    /// Reads a value or list; returns the typed prefix when the text ends inside it.
    private mutating func scanValue() -> (text: String, start: Int)? {
        lexer.skipWhitespace()
        if lexer.isAtEnd { return ("", lexer.offset) }
        let isBracketed = lexer.peek() == "["
        if isBracketed { lexer.offset += 1 }
        while true {
            if isBracketed { lexer.skipWhitespace() }
            if lexer.isAtEnd { return ("", lexer.offset) }
            if isBracketed, lexer.peek() == "]" {
                lexer.offset += 1
                return nil
            }
            if let partial = scanScalar() { return partial }
            if isBracketed { lexer.skipWhitespace() }
            guard lexer.peek() == "," else {
                if isBracketed, lexer.peek() == "]" { lexer.offset += 1 }
                return nil
            }
            lexer.offset += 1
        }
    }

    /// Reads one value; returns the typed prefix when the text ends inside it.
    private mutating func scanScalar() -> (text: String, start: Int)? {
        let start = lexer.offset
        guard let first = lexer.peek() else { return ("", start) }
        if first == "\"" || first == "'" {
            lexer.offset += 1
            var text = String.UnicodeScalarView()
            while let scalar = lexer.peek() {
                lexer.offset += 1
                if scalar == first { return nil }
                if scalar == "\\", let escaped = lexer.peek() {
                    lexer.offset += 1
                    text.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                } else if scalar != "\\" {
                    text.append(scalar)
                }
            }
            return (String(text), start)
        }
        if LookupTextCharacters.isValueTerminator(first) { return nil }
        let word = lexer.scanBareWord()
        return lexer.isAtEnd ? (word, start) : nil
    }

    /// A context whose typed prefix starts at the scalar offset `start` and ends at the cursor.
    private func make(_ kind: LookupCompletionContext.Kind, _ prefix: String, from start: Int)
        -> LookupCompletionContext
    {
        let lower = lexer.source.characterOffset(ofScalar: start)
        let upper = lexer.source.characterCount
        return LookupCompletionContext(kind: kind, prefix: prefix, range: min(lower, upper)..<upper)
    }
}

extension String {
    /// The text with each doubled backtick made single, as inside a backtick-quoted name.
    fileprivate func replacingBackticks() -> String {
        var result = String.UnicodeScalarView()
        var previousWasBacktick = false
        for scalar in unicodeScalars {
            if scalar == "`", previousWasBacktick {
                previousWasBacktick = false
                continue
            }
            previousWasBacktick = scalar == "`"
            result.append(scalar)
        }
        return String(result)
    }
}
