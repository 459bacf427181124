import CSQLite
import TerrapinCore

/// Reads the schema of a SQLite database: tables, views, columns, keys, foreign keys and
/// indexes, through the `pragma_*` table-valued functions (names are bound, never spliced).
struct SQLiteIntrospector {
    let connection: SQLiteConnection

    func tables() throws -> [TableDescription] {
        try describeObjects(named: nil)
    }

    /// One table or view, described without describing the others. SQLite ignores ASCII
    /// case in names, so `track` finds `Track`; an exact match wins.
    func table(named name: String) throws -> TableDescription? {
        let found = try describeObjects(named: name)
        return found.first { $0.name == name } ?? found.first
    }

    /// Every table and view, or only the one called `name`.
    private func describeObjects(named name: String?) throws -> [TableDescription] {
        let objects = try rows(
            """
            SELECT type, name, sql FROM sqlite_schema
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND (?1 IS NULL OR name = ?1 COLLATE NOCASE)
            ORDER BY name COLLATE NOCASE
            """, [name.map { .text($0) } ?? .null])
        return try objects.map { object in
            let kind: TableDescription.Kind = object[0] == .text("view") ? .view : .table
            let name = object[1].description
            let sql: String? = object[2].isNull ? nil : object[2].description
            return try describe(name: name, kind: kind, sql: sql)
        }
    }

    func describe(name: String, kind: TableDescription.Kind, sql: String?) throws
        -> TableDescription
    {
        let columnSQL =
            "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)"
        let columnRows: [[SQLValue]]
        do {
            columnRows = try rows(columnSQL, [.text(name)])
        } catch  where kind == .view {
            // A view over a dropped table or column cannot be described (SQLite reports it
            // only when the view is used). One broken view must not make the whole database
            // unreadable: it is listed without columns, and reading it reports why.
            columnRows = []
        }
        var columns: [ColumnDescription] = []
        // hidden: 0 a normal column, 1 a hidden column of a virtual table (left out),
        // 2 a VIRTUAL and 3 a STORED generated column.
        for row in columnRows where Int.fromSQLValue(row[5]) != 1 {
            let hidden = Int.fromSQLValue(row[5]) ?? 0
            let declaredType = row[1].isNull ? "" : row[1].description
            columns.append(
                ColumnDescription(
                    name: row[0].description,
                    declaredType: declaredType,
                    logicalType: SQLiteColumnTypes.logicalType(declaredType: declaredType),
                    isNullable: Int.fromSQLValue(row[2]) == 0,
                    defaultSQL: row[3].isNull ? nil : row[3].description,
                    primaryKeyPosition: Int.fromSQLValue(row[4]) ?? 0,
                    isGenerated: hidden == 2 || hidden == 3))
        }
        let primaryKey = columns.filter { $0.primaryKeyPosition > 0 }
            .sorted { $0.primaryKeyPosition < $1.primaryKeyPosition }.map(\.name)
        var foreignKeys: [Int: ForeignKeyDescription] = [:]
        let foreignKeyRows = try rows(
            "SELECT id, seq, \"table\", \"from\", \"to\", on_delete "
                + "FROM pragma_foreign_key_list(?) ORDER BY id, seq", [.text(name)])
        for row in foreignKeyRows {
            let id = Int.fromSQLValue(row[0]) ?? 0
            var key =
                foreignKeys[id]
                ?? ForeignKeyDescription(
                    columns: [], referencedTable: row[2].description, referencedColumns: [],
                    onDelete: row[5].description)
            key.columns.append(row[3].description)
            if !row[4].isNull { key.referencedColumns.append(row[4].description) }
            foreignKeys[id] = key
        }
        for (id, key) in foreignKeys { foreignKeys[id] = try canonical(key) }
        var indexes: [IndexDescription] = []
        if kind == .table {
            for row in try rows("SELECT name, \"unique\" FROM pragma_index_list(?)", [.text(name)])
            {
                let indexName = row[0].description
                let indexColumns = try rows(
                    "SELECT name FROM pragma_index_info(?) ORDER BY seqno", [.text(indexName)]
                ).map { $0[0].description }
                indexes.append(
                    IndexDescription(
                        name: indexName, columns: indexColumns,
                        isUnique: Int.fromSQLValue(row[1]) == 1))
            }
        }
        let hiddenRowKey = kind == .table ? rowIDName(table: name, columns: columns) : nil
        let isStrict = kind == .table && isStrict(table: name)
        for index in columns.indices {
            columns[index].acceptsAnyValue = SQLiteColumnTypes.acceptsAnyValue(
                declaredType: columns[index].declaredType, isStrict: isStrict,
                isRowIDAlias: hiddenRowKey != nil && primaryKey == [columns[index].name]
                    && columns[index].declaredType.uppercased() == "INTEGER")
        }
        return TableDescription(
            name: name, kind: kind, columns: columns, primaryKey: primaryKey,
            hiddenRowKey: hiddenRowKey,
            foreignKeys: foreignKeys.keys.sorted().compactMap { foreignKeys[$0] },
            indexes: indexes, sql: sql,
            estimatedRowCount: kind == .table
                ? estimatedRowCount(table: name, rowID: hiddenRowKey) : nil,
            identifierMatching: .caseInsensitive,
            isStrict: isStrict)
    }

