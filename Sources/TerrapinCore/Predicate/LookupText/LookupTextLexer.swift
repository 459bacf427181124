import Foundation

/// Reads the tokens of lookup text one at a time, as the parser asks for them: which token
/// comes next depends on where the parser is (a bare word is a value after `=`, a field name
/// elsewhere), so there is no separate token stream.
struct LookupTextLexer {
    /// The text being read.
    let source: LookupTextSource
    /// The offset, in scalars, of the next scalar to read.
    var offset = 0

    /// Creates a lexer at the start of `text`.
    init(_ text: String) {
        source = LookupTextSource(text)
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { offset >= source.count }

    /// The scalar `ahead` positions after the current one, if any.
    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = offset + ahead
        return index >= 0 && index < source.count ? source.scalars[index] : nil
    }

    /// Whether the text at the current offset starts with `literal`.
    func hasPrefix(_ literal: String) -> Bool {
        var index = offset
        for scalar in literal.unicodeScalars {
            guard index < source.count, source.scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// Skips white space.
    mutating func skipWhitespace() {
        while let scalar = peek(), LookupTextCharacters.isWhitespace(scalar) { offset += 1 }
    }

    /// The end offset of the plain identifier starting at `start` (`start` when there is none).
    func identifierEnd(from start: Int) -> Int {
        guard start < source.count, LookupTextCharacters.isIdentifierStart(source.scalars[start])
        else { return start }
        var end = start + 1
        while end < source.count, LookupTextCharacters.isIdentifierContinue(source.scalars[end]) {
            end += 1
        }
        return end
    }

    /// Reads a plain identifier such as `name__icontains`, or returns `nil` without moving.
    mutating func scanIdentifier() -> String? {
        let end = identifierEnd(from: offset)
        guard end > offset else { return nil }
        defer { offset = end }
        return source.string(offset, end)
    }

    /// The keyword (`and`, `or`, `not`, lowercased) at the current offset, if the word there is
    /// one and is not used as a field name (a word followed by a comparison is a field).
    func keyword() -> String? {
        let end = identifierEnd(from: offset)
        guard end > offset else { return nil }
        let word = source.string(offset, end).lowercased()
        guard LookupTextCharacters.keywords.contains(word) else { return nil }
        var lookahead = self
        lookahead.offset = end
        lookahead.skipWhitespace()
        return lookahead.comparison() == nil ? word : nil
    }

    /// Whether the keyword `word` is next (see ``keyword()``).
    func isKeyword(_ word: String) -> Bool { keyword() == word }

    /// The comparison operator at the current offset, without reading it.
    func comparison() -> LookupTextComparison? {
        LookupTextComparison.allCases.first { hasPrefix($0.rawValue) }
    }

    /// Reads a backtick-quoted name (the current scalar is the opening backtick); a doubled
    /// backtick stands for one.
    mutating func scanBacktickName() throws(LookupSyntaxError) -> String {
        let start = offset
        offset += 1
        var name = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw error(
                    at: source.count,
                    expected: "'`' to close the field name started at column \(column(of: start))",
                    found: "end of input")
            }
            offset += 1
            if scalar == "`" {
                guard peek() == "`" else { break }
                offset += 1
            }
            name.append(scalar)
        }
        return String(name)
    }

    /// Reads a quoted string (the current scalar is the opening quote), resolving the escapes
    /// `\"`, `\'`, `\\`, `\n`, `\t` and `\r`.
    mutating func scanQuoted() throws(LookupSyntaxError) -> String {
        let start = offset
        guard let quote = peek() else { return "" }
        let quoteName = quote == "'" ? "\"'\"" : "'\"'"
        offset += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw error(
                    at: source.count,
                    expected:
                        "\(quoteName) to close the text started at column \(column(of: start))",
                    found: "end of input")
            }
            offset += 1
            if scalar == quote { break }
            guard scalar == "\\" else {
                text.append(scalar)
                continue
            }
            guard let escaped = peek() else {
                throw error(
                    at: source.count,
                    expected: "an escaped character after '\\'", found: "end of input")
            }
            switch escaped {
            case "\"", "'", "\\": text.append(escaped)
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            default:
                throw error(
                    at: offset - 1,
                    expected: #"an escape such as \" \' \\ \n \t or \r"#,
                    found: "'\\\(source.character(atScalar: offset))'")
            }
            offset += 1
        }
        return String(text)
    }

    /// Reads a blob literal `x'0aff'` (the current scalar is the `x`).
    mutating func scanBlob() throws(LookupSyntaxError) -> Data {
        let start = offset
        offset += 2
        var bytes = [UInt8]()
        var high: UInt8?
        while true {
            guard let scalar = peek() else {
                throw error(
                    at: source.count,
                    expected: "' to close the blob started at column \(column(of: start))",
                    found: "end of input")
            }
            if scalar == "'" {
                guard high == nil else {
                    throw error(
                        at: offset, expected: "an even number of hex digits in the blob",
                        found: "an odd number")
                }
                offset += 1
                return Data(bytes)
            }
            guard LookupTextCharacters.isHexDigit(scalar),
                let digit = UInt8(String(scalar), radix: 16)
            else {
                throw error(
                    at: offset, expected: "a hex digit in the blob", found: found(at: offset))
            }
            offset += 1
            if let first = high {
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
    }

    /// Reads a bare word: everything up to white space or one of `|&()[],`.
    mutating func scanBareWord() -> String {
        let start = offset
        while let scalar = peek(), !LookupTextCharacters.isValueTerminator(scalar) { offset += 1 }
        return source.string(start, offset)
    }

    /// The 1-based column of the scalar at `scalarOffset`, for messages.
    func column(of scalarOffset: Int) -> Int { source.characterOffset(ofScalar: scalarOffset) + 1 }

    /// An error at the scalar offset `at`, reported at its `Character` offset.
    func error(at scalarOffset: Int, expected: String, found: String) -> LookupSyntaxError {
        LookupSyntaxError(
            input: source.text, position: source.characterOffset(ofScalar: scalarOffset),
            expected: expected, found: found)
    }

    /// An error at the current offset, describing what is there.
    func error(expected: String) -> LookupSyntaxError {
        error(at: offset, expected: expected, found: found(at: offset))
    }

    /// Describes the text at `scalarOffset` for an error's `found`: `end of input`,
    /// `the word 'foo'`, `the number '12'`, `a quoted text`, `'>='`, `'|'`.
    func found(at scalarOffset: Int) -> String {
        guard scalarOffset < source.count else { return "end of input" }
        let scalar = source.scalars[scalarOffset]
        let wordEnd = identifierEnd(from: scalarOffset)
        if wordEnd > scalarOffset {
            return "the word '\(source.string(scalarOffset, wordEnd))'"
        }
        if LookupTextCharacters.isDigit(scalar) {
            var end = scalarOffset
            while end < source.count, !LookupTextCharacters.isValueTerminator(source.scalars[end]) {
                end += 1
            }
            return "'\(source.string(scalarOffset, end))'"
        }
        if scalar == "\"" || scalar == "'" { return "a quoted text" }
        if LookupTextCharacters.isWhitespace(scalar) { return "a space" }
        var lookahead = self
        lookahead.offset = scalarOffset
        if let comparison = lookahead.comparison(), comparison.length == 2 {
            return "'\(comparison.rawValue)'"
        }
        return "'\(source.character(atScalar: scalarOffset))'"
    }
}
