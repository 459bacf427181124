/// An error in the user's terms: which model, field, column, constraint or value, and what
/// to do about it.
///
/// Every driver maps its native errors onto these cases, so callers can match on them the
/// same way for SQLite and PostgreSQL.
public enum TerrapinError: Error, Sendable, Equatable {
    /// A stored value did not fit the field's Swift type.
    case decodingFailed(
        model: String, field: String, column: String, expected: String, found: SQLValue)
    /// A lookup or ordering named a field the model does not have.
    case unknownField(model: String, field: String, known: [String])
    /// The lookup text could not be parsed.
    case lookupSyntax(LookupSyntaxError)
    /// A lookup got the wrong kind of operand (`in` needs a list, `range` two values, …).
    case invalidLookupOperand(field: String, lookup: String, reason: String)
    /// `get()` found no row.
    case notFound(model: String, filter: String)
    /// `get()` found more than one row.
    case multipleFound(model: String, filter: String, count: Int)
    /// A value broke a constraint of the model before it reached the database
    /// (for example, text longer than the field's maximum length).
    case validationFailed(model: String, field: String, value: SQLValue, reason: String)
    /// The database refused a write because of a constraint. `table` and `columns` name
    /// where (empty when unknown); `message` is the database's own, with a named CHECK
    /// constraint's expression added in parentheses where the write could find it.
    case constraintViolated(kind: ConstraintKind, table: String, columns: [String], message: String)
    /// The database file does not exist and the caller did not ask to create it.
    case databaseNotFound(path: String)
    /// The database could not be opened.
    case cannotOpen(path: String, reason: String)
    /// A write was attempted on a read-only database.
    case readOnly(reason: String)
    /// The database stayed locked by another connection longer than the busy timeout.
    case busy(timeoutMilliseconds: Int, message: String)
    /// A database URL could not be understood.
    case invalidURL(url: String, reason: String)
    /// No database was given, none was bound to the task, and none was connected.
    case notConnected
    /// The row changed since it was read (an optimistic check failed).
    case rowChanged(table: String, key: String)
    /// The table or view cannot be written (a view, or no primary key and no hidden row key).
    case notWritable(table: String, reason: String)
    /// A write named a column that cannot be written (a generated column, whose value the
    /// database computes).
    case columnNotWritable(table: String, column: String, reason: String)
    /// The named table or view does not exist.
    case tableNotFound(name: String)
    /// Keyset paging was asked of rows that have no row key (a view, or a table with neither
    /// a primary key nor a hidden row key), where it could skip or repeat rows: page by
    /// offset.
    case keysetPagingUnavailable(table: String)
    /// The database answered something the operation cannot use (for example, a count
    /// that is not a non-negative integer).
    case unexpectedResult(operation: String, expected: String, found: SQLValue)
    /// An error from the database driver that has no better description. `code` is the
    /// driver's own, as text: SQLite's result-code name (`SQLITE_ERROR`, with the number of an
    /// extended code: `SQLITE_IOERR (266)`), PostgreSQL's SQLSTATE (`42P01`). Only the driver
    /// interprets it; everyone else matches the cases above.
    case database(code: String, message: String, sql: String?)

    /// The kinds of constraint a write can break.
    public enum ConstraintKind: String, Sendable, Equatable {
        /// A `UNIQUE` or primary-key constraint.
        case unique
        /// A `NOT NULL` constraint.
        case notNull
        /// A foreign key.
        case foreignKey
        /// A `CHECK` constraint.
        case check
        /// Another constraint.
        case other
    }
}

