import TerrapinCore

/// What SQLite's declared types mean, for the ``ColumnDescription``s its introspector makes.
enum SQLiteColumnTypes {
    /// The logical type a declared type stands for: names that say what they hold first, then
    /// SQLite's affinity rules.
    ///
    /// | declared type contains | logical type |
    /// |---|---|
    /// | `BOOL` | ``SQLType/boolean`` |
    /// | `DATE`, `TIME` | ``SQLType/timestamp`` |
    /// | `UUID` | ``SQLType/uuid`` |
    /// | `JSON` | ``SQLType/text`` (JSON is text; SQLite's affinity would say `NUMERIC`) |
    /// | `INT` | ``SQLType/integer`` (affinity `INTEGER`) |
    /// | `CHAR`, `CLOB`, `TEXT` | ``SQLType/text`` (affinity `TEXT`) |
    /// | `BLOB`, `BYTEA`, `ANY`, nothing | ``SQLType/blob`` (affinity `BLOB`: any value) |
    /// | `REAL`, `FLOA`, `DOUB` | ``SQLType/real`` (affinity `REAL`) |
    /// | anything else (`NUMERIC`, `DECIMAL(10,2)`, …) | ``SQLType/real`` (affinity `NUMERIC`) |
    ///
    /// A guess about meaning, not a rule: in a table that is not `STRICT` SQLite stores any
    /// value in any column.
    static func logicalType(declaredType: String) -> SQLType {
        let type = declaredType.uppercased()
        if type.contains("BOOL") { return .boolean }
        if type.contains("DATE") || type.contains("TIME") { return .timestamp }
        if type.contains("UUID") { return .uuid }
        if type.contains("JSON") { return .text }
        if type == "ANY" || type.contains("BYTEA") { return .blob }
        switch SQLiteAffinity(declaredType: declaredType) {
        case .integer: return .integer
        case .text: return .text
        case .blob: return .blob
        case .real, .numeric: return .real
        }
    }

    /// Whether SQLite stores any value in a column: in a table that is not `STRICT`, every
    /// column but an `INTEGER PRIMARY KEY` of a rowid table (an alias of the rowid, which
    /// holds integers only); in a `STRICT` table, only `ANY` columns.
    static func acceptsAnyValue(
        declaredType: String, isStrict: Bool, isRowIDAlias: Bool
    ) -> Bool {
        if isRowIDAlias { return false }
        if isStrict { return declaredType.uppercased() == "ANY" }
        return true
    }
}

extension ColumnDescription {
    /// The type affinity SQLite gives the declared type (see ``SQLiteAffinity``).
    public var affinity: SQLiteAffinity { SQLiteAffinity(declaredType: declaredType) }
}
