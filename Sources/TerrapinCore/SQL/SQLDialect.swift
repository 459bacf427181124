/// The differences between SQL databases that the renderer needs to know: quoting,
/// placeholders, pattern matching, type names and key definitions.
///
/// Terrapin ships ``SQLiteDialect`` and ``PostgreSQLDialect``; drivers pick theirs.
public protocol SQLDialect: Sendable {
    /// A short name, e.g. `sqlite`.
    var name: String { get }
    /// The placeholder for the parameter at a 1-based position (`?` or `$1`).
    func placeholder(at position: Int) -> String
    /// SQL written by a user with `?` placeholders (``Database/raw(_:_:)``,
    /// ``Database/execute(raw:_:)``), in this dialect's placeholders: unchanged on SQLite,
    /// which reads `?` and `?NNN` itself; numbered by ``PlaceholderRewriter`` elsewhere
    /// (`$1`, `$2`, … on PostgreSQL), skipping quotes, identifiers and comments.
    func rewritingPlaceholders(in sql: String) -> String
    /// The column type for a field in `CREATE TABLE`.
    func columnType(for column: ColumnSchema) -> String
    /// A value as a literal of this dialect, for the SQL that cannot bind it: a column's
    /// `DEFAULT` in `CREATE TABLE`. Never used for values of queries, which are always bound.
    ///
    /// SQLite writes what it stores (`1` for `true`, `'2024-05-01 12:30:00.000'`, `X'00ff'`),
    /// PostgreSQL typed literals (`TRUE`, `'…+00'::timestamptz`, `'\x00ff'::bytea`).
    func literal(_ value: SQLValue) -> String
    /// The column definition tail for an auto-increment primary key (after the name).
    func autoIncrementPrimaryKeyDefinition(for column: ColumnSchema) -> String
    /// The SQL that matches a column against a pattern parameter, and the parameter value.
    func patternMatch(
        column: String, placeholder: String, text: String, kind: PatternKind, ignoringCase: Bool
    ) -> (sql: String, value: SQLValue)
    /// The null-safe equality operator: `IS` (SQLite) or `IS NOT DISTINCT FROM` (PostgreSQL).
    var nullSafeEqualOperator: String { get }
    /// The null-safe inequality operator, which the `not` lookup renders: `IS NOT` (SQLite)
    /// or `IS DISTINCT FROM` (PostgreSQL).
    var nullSafeNotEqualOperator: String { get }
    /// The clause written before `OFFSET n` when a query has an offset but no limit: SQLite's
    /// grammar takes `OFFSET` only after a `LIMIT`, so it says `LIMIT -1` (no limit); `nil`
    /// where `OFFSET` may stand alone (PostgreSQL).
    var unboundedLimitClause: String? { get }
    /// Whether `ORDER BY x` sorts `NULL` first when ascending (SQLite) or last (PostgreSQL).
    var sortsNullsFirstAscending: Bool { get }
    /// How inserted keys come back: read from an `INSERT … RETURNING` row, or reported by
    /// the driver as ``ExecutionResult/lastInsertedID``. The renderer writes the `RETURNING`
    /// clause of an ``InsertQuery`` only for ``InsertedKeyStrategy/returning``.
    var insertedKeys: InsertedKeyStrategy { get }
    /// The condition "`column` holds exactly these bytes" for a blob operand of `exact`
    /// (and, negated, of `not`); `placeholder` binds the operand once per call.
    ///
    /// The default is `column = placeholder`. SQLite returns text that is not valid UTF-8
    /// as a blob of its bytes, so its dialect also matches text with the same bytes.
    func blobEquality(column: String, placeholder: () -> String) -> String
}

/// Where a pattern must match.
public enum PatternKind: Sendable, Hashable {
    /// Anywhere in the text.
    case contains
    /// At the start.
    case prefix
    /// At the end.
    case suffix
    /// The whole text.
    case whole
}

extension SQLDialect {
    /// A statement of SQL written with `?` placeholders, in this dialect's placeholders
    /// (``rewritingPlaceholders(in:)``): what ``Database/raw(_:_:)`` and
    /// ``Database/execute(raw:_:)`` run.
    public func statement(raw sql: String, _ bindings: [SQLValue]) -> SQLStatement {
        SQLStatement(rewritingPlaceholders(in: sql), bindings)
    }

    /// `column = placeholder`.
    public func blobEquality(column: String, placeholder: () -> String) -> String {
        "\(column) = \(placeholder())"
    }

    /// Quotes an identifier with double quotes, doubling any double quote inside, so that
    /// names with spaces, quotes or non-ASCII characters are always safe.
    public func quote(_ identifier: String) -> String {
        // Not Foundation's `replacingOccurrences`: on Linux it bridges through NSString and
        // cost ~8,000 instructions per identifier, most of the time of a `get(primaryKey:)`
        // (callgrind, Benchmarks/README.md). Identifiers rarely contain a quote.
        let quote = UInt8(ascii: "\"")
        guard identifier.utf8.contains(quote) else { return "\"" + identifier + "\"" }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(identifier.utf8.count + 4)
        for byte in identifier.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A table's name, qualified by its schema when it has one: `"sales"."order"`.
    public func quote(table: String, schema: String?) -> String {
        guard let schema else { return quote(table) }
        return quote(schema) + "." + quote(table)
    }

    /// Escapes `%`, `_` and the escape character itself for a `LIKE … ESCAPE '\'` pattern.
    public func escapeLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Wraps escaped pattern text in `%` according to the kind.
    public func likePattern(_ escaped: String, kind: PatternKind) -> String {
        switch kind {
        case .contains: return "%" + escaped + "%"
        case .prefix: return escaped + "%"
        case .suffix: return "%" + escaped
        case .whole: return escaped
        }
    }
}
