import TerrapinCore

extension PostgresDatabase {
    /// The table's cumulative statistics counters (rows inserted, updated and deleted, as
    /// `pg_stat_all_tables` shows them), which every committed write by any session adds
    /// to; for a view, a partitioned table, or a name the catalog does not know, the sums
    /// over every table of the database.
    ///
    /// One catalog lookup by oid on a pooled connection: 0.3 ms on the server, planning
    /// included (measured on Chinook; 0.2 ms of it planning). PostgreSQL publishes a session's counters when its transaction ends, at most
    /// once a second per session (a busy writer's may lag up to about ten seconds), so a
    /// change elsewhere shows within a second or so; the browser also polls right after its
    /// own writes. Chosen over LISTEN/NOTIFY, which needs a trigger on the watched table.
    public func changeToken(for table: String) async throws -> ChangeToken? {
        let rows = try await fetchAll(
            SQLStatement(
                """
                WITH watched AS (
                    SELECT c.oid FROM pg_class c
                    WHERE c.oid = to_regclass(quote_ident($1)) AND c.relkind = 'r'),
                counted AS (
                    SELECT oid FROM watched
                    UNION ALL
                    SELECT c.oid FROM pg_class c
                    WHERE NOT EXISTS (SELECT 1 FROM watched) AND c.relkind = 'r'
                      AND c.relnamespace NOT IN ('pg_catalog'::regnamespace,
                                                 'information_schema'::regnamespace))
                SELECT coalesce(sum(pg_stat_get_tuples_inserted(oid)), 0)::int8,
                       coalesce(sum(pg_stat_get_tuples_updated(oid)), 0)::int8,
                       coalesce(sum(pg_stat_get_tuples_deleted(oid)), 0)::int8
                FROM counted
                """, [.text(table)])
        ) { row in
            (0..<row.columnCount).map { index -> Int64 in
                if case .integer(let count) = row.value(at: index) { return count }
                return 0
            }
        }
        guard let counters = rows.first else { return nil }
        return ChangeToken(components: counters)
    }
}
