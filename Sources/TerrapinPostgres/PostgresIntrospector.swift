import TerrapinCore

/// Describes tables and views from PostgreSQL's catalogs, in four queries for the whole
/// database (relations, columns, constraints, indexes) rather than four per table.
///
/// Tables (`r`), partitioned tables (`p`) and foreign tables (`f`) are tables; views (`v`) and
/// materialized views (`m`) are views (never written). Only relations visible through the
/// session's `search_path` are listed, under their unqualified names, because the core
/// renders unqualified table names; `pg_catalog`, `information_schema` and temporary and
/// TOAST schemas never are.
struct PostgresIntrospector {
    /// Runs a catalog query and returns its rows.
    let fetch: @Sendable (String, [SQLValue]) async throws -> [[SQLValue]]

    /// Every table and view, by name.
    func tables(named name: String? = nil) async throws -> [TableDescription] {
        let filter = name == nil ? "" : " AND c.relname = $1"
        let bindings: [SQLValue] = name.map { [.text($0)] } ?? []
        let relations = try await fetch(
            """
            SELECT c.oid::int8, c.relname, c.relkind::text, c.reltuples::float8,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
              AND pg_table_is_visible(c.oid)\(filter)
            ORDER BY c.relname
            """, bindings)
        guard !relations.isEmpty else { return [] }
        let ids = relations.compactMap { row -> Int64? in
            if case .integer(let id) = row[0] { return id }
            return nil
        }
        let idList = "{" + ids.map(String.init).joined(separator: ",") + "}"
        let columns = try await fetch(
            """
            SELECT a.attrelid::int8, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attgenerated::text,
                   a.attidentity::text,
                   format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END, NULL)
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """, [.text(idList)])
        let constraints = try await fetch(
            """
            SELECT c.conrelid::int8, c.contype::text,
                   ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(num, pos)
                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num
                         ORDER BY k.pos)::text[],
                   f.relname,
                   ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(num, pos)
                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num
                         ORDER BY k.pos)::text[],
                   c.confdeltype::text, c.conname
            FROM pg_constraint c LEFT JOIN pg_class f ON f.oid = c.confrelid
            WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'f')
            ORDER BY c.conrelid, c.conname
            """, [.text(idList)])
        let indexes = try await fetch(
            """
            SELECT i.indrelid::int8, x.relname, i.indisunique,
                   ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, pos)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
                         ORDER BY k.pos)::text[],
                   0 = ANY(i.indkey::int2[]) OR i.indpred IS NOT NULL
            FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
            WHERE i.indrelid = ANY($1::oid[])
            ORDER BY i.indrelid, x.relname
            """, [.text(idList)])
        return relations.map { relation in
            describe(relation, columns: columns, constraints: constraints, indexes: indexes)
        }
    }

    private func describe(
        _ relation: [SQLValue], columns: [[SQLValue]], constraints: [[SQLValue]],
        indexes: [[SQLValue]]
    ) -> TableDescription {
        let id = relation[0]
        let kind = text(relation[2])
        let ownConstraints = constraints.filter { $0[0] == id }
        let primaryKey = ownConstraints.first { text($0[1]) == "p" }.map { names($0[2]) } ?? []
        let ownColumns = columns.filter { $0[0] == id }.map { row -> ColumnDescription in
            let name = text(row[1])
            let identity = text(row[6])
            let generated = text(row[5])
            var defaultSQL = row[4].isNull ? nil : text(row[4])
            if identity == "a" { defaultSQL = "GENERATED ALWAYS AS IDENTITY" }
            if identity == "d" { defaultSQL = "GENERATED BY DEFAULT AS IDENTITY" }
            return ColumnDescription(
                name: name, declaredType: text(row[2]),
                logicalType: Self.logicalType(ofBaseType: text(row[7])), isNullable: !flag(row[3]),
                defaultSQL: generated == "s" ? nil : defaultSQL,
                primaryKeyPosition: (primaryKey.firstIndex(of: name) ?? -1) + 1,
                isGenerated: generated == "s" || identity == "a")
        }
        let foreignKeys = ownConstraints.filter { text($0[1]) == "f" }.map { row in
            ForeignKeyDescription(
                columns: names(row[2]), referencedTable: text(row[3]),
                referencedColumns: names(row[4]), onDelete: deleteAction(text(row[5])))
        }
        let ownIndexes = indexes.filter { $0[0] == id && !flag($0[4]) }.map { row in
            IndexDescription(name: text(row[1]), columns: names(row[3]), isUnique: flag(row[2]))
        }
        var estimate: Int?
        if case .real(let tuples) = relation[3], tuples >= 0, tuples < 9e18,
            kind == "r" || kind == "m"
        {
            estimate = Int(tuples)
        }
        return TableDescription(
            name: text(relation[1]), kind: kind == "v" || kind == "m" ? .view : .table,
            columns: ownColumns, primaryKey: primaryKey, hiddenRowKey: nil,
            foreignKeys: foreignKeys, indexes: ownIndexes,
            sql: relation[4].isNull ? nil : text(relation[4]), estimatedRowCount: estimate,
            identifierMatching: .exact, isStrict: true)
    }

    private func text(_ value: SQLValue) -> String {
        if case .text(let text) = value { return text }
        return value.isNull ? "" : value.description
    }

    private func flag(_ value: SQLValue) -> Bool { value == .bool(true) }

    /// The logical type a column's base type (a domain's underlying type, without its
    /// modifiers) stands for: what the browser's editor and facets go by. `numeric` stays
    /// text (exact), and arrays, json, enums and the rest are text the server parses.
    static func logicalType(ofBaseType type: String) -> SQLType {
        switch type {
        case "smallint", "integer", "bigint", "oid": return .integer
        case "real", "double precision": return .real
        case "boolean": return .boolean
        case "bytea": return .blob
        case "timestamp with time zone", "timestamp without time zone": return .timestamp
        case "uuid": return .uuid
        default: return .text
        }
    }

    /// The names of a `text[]` in its text form (`{a,"b c"}`).
    private func names(_ value: SQLValue) -> [String] {
        PostgresArrayLiteral.elements(of: text(value))
    }

    private func deleteAction(_ code: String) -> String {
        switch code {
        case "r": return "RESTRICT"
        case "c": return "CASCADE"
        case "n": return "SET NULL"
        case "d": return "SET DEFAULT"
        default: return "NO ACTION"
        }
    }
}

/// Reads a one-dimensional array literal as PostgreSQL prints it: `{a,"b c","x\"y"}`.
enum PostgresArrayLiteral {
    /// The elements, unquoted and unescaped (`NULL` elements are skipped).
    static func elements(of literal: String) -> [String] {
        guard literal.hasPrefix("{"), literal.hasSuffix("}"), literal.count >= 2 else { return [] }
        let body = literal.dropFirst().dropLast()
        var elements: [String] = []
        var current = ""
        var isQuoted = false
        var wasQuoted = false
        var escaped = false
        for character in body {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                isQuoted.toggle()
                wasQuoted = true
            } else if character == ",", !isQuoted {
                if wasQuoted || current != "NULL" { elements.append(current) }
                current = ""
                wasQuoted = false
            } else {
                current.append(character)
            }
        }
        if !body.isEmpty, wasQuoted || current != "NULL" { elements.append(current) }
        return elements
    }
}
