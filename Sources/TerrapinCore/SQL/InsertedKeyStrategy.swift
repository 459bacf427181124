/// How a database tells the key of a row it just inserted: the dialect's
/// ``SQLDialect/insertedKeys``, which `create`, `bulkCreate`, `insertRow` and
/// `insertAndFetchRow` follow.
public enum InsertedKeyStrategy: String, Sendable, Hashable {
    /// `INSERT … RETURNING key`: the core renders the `RETURNING` clause, runs the insert
    /// through ``Database/fetchAll(_:decode:)`` and reads the key from the returned row
    /// (PostgreSQL). Several rows are inserted with one multi-row `INSERT … RETURNING`, whose
    /// rows come back in the order of its `VALUES` (what PostgreSQL does, and Django's
    /// `bulk_create` relies on too).
    case returning
    /// The driver reports the key as ``ExecutionResult/lastInsertedID`` of
    /// ``Database/execute(_:)`` and ``Database/executeMany(_:bindings:)`` (SQLite's
    /// `sqlite3_last_insert_rowid`, no `RETURNING` clause: the fastest path there).
    case lastInsertedID
}
