/// A cheap fingerprint of what a database has committed, for noticing changes made by other
/// connections and processes: two tokens read for the same table differ when something was
/// committed in between.
///
/// Tokens are opaque: compare them, never interpret them. A driver packs whatever counters
/// it reads into ``components`` (SQLite: `PRAGMA data_version` of a connection kept for
/// watching; PostgreSQL: the table's statistics counters). A token may change without a
/// visible change (a commit to another table on SQLite, a rolled-back insert counted by
/// PostgreSQL's statistics); a reader then finds the same rows and says nothing.
///
/// ```swift
/// let before = try await database.changeToken(for: "track")
/// // … another process commits …
/// if try await database.changeToken(for: "track") != before { /* reload */ }
/// ```
public struct ChangeToken: Sendable, Hashable, CustomStringConvertible {
    /// The counters the driver read.
    public var components: [Int64]

    /// Creates a token from the counters a driver read.
    public init(_ components: Int64...) {
        self.components = components
    }

    /// Creates a token from the counters a driver read.
    public init(components: [Int64]) {
        self.components = components
    }

    /// The counters, for logs and tests.
    public var description: String {
        "ChangeToken(" + components.map(String.init).joined(separator: ", ") + ")"
    }
}
