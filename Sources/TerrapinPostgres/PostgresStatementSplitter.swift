import Foundation

/// Cuts SQL text into statements at top-level semicolons, for scripts such as
/// `CREATE TABLE …; INSERT …`: postgres-nio only speaks the extended protocol, whose Parse
/// takes one statement. Semicolons inside `'…'`, `E'…'`, `"…"`, `$tag$…$tag$`, `-- …` and
/// `/* … */` (nested) do not cut.
enum PostgresStatementSplitter {
    /// The statements, trimmed, without empty ones.
    static func statements(in sql: String) -> [String] {
        let characters = Array(sql.unicodeScalars)
        var statements: [String] = []
        var start = 0
        var index = 0
        func statement(from lower: Int, to upper: Int) {
            var text = String(String.UnicodeScalarView(characters[lower..<upper]))
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { statements.append(text) }
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "'", "\"":
                index += 1
                while index < characters.count {
                    if characters[index] == character {
                        // A doubled quote is an escaped quote.
                        if index + 1 < characters.count, characters[index + 1] == character {
                            index += 2
                            continue
                        }
                        break
                    }
                    if character == "'", characters[index] == "\\", index + 1 < characters.count {
                        index += 1  // E'…' escapes; harmless in standard strings (\\' is rare).
                    }
                    index += 1
                }
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "/" where index + 1 < characters.count && characters[index + 1] == "*":
                var depth = 0
                while index < characters.count {
                    if characters[index] == "/", index + 1 < characters.count,
                        characters[index + 1] == "*"
                    {
                        depth += 1
                        index += 2
                        continue
                    }
                    if characters[index] == "*", index + 1 < characters.count,
                        characters[index + 1] == "/"
                    {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                        continue
                    }
                    index += 1
                }
                continue
            case "$":
                // $tag$ … $tag$ (a tag of letters, digits and underscores, possibly empty).
                var end = index + 1
                while end < characters.count,
                    characters[end].properties.isAlphabetic || characters[end] == "_"
                        || ("0"..."9").contains(characters[end])
                {
                    end += 1
                }
                if end < characters.count, characters[end] == "$",
                    !(index > 0 && characters[index - 1].properties.isAlphabetic)
                {
                    let tag = Array(characters[index...end])
                    var search = end + 1
                    while search + tag.count <= characters.count,
                        Array(characters[search..<(search + tag.count)]) != tag
                    {
                        search += 1
                    }
                    index = min(search + tag.count, characters.count)
                    continue
                }
            case ";":
                statement(from: start, to: index)
                start = index + 1
            default:
                break
            }
            index += 1
        }
        if start < characters.count { statement(from: start, to: characters.count) }
        return statements
    }
}
