import CSQLite

/// The text of a SQLite result code, as ``TerrapinCore/TerrapinError/database(code:message:sql:)``
/// carries it: the name of the primary code (`SQLITE_ERROR`), followed by the number of an
/// extended code in parentheses (`SQLITE_IOERR (266)`), so users can look it up in
/// [SQLite's list](https://sqlite.org/rescode.html).
enum SQLiteResultCode {
    /// The names of the primary result codes, by number (1 to 28).
    private static let primaryNames = [
        "SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_PERM", "SQLITE_ABORT",
        "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOMEM", "SQLITE_READONLY", "SQLITE_INTERRUPT",
        "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTFOUND", "SQLITE_FULL", "SQLITE_CANTOPEN",
        "SQLITE_PROTOCOL", "SQLITE_EMPTY", "SQLITE_SCHEMA", "SQLITE_TOOBIG",
        "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_MISUSE", "SQLITE_NOLFS", "SQLITE_AUTH",
        "SQLITE_FORMAT", "SQLITE_RANGE", "SQLITE_NOTADB", "SQLITE_NOTICE", "SQLITE_WARNING",
    ]

    /// `SQLITE_NAME` for a primary code, `SQLITE_NAME (number)` for an extended one, the
    /// number alone for a code SQLite does not document.
    static func text(_ code: Int32) -> String {
        let primary = Int(code & 0xff)
        guard primaryNames.indices.contains(primary) else { return String(code) }
        let name = primaryNames[primary]
        return Int(code) == primary ? name : "\(name) (\(code))"
    }
}
