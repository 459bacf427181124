import PostgresNIO
import TerrapinCore

extension PostgresDatabase {
    /// A CHECK violation with the columns and the expression of its constraint, which
    /// PostgreSQL's error leaves out (it names only the table and the constraint); any
    /// other error unchanged.
    ///
    /// The catalog is read on a short-lived connection of its own: the failed statement's
    /// connection may be in an aborted transaction, and a pool of one may be held by it.
    /// When the lookup fails, the violation keeps the constraint's name alone.
    func namingCheckColumns(_ error: any Error) async -> any Error {
        guard
            case TerrapinError.constraintViolated(.check, let table, let columns, let name) =
                error,
            columns.isEmpty, !table.isEmpty, !name.isEmpty
        else { return error }
        guard
            let connection = try? await Self.connectOnce(
                configuration, id: 2_000_000, logger: logger)
        else { return error }
        let query = Self.query(
            """
            SELECT ARRAY(SELECT a.attname FROM unnest(c.conkey) k(num)
                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num
                         ORDER BY a.attnum)::text[],
                   pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
            WHERE c.contype = 'c' AND c.conname = $1 AND r.relname = $2
            ORDER BY pg_table_is_visible(r.oid) DESC
            LIMIT 1
            """, [.text(name), .text(table)])
        var found: (columns: [String], definition: String)?
        if let rows = try? await connection.query(query, logger: logger) {
            do {
                for try await (names, definition) in rows.decode(([String], String).self) {
                    found = (names, definition)
                }
            } catch {
                found = nil
            }
        }
        try? await connection.close()
        guard let found, !found.columns.isEmpty else { return error }
        return TerrapinError.constraintViolated(
            kind: .check, table: table, columns: found.columns,
            message: "\(name) \(Self.checkExpression(of: found.definition))")
    }

    /// `(length > 0)` of `CHECK ((length > 0))`, as `pg_get_constraintdef` prints it.
    static func checkExpression(of definition: String) -> String {
        guard definition.hasPrefix("CHECK ("), definition.hasSuffix(")") else {
            return "(\(definition))"
        }
        return String(definition.dropFirst("CHECK (".count).dropLast())
            .replacingOccurrences(of: " NOT VALID", with: "")
    }
}
