/// A recursive-descent parser for lookup text such as
/// `name__icontains="love song" milliseconds__gt=300000 | genre=Jazz`.
///
/// ```text
/// expression := or
/// or         := and (('|' | '||' | 'or') and)*
/// and        := unary (('&' | '&&' | 'and')? unary)*      juxtaposition is AND
/// unary      := ('!' | '~' | 'not') unary | primary
/// primary    := '(' expression ')' | condition
/// condition  := key comparison value                       spaces allowed around comparison
/// key        := identifier | '`' name '`' ('__' lookup)?
/// comparison := '=' | '!=' | '>' | '>=' | '<' | '<='
/// value      := scalar (',' scalar)* | '[' (scalar (',' scalar)*)? ']'
/// scalar     := quoted text | number | null | true | false | x'hex' | bare word
/// ```
///
/// Keywords are case-insensitive; a keyword followed by a comparison is a field name.
struct LookupTextParser {
    /// How deeply parentheses and negations may nest, so that hostile input cannot exhaust
    /// the stack.
    static let maximumDepth = 200

    /// The scanner over the input.
    private var lexer: LookupTextLexer

    /// A parser over `text`.
    init(_ text: String) {
        lexer = LookupTextLexer(text)
    }

    /// Parses the whole text; `nil` when it is empty or white space.
    mutating func parse() throws(LookupSyntaxError) -> QueryPredicate? {
        lexer.skipWhitespace()
        if lexer.isAtEnd { return nil }
        let predicate = try parseOr(depth: 0, context: nil)
        lexer.skipWhitespace()
        guard lexer.isAtEnd else {
            if lexer.peek() == ")" {
                throw lexer.error(expected: "the end of the filter (no '(' is open)")
            }
            throw lexer.error(expected: "a field name")
        }
        return predicate
    }

    // MARK: - Expressions

