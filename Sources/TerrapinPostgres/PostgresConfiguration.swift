import Foundation
import TerrapinCore

/// How to reach a PostgreSQL server, usually parsed from a URL such as
/// `postgres://alice@db.example.com:5432/shop?sslmode=require&pool=8`.
///
/// | option | values | default |
/// |---|---|---|
/// | `host` | a host name, or an absolute path: the unix-socket directory | from the URL |
/// | `port`, `user`, `password`, `dbname` | override the URL's parts | |
/// | `sslmode` | `disable`, `allow`, `prefer`, `require`, `verify-ca`, `verify-full` | `prefer` |
/// | `search_path` (or `schema`) | schemas, comma-separated | the server's |
/// | `pool` | connections in the pool, 1 to 100 | `4` |
/// | `connect_timeout` | seconds to wait for a connection, 1 to 3600 | `10` |
/// | `statement_timeout` | a limit per statement: milliseconds, or `5s`, `2min`… | none |
/// | `application_name` | shown in `pg_stat_activity` | `terrapin` |
/// | `mode` | `ro` (read-only session), `rw` | `rw` |
///
/// The host can also be a percent-encoded socket directory
/// (`postgres://%2Fvar%2Frun%2Fpostgresql/shop`). Without a password in the URL, the
/// password comes from `PGPASSWORD`, else from `~/.pgpass` (or `PGPASSFILE`), as libpq does.
///
/// A configuration never shows its password: ``description`` and ``redactedURL`` print
/// `***` in its place.
public struct PostgresConfiguration: Sendable, Hashable {
    /// Where the server listens.
    public enum Endpoint: Sendable, Hashable {
        /// A TCP host name or address and a port.
        case tcp(host: String, port: Int)
        /// A unix-domain socket: the full path of the socket file
        /// (`<directory>/.s.PGSQL.<port>`).
        case unixSocket(path: String)
    }

    /// How the connection is encrypted (libpq's `sslmode`).
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Never encrypt.
        case disable
        /// Encrypt when the server offers it (treated as `prefer`: postgres-nio asks for TLS
        /// first).
        case allow
        /// Encrypt when the server offers it, without checking its certificate.
        case prefer
        /// Always encrypt; fail when the server does not offer TLS. The certificate is not
        /// checked.
        case require
        /// Always encrypt, and check the certificate's chain, not its host name.
        case verifyCA = "verify-ca"
        /// Always encrypt, and check the certificate's chain and host name.
        case verifyFull = "verify-full"
    }

    /// Where the server listens.
    public var endpoint: Endpoint
    /// The role to log in as.
    public var user: String
    /// The password, if any. Never printed.
    public var password: String?
    /// The database name (`nil`: the server uses the user name).
    public var database: String?
    /// How to encrypt the connection.
    public var tlsMode: TLSMode = .prefer
    /// The schemas to search, in order (`nil`: the server's `search_path`).
    public var searchPath: [String]?
    /// The maximum number of pooled connections.
    public var poolSize = 4
    /// How long to wait for a connection before giving up, in seconds.
    public var connectTimeoutSeconds = 10
    /// The server's `statement_timeout` for this session, as PostgreSQL accepts it
    /// (`5000`, `5s`, `2min`), or `nil` for the server's default.
    public var statementTimeout: String?
    /// The name shown in `pg_stat_activity`.
    public var applicationName = "terrapin"
    /// Whether the session is read-only (`default_transaction_read_only`): every write is
    /// refused by the server and reported as ``TerrapinError/readOnly(reason:)``.
    public var isReadOnly = false
    /// The text it was parsed from, with any password replaced by `***`.
    public var redactedURL: String

    /// Creates a configuration for a TCP server.
    public init(
        host: String, port: Int = 5432, user: String, password: String? = nil,
        database: String? = nil
    ) {
        self.endpoint = .tcp(host: host, port: port)
        self.user = user
        self.password = password
        self.database = database
        self.redactedURL = ""
        self.redactedURL = Self.describe(
            endpoint: endpoint, user: user, hasPassword: password != nil, database: database)
    }

    /// Parses `postgres://` or `postgresql://` URLs; see the type's documentation for the
    /// options.
    ///
    /// - Parameters:
    ///   - url: The URL.
    ///   - environment: Where `PGPASSWORD`, `PGPASSFILE`, `HOME` and `USER` are read (the
    ///     process environment by default; tests pass their own).
    /// - Throws: ``TerrapinError/invalidURL(url:reason:)`` with the URL redacted, for any
    ///   part that cannot be used; never traps, whatever the input.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws
    {
        var parsed = try PostgresURLParser(url: url, environment: environment).parse()
        if parsed.password == nil {
            parsed.password = Self.passwordFromEnvironment(parsed, environment: environment)
        }
        self = parsed
    }

    /// The password from `PGPASSWORD` or the password file, for a configuration without one.
    static func passwordFromEnvironment(
        _ configuration: PostgresConfiguration, environment: [String: String]
    ) -> String? {
        if let password = environment["PGPASSWORD"] { return password }
        let path =
            environment["PGPASSFILE"]
            ?? (environment["HOME"].map { $0 + "/.pgpass" })
        guard let path else { return nil }
        return PostgresPasswordFile(path: path).password(for: configuration)
    }

    /// A URL-like description without the password: `postgres://alice:***@db:5432/shop`.
    static func describe(
        endpoint: Endpoint, user: String, hasPassword: Bool, database: String?
    ) -> String {
        let userPart = percentEncode(user) + (hasPassword ? ":***" : "") + "@"
        let place: String
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            place = "\(shownHost):\(port)"
        case .unixSocket(let path):
            place = percentEncode(path)
        }
        return "postgres://" + userPart + place + "/" + percentEncode(database ?? "")
    }

    /// Percent-encodes everything but unreserved characters.
    static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension PostgresConfiguration: CustomStringConvertible, CustomDebugStringConvertible {
    /// The URL with the password replaced by `***`.
    public var description: String { redactedURL }
    /// The same as ``description``: a password never reaches a log through `debugPrint` or
    /// string interpolation either.
    public var debugDescription: String { "PostgresConfiguration(\(redactedURL))" }
}
