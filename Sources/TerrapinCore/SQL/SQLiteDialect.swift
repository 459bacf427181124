/// SQLite's SQL: `?` placeholders, `GLOB` for case-sensitive patterns (SQLite's `LIKE`
/// ignores ASCII case), `IS` for null-safe equality, types by affinity.
public struct SQLiteDialect: SQLDialect {
    /// Creates the dialect.
    public init() {}

    /// `sqlite`.
    public var name: String { "sqlite" }
    /// Always `?`; SQLite numbers them in order.
    public func placeholder(at position: Int) -> String { "?" }
    /// `sql` unchanged: SQLite numbers `?` itself and reads `?NNN`, `:name` and `$name`.
    public func rewritingPlaceholders(in sql: String) -> String { sql }
    /// `IS`.
    public var nullSafeEqualOperator: String { "IS" }
    /// `IS NOT`.
    public var nullSafeNotEqualOperator: String { "IS NOT" }
    /// `LIMIT -1`: SQLite takes `OFFSET` only after a `LIMIT`, and a negative one means none.
    public var unboundedLimitClause: String? { "LIMIT -1" }
    /// SQLite sorts `NULL` first in ascending order.
    public var sortsNullsFirstAscending: Bool { true }
    /// ``InsertedKeyStrategy/lastInsertedID``: SQLite 3.35 and later have `RETURNING`, but
    /// `sqlite3_last_insert_rowid` costs nothing and lets `bulkCreate` reuse one prepared
    /// single-row statement.
    public var insertedKeys: InsertedKeyStrategy { .lastInsertedID }

    /// `(column = ?blob OR (typeof(column) = 'text' AND column = CAST(?blob AS TEXT)))`:
    /// a blob operand also matches stored text with exactly its bytes (text that is not
    /// valid UTF-8 comes back as a blob, and must be found again by that value). Both
    /// branches compare the bare column with a constant, so an index on it serves each
    /// (SQLite's OR optimisation); `typeof` keeps a number whose text equals the bytes from
    /// matching.
    public func blobEquality(column: String, placeholder: () -> String) -> String {
        let asBlob = placeholder()
        let asText = placeholder()
        return
            "(\(column) = \(asBlob) OR (typeof(\(column)) = 'text' AND \(column) = "
            + "CAST(\(asText) AS TEXT)))"
    }

    /// Declared types whose names tell the browser what the field is and give SQLite the
    /// right affinity: `INTEGER`, `REAL`, `BOOLEAN`, `VARCHAR(n)`/`TEXT`, `BLOB`, `DATETIME`,
    /// `CHAR(36)` for UUIDs.
    public func columnType(for column: ColumnSchema) -> String {
        switch column.type {
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .boolean: return "BOOLEAN"
        case .text: return column.maxLength.map { "VARCHAR(\($0))" } ?? "TEXT"
        case .blob: return "BLOB"
        case .timestamp: return "DATETIME"
        case .uuid: return "CHAR(36)"
        }
    }

    /// The value as SQLite stores it: numbers as numbers (an infinite real as `9e999`, which
    /// SQLite reads as infinity; NaN, which it stores as `NULL`, as `NULL`), booleans as `1`
    /// or `0`, text, timestamps (UTC `YYYY-MM-DD HH:MM:SS.SSS`) and UUIDs (lowercase) as
    /// quoted text, blobs as `X'…'`.
    public func literal(_ value: SQLValue) -> String {
        switch value {
        case .real(let real) where real.isNaN: return "NULL"
        case .real(let real) where real.isInfinite: return real < 0 ? "-9e999" : "9e999"
        case .bool(let flag): return flag ? "1" : "0"
        default: return value.literalDescription
        }
    }

    /// `INTEGER PRIMARY KEY`: an alias of the rowid, the fastest key SQLite has.
    public func autoIncrementPrimaryKeyDefinition(for column: ColumnSchema) -> String {
        "INTEGER PRIMARY KEY"
    }

    /// Case-sensitive patterns use `GLOB` (with `*`, `?` and `[` escaped as classes);
    /// case-insensitive ones use `LIKE … ESCAPE '\'`, which folds ASCII letters only.
    public func patternMatch(
        column: String, placeholder: String, text: String, kind: PatternKind, ignoringCase: Bool
    ) -> (sql: String, value: SQLValue) {
        if ignoringCase {
            let pattern = likePattern(escapeLike(text), kind: kind)
            return ("\(column) LIKE \(placeholder) ESCAPE '\\'", .text(pattern))
        }
        var escaped = ""
        for character in text {
            switch character {
            case "*": escaped += "[*]"
            case "?": escaped += "[?]"
            case "[": escaped += "[[]"
            default: escaped.append(character)
            }
        }
        let pattern: String
        switch kind {
        case .contains: pattern = "*" + escaped + "*"
        case .prefix: pattern = escaped + "*"
        case .suffix: pattern = "*" + escaped
        case .whole: pattern = escaped
        }
        return ("\(column) GLOB \(placeholder)", .text(pattern))
    }
}
