import Foundation
import Synchronization

/// A PostgreSQL server for tests: the one named by `TERRAPIN_TEST_POSTGRES_URL`, or else a
/// throwaway cluster this process starts itself with `initdb` and `pg_ctl`, in a temporary
/// directory, on a private port and socket directory.
///
/// One cluster serves every suite of the test process. It is stopped and deleted when the
/// process exits (an `atexit` handler), and a small watchdog process does the same if the
/// test process dies without running it (a crash, a signal), so no `postgres` process is
/// left behind. As root (PostgreSQL refuses to run as root) the cluster runs as the
/// `postgres` user through `runuser`.
///
/// ```swift
/// @Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipReason)))
/// struct DriverTests {
///     @Test func connects() async throws {
///         let url = try await PostgresTestServer.shared().makeDatabase()
///         …
///     }
/// }
/// ```
public final class PostgresTestServer: Sendable {
    /// The role with a password (`PostgresTestServer.passwordRole`/`password`), for testing
    /// password logins; every other role logs in without one (trust).
    public static let passwordRole = "terrapin_pw"
    /// The password of ``passwordRole``.
    public static let password = "pw-Terrapin-42"

    /// The host name or socket directory the server listens on.
    public let host: String
    /// The TCP port.
    public let port: Int
    /// The superuser to connect as.
    public let superuser: String
    /// The unix-socket directory of a cluster this process started (`nil` for an outside
    /// server).
    public let socketDirectory: String?
    /// The data directory of a cluster this process started.
    public let dataDirectory: String?
    /// The `bin` directory with `psql` and friends.
    public let binDirectory: String?
    /// The URL of the server's `postgres` database, as the superuser (no password).
    public let url: String

    private let counter = Counter()

    private init(
        host: String, port: Int, superuser: String, socketDirectory: String?,
        dataDirectory: String?, binDirectory: String?, url: String
    ) {
        self.host = host
        self.port = port
        self.superuser = superuser
        self.socketDirectory = socketDirectory
        self.dataDirectory = dataDirectory
        self.binDirectory = binDirectory
        self.url = url
    }

    // MARK: Availability