    /// `and (('|' | 'or') and)*`, flattened into one `.or`.
    private mutating func parseOr(depth: Int, context: String?) throws(LookupSyntaxError)
        -> QueryPredicate
    {
        var items = [try parseAnd(depth: depth, context: context)]
        while true {
            lexer.skipWhitespace()
            let operatorName: String
            if lexer.peek() == "|" {
                operatorName = lexer.peek(1) == "|" ? "'||'" : "'|'"
                lexer.offset += operatorName == "'||'" ? 2 : 1
            } else if let keyword = lexer.keyword(), keyword == "or" {
                operatorName = "'\(lexer.source.string(lexer.offset, lexer.offset + 2))'"
                lexer.offset += 2
            } else {
                break
            }
            items.append(try parseAnd(depth: depth, context: operatorName))
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    /// `unary (('&' | 'and')? unary)*`, flattened into one `.and`.
    private mutating func parseAnd(depth: Int, context: String?) throws(LookupSyntaxError)
        -> QueryPredicate
    {
        var items = [try parseUnary(depth: depth, context: context)]
        while true {
            lexer.skipWhitespace()
            guard let scalar = lexer.peek() else { break }
            if scalar == "&" {
                let operatorName = lexer.peek(1) == "&" ? "'&&'" : "'&'"
                lexer.offset += operatorName == "'&&'" ? 2 : 1
                items.append(try parseUnary(depth: depth, context: operatorName))
            } else if let keyword = lexer.keyword() {
                guard keyword != "or" else { break }
                if keyword == "and" {
                    let operatorName = "'\(lexer.source.string(lexer.offset, lexer.offset + 3))'"
                    lexer.offset += 3
                    items.append(try parseUnary(depth: depth, context: operatorName))
                } else {
                    items.append(try parseUnary(depth: depth, context: nil))
                }
            } else if startsUnary(scalar) {
                items.append(try parseUnary(depth: depth, context: nil))
            } else {
                break
            }
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    /// Whether a condition, a group or a negation can start with `scalar` (for juxtaposition).
    private func startsUnary(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == "!" || scalar == "~" || scalar == "`"
            || LookupTextCharacters.isIdentifierStart(scalar)
    }

    /// `('!' | '~' | 'not')* primary`.
    private mutating func parseUnary(depth: Int, context: String?) throws(LookupSyntaxError)
        -> QueryPredicate
    {
        var negations = 0
        var context = context
        while true {
            lexer.skipWhitespace()
            if let scalar = lexer.peek(), scalar == "!" || scalar == "~" {
                context = "'\(scalar)'"
                lexer.offset += 1
            } else if lexer.isKeyword("not") {
                context = "'\(lexer.source.string(lexer.offset, lexer.offset + 3))'"
                lexer.offset += 3
            } else {
                break
            }
            negations += 1
            guard depth + negations <= Self.maximumDepth else {
                throw lexer.error(
                    at: lexer.offset - 1,
                    expected: "at most \(Self.maximumDepth) nested negations and parentheses",
                    found: "more")
            }
        }
        var predicate = try parsePrimary(depth: depth + negations, context: context)
        for _ in 0..<negations { predicate = .not(predicate) }
        return predicate
    }

    /// `'(' expression ')' | condition`.
    private mutating func parsePrimary(depth: Int, context: String?) throws(LookupSyntaxError)
        -> QueryPredicate
    {
        lexer.skipWhitespace()
        guard lexer.peek() == "(" else {
            return try parseCondition(context: context)
        }
        let open = lexer.offset
        guard depth < Self.maximumDepth else {
            throw lexer.error(
                at: open, expected: "at most \(Self.maximumDepth) nested negations and parentheses",
                found: "more")
        }
        lexer.offset += 1
        let inner = try parseOr(depth: depth + 1, context: "'('")
        lexer.skipWhitespace()
        guard lexer.peek() == ")" else {
            throw lexer.error(expected: "')' to close the '(' at column \(lexer.column(of: open))")
        }
        lexer.offset += 1
        return inner
    }

    // MARK: - Conditions

    /// `key comparison value`.
    private mutating func parseCondition(context: String?) throws(LookupSyntaxError)
        -> QueryPredicate
    {
        let key = try parseKey(context: context)
        lexer.skipWhitespace()
        let comparisonStart = lexer.offset
        guard let comparison = lexer.comparison() else {
            throw lexer.error(expected: "a comparison such as '=' or '>=' after \(key.text)")
        }
        lexer.offset += comparison.length
        var lookup = key.lookup
        if let shortcut = comparison.shortcutLookup {
            guard !key.hasExplicitLookup else {
                throw lexer.error(
                    at: comparisonStart,
                    expected: "'=' after the lookup '__\(key.lookup.rawValue)'",
                    found: "'\(comparison.rawValue)'")
            }
            lookup = shortcut
        }
        lexer.skipWhitespace()
        let reporter = lexer
        let value = try parseValue(after: comparison)
        return try LookupTextCondition.make(field: key.field, lookup: lookup, value: value) {
            expected, found in reporter.error(at: reporter.offset, expected: expected, found: found)
        }
    }

    /// A field name, optionally with a lookup suffix.
    private struct Key {
        /// The field name.
        var field: String
        /// The lookup the key names, `exact` when it has no suffix.
        var lookup: Lookup
        /// Whether the key ends with a `__<lookup>` suffix (shortcuts are not allowed then).
        var hasExplicitLookup: Bool
        /// The key as written, quoted, for messages.
        var text: String
    }

    /// `identifier | '`' name '`' ('__' lookup)?`.
    private mutating func parseKey(context: String?) throws(LookupSyntaxError) -> Key {
        let start = lexer.offset
        if lexer.peek() == "`" {
            let name = try lexer.scanBacktickName()
            guard !name.isEmpty else {
                throw lexer.error(
                    at: start, expected: "a field name between the backticks", found: "'``'")
            }
            guard lexer.hasPrefix("__") else {
                return Key(
                    field: name, lookup: .exact, hasExplicitLookup: false,
                    text: lexer.source.string(start, lexer.offset))
            }
            lexer.offset += 2
            let suffixStart = lexer.offset
            while let scalar = lexer.peek(), LookupTextCharacters.isIdentifierContinue(scalar) {
                lexer.offset += 1
            }
            guard let lookup = Lookup(rawValue: lexer.source.string(suffixStart, lexer.offset))
            else {
                throw lexer.error(
                    at: suffixStart, expected: "a lookup such as 'icontains' or 'gt' after '__'",
                    found: lexer.found(at: suffixStart))
            }
            return Key(
                field: name, lookup: lookup, hasExplicitLookup: true,
                text: lexer.source.string(start, lexer.offset))
        }
        guard let identifier = lexer.scanIdentifier() else {
            let expected = context.map { "a condition after \($0)" } ?? "a field name"
            throw lexer.error(expected: expected)
        }
        if identifier.hasSuffix("__") {
            throw lexer.error(expected: "a lookup such as 'icontains' or 'gt' after '__'")
        }
        let (field, lookup) = Lookup.split(identifier)
        guard !field.isEmpty else {
            throw lexer.error(
                at: start, expected: "a field name before '__\(lookup.rawValue)'",
                found: "'\(identifier)'")
        }
        return Key(
            field: field, lookup: lookup, hasExplicitLookup: field != identifier,
            text: "'\(identifier)'")
    }

    // MARK: - Values

    /// A single value or a list of values, as written after the comparison.
    enum Value {
        /// One value without list syntax.
        case single(SQLValue)
        /// A bracketed list, or bare values separated by commas.
        case list([SQLValue])
    }

    /// `scalar (',' scalar)* | '[' (scalar (',' scalar)*)? ']'`.
    private mutating func parseValue(after comparison: LookupTextComparison)
        throws(LookupSyntaxError) -> Value
    {
        let afterComparison = "a value after '\(comparison.rawValue)'"
        guard let first = lexer.peek(),
            !LookupTextCharacters.isValueTerminator(first) || first == "["
        else {
            throw lexer.error(expected: afterComparison)
        }
        if first == "[" { return .list(try parseBracketedList()) }
        let value = try parseScalar(expected: afterComparison)
        guard lexer.peek() == "," else { return .single(value) }
        var values = [value]
        while lexer.peek() == "," {
            lexer.offset += 1
            values.append(try parseScalar(expected: "a value after ','"))
        }
        return .list(values)
    }

    /// `'[' (scalar (',' scalar)*)? ']'`, spaces allowed inside.
    private mutating func parseBracketedList() throws(LookupSyntaxError) -> [SQLValue] {
        let open = lexer.offset
        lexer.offset += 1
        lexer.skipWhitespace()
        var values: [SQLValue] = []
        if lexer.peek() == "]" {
            lexer.offset += 1
            return values
        }
        values.append(try parseScalar(expected: "a value or ']' after '['"))
        while true {
            lexer.skipWhitespace()
            switch lexer.peek() {
            case ",":
                lexer.offset += 1
                lexer.skipWhitespace()
                values.append(try parseScalar(expected: "a value after ','"))
            case "]":
                lexer.offset += 1
                return values
            default:
                throw lexer.error(
                    expected: "',' or ']' to close the '[' at column \(lexer.column(of: open))")
            }
        }
    }

    /// One value: quoted text, a number, `null`, `true`, `false`, a blob or a bare word.
    private mutating func parseScalar(expected: String) throws(LookupSyntaxError) -> SQLValue {
        guard let first = lexer.peek(), !LookupTextCharacters.isValueTerminator(first) else {
            throw lexer.error(expected: expected)
        }
        if first == "\"" || first == "'" { return .text(try lexer.scanQuoted()) }
        if first == "x" || first == "X", lexer.peek(1) == "'" { return .blob(try lexer.scanBlob()) }
        return LookupTextCondition.bareValue(lexer.scanBareWord())
    }
}
