/// Rewrites the `?` placeholders of SQL written by a user into a dialect's numbered ones
/// (`$1`, `$2`, …), leaving every `?` that is not a placeholder alone: in string literals
/// (`'…'`, `E'…'` with backslash escapes, `$$…$$` and `$tag$…$tag$`), quoted identifiers
/// (`"…"`, `` `…` ``) and comments (`-- …` and nested `/* … */`).
///
/// A bare `?` takes the next number after the largest used so far and `?NNN` takes the
/// number NNN, as in SQLite, so the same raw SQL means the same on every backend:
///
/// ```swift
/// PlaceholderRewriter.rewrite("SELECT '?' , ? , ?1 -- ?", placeholder: { "$\($0)" })
/// // SELECT '?' , $1 , $1 -- ?
/// ```
///
/// A PostgreSQL operator spelled with `?` (`jsonb ? 'key'`, `?|`, `?&`) is taken for a
/// placeholder: use the functions (`jsonb_exists`, …), or run an ``SQLStatement`` written in
/// the dialect's own placeholders through ``Database/fetchAll(_:decode:)``.
public enum PlaceholderRewriter {
    /// `sql` with each placeholder replaced by `placeholder(position)`.
    ///
    /// - Parameters:
    ///   - sql: SQL with `?` and `?NNN` placeholders.
    ///   - placeholder: The dialect's placeholder for a 1-based position.
    public static func rewrite(_ sql: String, placeholder: (Int) -> String) -> String {
        let bytes = Array(sql.utf8)
        guard bytes.contains(UInt8(ascii: "?")) else { return sql }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        var largest = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"):
                let escapes =
                    index > 0 && (bytes[index - 1] | 0x20) == UInt8(ascii: "e")
                    && (index < 2 || !isIdentifierByte(bytes[index - 2]))
                let end = endOfQuoted(bytes, from: index, quote: byte, backslashEscapes: escapes)
                output += bytes[index..<end]
                index = end
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                let end = endOfQuoted(bytes, from: index, quote: byte, backslashEscapes: false)
                output += bytes[index..<end]
                index = end
            case UInt8(ascii: "-")
            where index + 1 < bytes.count
                && bytes[index + 1] == UInt8(ascii: "-"):
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                output += bytes[index..<end]
                index = end
            case UInt8(ascii: "/")
            where index + 1 < bytes.count
                && bytes[index + 1] == UInt8(ascii: "*"):
                let end = endOfBlockComment(bytes, from: index)
                output += bytes[index..<end]
                index = end
            case UInt8(ascii: "$")
            where index == 0 || !isIdentifierByte(bytes[index - 1]):
                if let end = endOfDollarQuoted(bytes, from: index) {
                    output += bytes[index..<end]
                    index = end
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "?"):
                var digitsEnd = index + 1
                while digitsEnd < bytes.count, isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                let position: Int
                if digitsEnd > index + 1,
                    let number = Int(
                        String(decoding: bytes[(index + 1)..<digitsEnd], as: UTF8.self))
                {
                    position = number
                } else {
                    position = largest + 1
                    digitsEnd = index + 1
                }
                largest = max(largest, position)
                output += Array(placeholder(position).utf8)
                index = digitsEnd
            default:
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index after the closing quote of a quoted run starting at `start` (a doubled
    /// quote stays inside; so does a backslash-escaped one when `backslashEscapes`), or the
    /// end when it never closes.
    private static func endOfQuoted(
        _ bytes: [UInt8], from start: Int, quote: UInt8, backslashEscapes: Bool
    ) -> Int {
        var index = start + 1
        while index < bytes.count {
            if backslashEscapes, bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The index after the `*/` that closes the comment starting at `start`, counting nested
    /// comments as PostgreSQL does, or the end.
    private static func endOfBlockComment(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The index after a dollar-quoted string (`$$…$$`, `$tag$…$tag$`) starting at `start`,
    /// or `nil` when the `$` opens none (a `$1` parameter, a lone `$`).
    private static func endOfDollarQuoted(_ bytes: [UInt8], from start: Int) -> Int? {
        var tagEnd = start + 1
        if tagEnd < bytes.count, isIdentifierStart(bytes[tagEnd]) {
            // A tag is an identifier without `$`.
            while tagEnd < bytes.count, isIdentifierStart(bytes[tagEnd]) || isDigit(bytes[tagEnd]) {
                tagEnd += 1
            }
        }
        guard tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "$") else { return nil }
        let delimiter = Array(bytes[start...tagEnd])
        var index = tagEnd + 1
        while index + delimiter.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "$"),
                Array(bytes[index..<(index + delimiter.count)]) == delimiter
            {
                return index + delimiter.count
            }
            index += 1
        }
        return bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Letters, `_` and any byte of a non-ASCII character.
    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        let lowered = byte | 0x20
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowered)
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// What may follow in an identifier: also digits and `$`.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "$")
    }
}