extension TerrapinError: CustomStringConvertible {
    /// The message a user sees.
    public var description: String {
        switch self {
        case .decodingFailed(let model, let field, let column, let expected, let found):
            return
                "\(model).\(field): column \"\(column)\" holds \(found.storageClassName) "
                + "\(found.literalDescription), which is not a valid \(expected). "
                + "Change the field's type, or fix the stored value."
        case .unknownField(let model, let field, let known):
            return
                "\(model) has no field \"\(field)\". Known fields: \(known.joined(separator: ", "))."
        case .lookupSyntax(let error):
            return error.description
        case .invalidLookupOperand(let field, let lookup, let reason):
            return "\(field)__\(lookup): \(reason)."
        case .notFound(let model, let filter):
            return "No \(model) matches \(filter)."
        case .multipleFound(let model, let filter, let count):
            return
                "\(count) rows of \(model) match \(filter), but get() expects exactly one. "
                + "Narrow the filter, or use first()."
        case .validationFailed(let model, let field, let value, let reason):
            return "\(model).\(field) = \(value.literalDescription): \(reason)."
        case .constraintViolated(let kind, let table, let columns, let message):
            let place = columns.isEmpty ? table : "\(table)(\(columns.joined(separator: ", ")))"
            switch kind {
            case .unique:
                return "Another row of \(place) already has this value: values must be unique."
            case .notNull:
                return "\(place) cannot be empty (NULL): give it a value."
            case .foreignKey:
                if table.isEmpty {
                    return
                        "A foreign key is broken: a value matches no row it refers to, or other "
                        + "rows still refer to a row being changed or deleted (\(message))."
                }
                if columns.isEmpty {
                    return
                        "\(table): other rows still refer to this row (foreign key), so it cannot "
                        + "be deleted or its key changed; change or delete those rows first."
                }
                return
                    "\(place): the value matches no row of the table it refers to (foreign "
                    + "key). Use a value that exists there, or NULL."
            case .check:
                let constraint = Self.failedCheck(in: message) ?? message
                let subject = table.isEmpty ? "The value" : "\(place): the value"
                return
                    "\(subject) breaks the CHECK constraint \"\(constraint)\". Change it so "
                    + "that the constraint holds."
            case .other:
                return "\(table.isEmpty ? "A" : table + ": a") constraint failed: \(message)."
            }
        case .databaseNotFound(let path):
            return
                "No database at \(path). Check the path, or ask for a new database to be "
                + "created (create: true, or ?mode=rwc in the URL)."
        case .cannotOpen(let path, let reason):
            return "Cannot open \(path): \(reason)."
        case .readOnly(let reason):
            return "The database is read-only (\(reason)); nothing was written."
        case .busy(let timeout, let message):
            return
                "The database is locked by another connection (\(message)); gave up after "
                + "\(timeout) ms. Retry later, or raise busy_timeout in the URL."
        case .invalidURL(let url, let reason):
            return "Cannot use database URL \"\(url)\": \(reason)."
        case .notConnected:
            return
                "No database: call connect(...) first, or pass a database with on: / "
                + "DatabaseContext."
        case .rowChanged(let table, let key):
            return
                "The row \(key) of \(table) was changed or deleted by someone else since it was "
                + "read; nothing was overwritten. Reload and try again."
        case .notWritable(let table, let reason):
            return "\(table) cannot be edited: \(reason)."
        case .columnNotWritable(let table, let column, let reason):
            return "\(table).\(column) cannot be written: \(reason)."
        case .tableNotFound(let name):
            return "No table or view named \"\(name)\"."
        case .keysetPagingUnavailable(let table):
            return
                "\(table) has no key that identifies its rows (no primary key, nor a hidden "
                + "row key), so its rows cannot be paged by key without skipping equal rows; "
                + "page by offset instead "
                + "(fetchPage(size:offset:))."
        case .unexpectedResult(let operation, let expected, let found):
            return
                "\(operation): the database answered "
                + (found.isNull
                    ? "NULL" : "\(found.storageClassName) \(found.literalDescription)")
                + " where \(expected) was expected; nothing was assumed."
        case .database(let code, let message, let sql):
            let statement = sql.map { " while running: \($0)" } ?? ""
            return "Database error \(code): \(message)\(statement)"
        }
    }
}

extension TerrapinError {
    /// What comes before the name or expression in a failed CHECK's message.
    static let checkFailedPrefix = "CHECK constraint failed: "

    /// The name or expression after `CHECK constraint failed: ` in a driver's message, or
    /// `nil` when the message has no such part.
    static func failedCheck(in message: String) -> String? {
        message.firstRange(of: checkFailedPrefix).map { String(message[$0.upperBound...]) }
    }
}
