import Foundation

/// What a write knew when the database refused it for a constraint: the table, the columns
/// it wrote and which of them belong to foreign keys. Drivers report some constraints
/// without naming a table or column (SQLite says only `FOREIGN KEY constraint failed` and
/// `CHECK constraint failed: <name or expression>`); the write fills them in.
struct ConstraintViolationContext: Sendable {
    /// The table written.
    var table: String
    /// Every column of the table (to find the columns a CHECK expression mentions).
    var tableColumns: [String]
    /// The columns the write gave values: the changed ones of an update, the given ones of
    /// an insert, none for a delete.
    var writtenColumns: [String]
    /// The columns of the table that belong to a foreign key.
    var foreignKeyColumns: [String]
    /// The table's `CREATE TABLE` text, to find the expression of a named CHECK constraint.
    var createSQL: String?
    /// How the database matches column names (a foreign key may spell its columns in another
    /// case than their declaration on SQLite).
    var identifierMatching: IdentifierMatching = .exact

    /// The error with table, columns and constraint filled in where the database left them
    /// out; other errors unchanged.
    func enrich(_ error: any Error) -> any Error {
        guard
            case .constraintViolated(let kind, let found, let columns, let message)? =
                error as? TerrapinError
        else { return error }
        let table = found.isEmpty ? self.table : found
        guard columns.isEmpty else {
            return TerrapinError.constraintViolated(
                kind: kind, table: table, columns: columns, message: message)
        }
        switch kind {
        case .foreignKey:
            // Written foreign-key columns whose value matches no row; none written means
            // the row is one that other rows still refer to (a delete, or a changed key).
            let suspects = writtenColumns.filter { written in
                foreignKeyColumns.contains { identifierMatching.matches(written, $0) }
            }
            return TerrapinError.constraintViolated(
                kind: kind, table: table, columns: suspects, message: message)
        case .check:
            guard let constraint = TerrapinError.failedCheck(in: message) else {
                return TerrapinError.constraintViolated(
                    kind: kind, table: table, columns: columns, message: message)
            }
            let expression = namedCheckExpression(constraint)
            let mentioned = tableColumns.filter {
                Self.mentions(expression ?? constraint, identifier: $0)
            }
            let written = mentioned.filter { writtenColumns.contains($0) }
            let detail = expression.map { "\(constraint) (\($0))" } ?? constraint
            return TerrapinError.constraintViolated(
                kind: kind, table: table, columns: written.isEmpty ? mentioned : written,
                message: TerrapinError.checkFailedPrefix + detail)
        default:
            return TerrapinError.constraintViolated(
                kind: kind, table: table, columns: columns, message: message)
        }
    }

    /// The expression of `CONSTRAINT name CHECK (expression)` in the table's SQL, when
    /// `name` is a constraint name rather than an expression.
    func namedCheckExpression(_ name: String) -> String? {
        guard let sql = createSQL, !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        var searchStart = sql.startIndex
        while let found = sql.range(
            of: name, options: .caseInsensitive, range: searchStart..<sql.endIndex)
        {
            searchStart = found.upperBound
            var rest = sql[found.upperBound...].drop { $0 == "\"" || $0 == "`" || $0 == "]" }
            rest = rest.drop { $0.isWhitespace }
            guard rest.prefix(5).uppercased() == "CHECK" else { continue }
            rest = rest.dropFirst(5).drop { $0.isWhitespace }
            guard rest.first == "(" else { continue }
            var depth = 0
            for index in rest.indices {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        // One line: a CHECK written over several lines reads in a message.
                        return rest[rest.index(after: rest.startIndex)..<index]
                            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    }
                }
            }
            return nil
        }
        return nil
    }

    /// Whether `text` mentions `identifier` as a whole word (ignoring ASCII case, quoted or
    /// not).
    static func mentions(_ text: String, identifier: String) -> Bool {
        let haystack = Array(text.lowercased())
        let needle = Array(identifier.lowercased())
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_"
        }
        for start in 0...(haystack.count - needle.count)
        where Array(haystack[start..<(start + needle.count)]) == needle {
            let before = start == 0 ? nil : haystack[start - 1]
            let after = start + needle.count < haystack.count ? haystack[start + needle.count] : nil
            if !(before.map(isWordCharacter) ?? false), !(after.map(isWordCharacter) ?? false) {
                return true
            }
        }
        return false
    }
}
