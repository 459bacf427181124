import Foundation
import TerrapinCore

/// How to open a SQLite database, usually parsed from a URL such as
/// `sqlite://data/app.db?mode=ro&busy_timeout=2000`.
///
/// | option | values | default |
/// |---|---|---|
/// | `mode` | `ro` (read-only), `rw` (must exist), `rwc` (create if missing) | `rw` |
/// | `create` | `true`/`false` (same as `mode=rwc`) | `false` |
/// | `journal_mode` | `wal`, `delete`, `truncate`, `persist`, `memory`, `keep` | `wal` |
/// | `busy_timeout` | milliseconds to wait for a lock | `5000` |
/// | `readers` | reader connections in the pool | `4` |
/// | `foreign_keys` | `on`/`off` | `on` |
public struct SQLiteConfiguration: Sendable, Hashable {
    /// The file path, or `:memory:`.
    public var path: String
    /// Open read-only: every write throws ``TerrapinError/readOnly(reason:)``.
    public var isReadOnly = false
    /// Create the file when it does not exist.
    public var createIfMissing = false
    /// The journal mode to set, or `nil` to keep the file's.
    public var journalMode: String? = "WAL"
    /// How long to wait for another connection's lock before failing, in milliseconds.
    public var busyTimeoutMilliseconds = 5000
    /// The number of reader connections.
    public var readerCount = 4
    /// Whether foreign keys are enforced.
    public var enforcesForeignKeys = true

    /// Creates a configuration for a path.
    public init(path: String) {
        self.path = path
    }

    /// Whether this is an in-memory database (one connection, no file).
    public var isInMemory: Bool { path == ":memory:" || path.isEmpty }

    /// Parses `sqlite://PATH?options`, `sqlite:PATH`, or a plain path.
    /// `sqlite:///abs/path.db` is absolute; `sqlite://rel/path.db` is relative.
    ///
    /// Options are `name=value` pairs joined by `&`; empty pairs (`??`, `&&`) are ignored.
    /// - Throws: ``TerrapinError/invalidURL(url:reason:)`` for an option without a name, an
    ///   unknown option, or a missing or invalid value; never traps, whatever the input.
    public init(url: String) throws {
        var rest = url
        if rest.hasPrefix("sqlite://") {
            rest.removeFirst("sqlite://".count)
        } else if rest.hasPrefix("sqlite:") {
            rest.removeFirst("sqlite:".count)
        } else if rest.contains("://") {
            throw TerrapinError.invalidURL(url: url, reason: "the scheme is not sqlite")
        }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = String(rest[..<mark])
        }
        let path = rest.removingPercentEncoding ?? rest
        guard !path.isEmpty else {
            throw TerrapinError.invalidURL(
                url: url, reason: "no path; use sqlite://path/to/file.db or sqlite://:memory:")
        }
        self.init(path: path)
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false
            ).map(String.init)
            let key = parts[0].lowercased()
            let value = (parts.count > 1 ? parts[1] : "").lowercased()
            guard !key.isEmpty else {
                throw TerrapinError.invalidURL(
                    url: url,
                    reason: "the option \"\(pair)\" has no name; write name=value, "
                        + "e.g. ?mode=ro")
            }
            func invalid(_ expected: String) -> TerrapinError {
                if parts.count < 2 || value.isEmpty {
                    return .invalidURL(
                        url: url, reason: "the option \(key) has no value; expected \(expected)")
                }
                return .invalidURL(url: url, reason: "\(key)=\(value): expected \(expected)")
            }
            func flag() throws -> Bool {
                switch value {
                case "1", "true", "yes", "on": return true
                case "0", "false", "no", "off": return false
                default: throw invalid("true or false")
                }
            }
            switch key {
            case "mode":
                switch value {
                case "ro": isReadOnly = true
                case "rw": break
                case "rwc": createIfMissing = true
                default: throw invalid("ro, rw or rwc")
                }
            case "create": createIfMissing = try flag()
            case "journal_mode":
                let modes = ["wal", "delete", "truncate", "persist", "memory", "off"]
                if value == "keep" {
                    journalMode = nil
                } else if modes.contains(value) {
                    journalMode = value.uppercased()
                } else {
                    throw invalid(modes.joined(separator: ", ") + " or keep")
                }
            case "busy_timeout":
                guard let milliseconds = Int(value), milliseconds >= 0 else {
                    throw invalid("milliseconds")
                }
                busyTimeoutMilliseconds = milliseconds
            case "readers":
                guard let count = Int(value), (1...64).contains(count) else {
                    throw invalid("a count from 1 to 64")
                }
                readerCount = count
            case "foreign_keys": enforcesForeignKeys = try flag()
            default:
                throw TerrapinError.invalidURL(
                    url: url,
                    reason: "unknown option \"\(key)\"; known: mode, create, journal_mode, "
                        + "busy_timeout, readers, foreign_keys")
            }
        }
    }
}