    /// Whether the table is `STRICT`, from `pragma_table_list` (SQLite 3.37+; older
    /// libraries have no STRICT tables, and no such pragma).
    private func isStrict(table: String) -> Bool {
        let found = try? rows(
            "SELECT strict FROM pragma_table_list(?) WHERE schema = 'main'", [.text(table)])
        guard let value = found?.first?.first else { return false }
        return Int.fromSQLValue(value) == 1
    }

    /// The foreign key with the referenced table and columns spelled as they are declared:
    /// `REFERENCES sense(id)` keeps what was written, which SQLite matches ignoring case
    /// (the table `Sense`, the column `ID`). Names that match nothing are kept as written.
    private func canonical(_ key: ForeignKeyDescription) throws -> ForeignKeyDescription {
        var key = key
        let tables = try rows(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE",
            [.text(key.referencedTable)]
        ).map { $0[0].description }
        guard
            let table = IdentifierMatching.caseInsensitive.resolve(
                key.referencedTable, among: tables)
        else { return key }
        key.referencedTable = table
        let columns = try rows("SELECT name FROM pragma_table_info(?)", [.text(table)])
            .map { $0[0].description }
        key.referencedColumns = key.referencedColumns.map {
            IdentifierMatching.caseInsensitive.resolve($0, among: columns) ?? $0
        }
        return key
    }

    /// The row count `ANALYZE` recorded (the first number of any `sqlite_stat1` entry of the
    /// table), else `max(rowid)` (one index lookup; too high after deletes), else `nil`.
    /// Never scans the table.
    private func estimatedRowCount(table: String, rowID: String?) -> Int? {
        let stat = try? rows(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", [.text(table)]
        ).first?.first
        if case .text(let text)? = stat, let first = text.split(separator: " ").first,
            let count = Int(first)
        {
            return count
        }
        guard let rowID,
            let maximum = try? rows(
                "SELECT max(\(rowID)) FROM \(SQLiteDialect().quote(table))", []
            ).first?.first
        else { return nil }
        switch maximum {
        case .integer(let value): return max(0, Int(value))
        case .null: return 0  // no rows
        default: return nil
        }
    }

    /// The name that selects the table's rowid: `rowid`, or `_rowid_` or `oid` when a declared
    /// column takes that name (SQLite's three spellings; a column hides the rowid only under
    /// its own name). `nil` for `WITHOUT ROWID` tables, where selecting it fails, and when
    /// columns take all three names.
    private func rowIDName(table: String, columns: [ColumnDescription]) -> String? {
        let taken = columns.map(\.name)
        guard
            let name = ["rowid", "_rowid_", "oid"].first(where: { alias in
                !taken.contains { IdentifierMatching.caseInsensitive.matches(alias, $0) }
            })
        else { return nil }
        let sql = "SELECT \(name) FROM \(SQLiteDialect().quote(table)) LIMIT 0"
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        let prepared = sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nil)
        return prepared == SQLITE_OK ? name : nil
    }

    private func rows(_ sql: String, _ bindings: [SQLValue]) throws -> [[SQLValue]] {
        try connection.withStatement(SQLStatement(sql, bindings)) { prepared in
            var result: [[SQLValue]] = []
            let reader = SQLiteRow(statement: prepared)
            while try connection.step(prepared, sql: sql) {
                result.append((0..<reader.columnCount).map(reader.value(at:)))
            }
            return result
        }
    }
}