    /// Where PostgreSQL's programs are: `TERRAPIN_POSTGRES_BIN`, else the newest
    /// `/usr/lib/postgresql/N/bin` (15 first), else the `PATH`.
    public static let binDirectoryFound: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let bin = environment["TERRAPIN_POSTGRES_BIN"] { return bin }
        let manager = FileManager.default
        var candidates = ["/usr/lib/postgresql/15/bin"]
        if let versions = try? manager.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map {
                "/usr/lib/postgresql/\($0)/bin"
            }
        }
        candidates += ["/usr/local/bin", "/opt/homebrew/bin", "/usr/bin"]
        return candidates.first { manager.isExecutableFile(atPath: $0 + "/initdb") }
    }()

    /// Whether PostgreSQL tests can run: a server URL was given, or the binaries exist.
    public static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["TERRAPIN_TEST_POSTGRES_URL"] != nil
            || binDirectoryFound != nil
    }

    /// Why PostgreSQL tests are skipped, for the skip's comment.
    public static let skipReason =
        "no PostgreSQL: set TERRAPIN_TEST_POSTGRES_URL or install postgresql (initdb, pg_ctl)"

    // MARK: The shared server

    private static let startup = StartupGate()

    /// The server for this process, started on first use.
    public static func shared() async throws -> PostgresTestServer {
        try await startup.value {
            if let url = ProcessInfo.processInfo.environment["TERRAPIN_TEST_POSTGRES_URL"] {
                return try outside(url: url)
            }
            return try await startCluster()
        }
    }

    /// A server given by URL: its host and port are parsed for tests that need them.
    private static func outside(url: String) throws -> PostgresTestServer {
        let components = URLComponents(string: url)
        return PostgresTestServer(
            host: components?.host ?? "localhost", port: components?.port ?? 5432,
            superuser: components?.user ?? "postgres", socketDirectory: nil,
            dataDirectory: nil, binDirectory: binDirectoryFound, url: url)
    }

    // MARK: Databases for tests

    /// A new, empty database for one test (`terrapin_test_N`), and its URL over TCP as the
    /// superuser. Tests running in parallel each get their own.
    public func makeDatabase(prefix: String = "t") async throws -> String {
        let name =
            "terrapin_\(prefix)_\(ProcessInfo.processInfo.processIdentifier)_\(counter.next())"
        try await execute("CREATE DATABASE \"\(name)\"")
        return databaseURL(name)
    }

    /// The URL of a database on this server, as the superuser over TCP.
    public func databaseURL(_ database: String, options: String = "") -> String {
        let base: String
        if let components = URLComponents(string: url), components.host != nil,
            socketDirectory == nil
        {
            var copy = components
            copy.path = "/" + database
            base = copy.string ?? url
        } else {
            base = "postgres://\(superuser)@127.0.0.1:\(port)/\(database)"
        }
        return options.isEmpty ? base : base + (base.contains("?") ? "&" : "?") + options
    }

    /// Runs SQL with `psql` as the superuser (on `database`, default `postgres`), for
    /// setting up what the driver under test must not do itself; returns psql's output.
    @discardableResult
    public func execute(_ sql: String, database: String = "postgres") async throws -> String {
        try await ProcessRunner.run(psqlPath, psqlArguments(sql, database: database))
    }

    /// `psql` in the PostgreSQL binaries, else on the `PATH`'s usual place.
    private var psqlPath: String { (binDirectory ?? "/usr/bin") + "/psql" }

    /// `psql`'s arguments for one command.
    private func psqlArguments(_ sql: String, database: String) -> [String] {
        let connection =
            socketDirectory.map { "host=\($0) port=\(port) user=\(superuser) dbname=\(database)" }
            ?? databaseURL(database)
        return ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", connection, "-c", sql]
    }

    // MARK: Starting and stopping a cluster

    private static func startCluster() async throws -> PostgresTestServer {
        guard let bin = binDirectoryFound else {
            throw FixtureError(skipReason)
        }
        let isRoot = getuid() == 0
        let owner = isRoot ? "postgres" : (ProcessInfo.processInfo.environment["USER"] ?? "")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "terrapin-pg-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        ).path
        let data = base + "/data"
        let sockets = base + "/sockets"
        try FileManager.default.createDirectory(
            atPath: sockets, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let superuser = isRoot ? "postgres" : (owner.isEmpty ? "postgres" : owner)
        let port = try freePort()
        let hba = """
            local all \(passwordRole) scram-sha-256
            host all \(passwordRole) 127.0.0.1/32 scram-sha-256
            host all \(passwordRole) ::1/128 scram-sha-256
            local all all trust
            host all all 127.0.0.1/32 trust
            host all all ::1/128 trust

            """
        try hba.write(toFile: base + "/pg_hba.conf", atomically: false, encoding: .utf8)
        let options =
            "-p \(port) -k \(sockets) -c listen_addresses=127.0.0.1 -c fsync=off "
            + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            + "-c TimeZone=UTC"
        let asOwner = isRoot ? "/sbin/runuser -u postgres -- " : ""
        // The cluster is made and started by a script in a session of its own, which this
        // process only watches through files: `runuser` and `pg_ctl` run in the test
        // process's own session stalled Swift's cooperative pool now and then (seen on
        // Linux with Swift 6.3: every task waiting, no worker thread left).
        let script = """
            set -e
            \(isRoot ? "chown -R postgres:postgres '\(base)'" : "true")
            \(asOwner)'\(bin)/initdb' -D '\(data)' -U '\(superuser)' -A trust -E UTF8 --locale=C --no-sync
            cp '\(base)/pg_hba.conf' '\(data)/pg_hba.conf'
            \(isRoot ? "chown postgres:postgres '\(data)/pg_hba.conf'" : "true")
            \(asOwner)'\(bin)/pg_ctl' -D '\(data)' -o '\(options)' -l '\(base)/server.log' -w -t 60 start
            '\(bin)/psql' -X -q -v ON_ERROR_STOP=1 -h '\(sockets)' -p \(port) -U '\(superuser)' \
                -d postgres -c "CREATE ROLE \(passwordRole) LOGIN PASSWORD '\(password)'"
            """
        try script.write(toFile: base + "/start.sh", atomically: false, encoding: .utf8)
        ProcessRunner.spawnDetached(
            "/bin/sh",
            [
                "-c",
                "/bin/sh '\(base)/start.sh' > '\(base)/start.log' 2>&1 "
                    + "&& touch '\(base)/ready' || touch '\(base)/failed'",
            ])
        Cleanup.register(base: base, data: data, bin: bin, asRoot: isRoot)
        let manager = FileManager.default
        let deadline = Date().addingTimeInterval(120)
        while !manager.fileExists(atPath: base + "/ready") {
            if manager.fileExists(atPath: base + "/failed") || Date() > deadline {
                let log = (try? String(contentsOfFile: base + "/start.log", encoding: .utf8)) ?? ""
                throw FixtureError("the test cluster did not start: \(log)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let server = PostgresTestServer(
            host: "127.0.0.1", port: port, superuser: superuser, socketDirectory: sockets,
            dataDirectory: data, binDirectory: bin,
            url: "postgres://\(superuser)@127.0.0.1:\(port)/postgres")
        return server
    }

    /// A TCP port nobody listens on now (the kernel's pick for port 0).
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw FixtureError("socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw FixtureError("bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(descriptor, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A failure to set up the test server, with what went wrong.
public struct FixtureError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Numbers for database names, unique within the process.
private final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock {
            $0 += 1; return $0
        }
    }
}
