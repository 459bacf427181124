/// The schema and the settings every implementation uses, in one place.
enum BenchSchema {
    /// The table, exactly as in the issue.
    static let createTable = """
        CREATE TABLE "user" (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER, \
        score REAL, is_active INTEGER, created_at TEXT)
        """
    /// The index on `age`.
    static let createIndex = #"CREATE INDEX "user_age" ON "user" (age)"#
    /// The connection settings: WAL with `synchronous = NORMAL` (Terrapin's default for WAL,
    /// set explicitly for the raw C API and GRDB), foreign keys on (Terrapin's and GRDB's
    /// default). Page cache and everything else stay at SQLite's defaults.
    static let pragmas = [
        "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
    ]
    /// Every column, in declaration order.
    static let columns = "id, name, email, age, score, is_active, created_at"
    /// `fetch_all`.
    static let selectAll = #"SELECT id, name, email, age, score, is_active, created_at FROM "user""#
    /// `filter`, with the two ages bound.
    static let selectFiltered =
        #"SELECT id, name, email, age, score, is_active, created_at FROM "user" "#
        + "WHERE age BETWEEN ? AND ? AND is_active = ? ORDER BY name"
    /// `concurrent`, with the age bound.
    static let selectYoung =
        #"SELECT id, name, email, age, score, is_active, created_at FROM "user" WHERE age < ?"#
    /// `get_by_pk`.
    static let selectByKey =
        #"SELECT id, name, email, age, score, is_active, created_at FROM "user" WHERE id = ?"#
    /// `insert`, without the key (SQLite assigns it, as for every implementation).
    static let insert =
        #"INSERT INTO "user" (name, email, age, score, is_active, created_at) "#
        + "VALUES (?, ?, ?, ?, ?, ?)"
}
