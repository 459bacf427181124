import Foundation
import Logging
import PostgresNIO
import Synchronization
import TerrapinCore

/// A PostgreSQL database over postgres-nio's connection pool (`PostgresClient`).
///
/// Every query leases a pooled connection (or uses the task's transaction connection), so
/// concurrent reads run on separate connections in parallel. Task cancellation cancels the
/// running statement on the server (see ``PostgresCanceller``) and surfaces as
/// `CancellationError`.
///
/// ```swift
/// let database = try await PostgresDatabase.open(url: "postgres://alice@localhost/shop")
/// let rows = try await database.raw("SELECT count(*) FROM orders")
/// ```
public final class PostgresDatabase: Database {
    /// The configuration it was opened with (its description hides the password).
    public let configuration: PostgresConfiguration
    /// ``PostgreSQLDialect``.
    public let dialect: any SQLDialect = PostgreSQLDialect()
    /// Whether writes are refused: opened with `mode=ro`, or the server is a standby.
    public let isReadOnly: Bool
    /// The server's version string (`PostgreSQL 15.8 on …`).
    public let serverVersion: String
    /// The session's time zone, in which `timestamptz` values are shown.
    public let timeZoneName: String

    /// The URL it was opened with, the password replaced by `***`.
    public var url: String { configuration.redactedURL }

    let client: PostgresClient
    let runTask: Task<Void, Never>
    let canceller: PostgresCanceller
    let logger: Logger
    let textContext: PostgresTextForm.Context
    /// The server process of each pooled connection, by postgres-nio's connection id.
    let backendPIDs = Mutex<[PostgresConnection.ID: Int32]>([:])
    private let isClosed = Mutex(false)
    /// Numbers for server-side cursor names.
    let cursorNumbers = Mutex(0)

    /// The transaction of the current task, so that queries inside `transaction { }` run on
    /// its connection instead of leasing another one.
    @TaskLocal static var activeTransaction: ActiveTransaction?

    /// A transaction in progress.
    struct ActiveTransaction: Sendable {
        let database: ObjectIdentifier
        let connection: PostgresConnection
        let backendPID: Int32
        let depth: Int
    }

    private init(
        configuration: PostgresConfiguration, client: PostgresClient, runTask: Task<Void, Never>,
        canceller: PostgresCanceller, logger: Logger, session: SessionFacts
    ) {
        self.configuration = configuration
        self.client = client
        self.runTask = runTask
        self.canceller = canceller
        self.logger = logger
        self.isReadOnly = configuration.isReadOnly || session.isStandby
        self.serverVersion = session.version
        self.timeZoneName = session.timeZone
        self.textContext = PostgresTextForm.Context(
            timeZone: TimeZone(identifier: session.timeZone)
                ?? Self.fixedOffsetZone(session.timeZone) ?? PostgresTextForm.Context.utc.timeZone)
    }

    /// Opens a database from a `postgres://` URL (see ``PostgresConfiguration``).
    /// - Throws: ``TerrapinError/invalidURL(url:reason:)`` (redacted), or
    ///   ``TerrapinError/cannotOpen(path:reason:)`` when the server cannot be reached, refuses
    ///   the login or has no such database, within the connect timeout.
    public static func open(url: String) async throws -> PostgresDatabase {
        try await open(PostgresConfiguration(url: url))
    }

    /// Opens a database: one connection first, so that a wrong password, an unknown
    /// database, a TLS mismatch or a server that is down fail here in plain words, then the
    /// pool.
    public static func open(_ configuration: PostgresConfiguration) async throws
        -> PostgresDatabase
    {
        let logger = makeLogger(for: configuration)
        let situation = PostgresErrorMapping.Situation(sql: nil, configuration: configuration)
        let first: PostgresConnection
        do {
            first = try await connectOnce(configuration, id: 0, logger: logger)
        } catch {
            throw PostgresErrorMapping.map(error, situation)
        }
        let session: SessionFacts
        do {
            session = try await SessionFacts.read(on: first, logger: logger)
            try? await first.close()
        } catch {
            try? await first.close()
            throw PostgresErrorMapping.map(error, situation)
        }
        let client = PostgresClient(
            configuration: configuration.clientConfiguration(), backgroundLogger: logger)
        let runTask = Task { await client.run() }
        let canceller = PostgresCanceller(configuration: configuration, logger: logger)
        return PostgresDatabase(
            configuration: configuration, client: client, runTask: runTask,
            canceller: canceller, logger: logger, session: session)
    }

    /// The driver's logger: silent, unless `TERRAPIN_POSTGRES_TRACE` is set, then every
    /// message of the driver and of postgres-nio to standard error, tagged with the database.
    static func makeLogger(for configuration: PostgresConfiguration) -> Logger {
        guard ProcessInfo.processInfo.environment["TERRAPIN_POSTGRES_TRACE"] != nil else {
            return Logger(label: "terrapin.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        }
        var logger = Logger(
            label: "terrapin.postgres", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .trace
        logger[metadataKey: "db"] = "\(configuration.database ?? "")"
        return logger
    }

    /// One connection outside the pool, given up after the connect timeout (which then
    /// also covers a server that accepts TCP and never answers).
    static func connectOnce(_ configuration: PostgresConfiguration, id: Int, logger: Logger)
        async throws -> PostgresConnection
    {
        let connectionConfiguration = try configuration.connectionConfiguration()
        let seconds = configuration.connectTimeoutSeconds
        return try await withTimeout(
            seconds: seconds,
            error: {
                PostgresErrorMapping.connectionFailure(
                    "no answer within \(seconds) s (connect_timeout): check the host and that "
                        + "the server is up",
                    .init(sql: nil, configuration: configuration))
            },
            discard: { connection in try? await connection.close() },
            {
                try await PostgresConnection.connect(
                    configuration: connectionConfiguration, id: id, logger: logger)
            })
    }

    /// What the first connection learns about the server.
    struct SessionFacts: Sendable {
        var version: String
        var timeZone: String
        var isStandby: Bool

        static func read(on connection: PostgresConnection, logger: Logger) async throws
            -> SessionFacts
        {
            let rows = try await connection.query(
                "SELECT version(), current_setting('TimeZone'), pg_is_in_recovery()",
                logger: logger
            ).get()
            guard let row = rows.first else {
                return SessionFacts(version: "", timeZone: "UTC", isStandby: false)
            }
            let (version, zone, standby) = try row.decode((String, String, Bool).self)
            return SessionFacts(version: version, timeZone: zone, isStandby: standby)
        }
    }

    /// A zone for PostgreSQL's fixed offsets such as `+02`, `-05:30` or `UTC+3` (POSIX
    /// signs are inverted), when Foundation does not know the name.
    static func fixedOffsetZone(_ name: String) -> TimeZone? {
        var text = Substring(name)
        var posix = false
        for prefix in ["UTC", "GMT"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            posix = true
        }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let parts = text.dropFirst().split(separator: ":")
        guard let hours = parts.first.flatMap({ Int($0) }) else { return nil }
        let minutes = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var seconds = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        if posix { seconds = -seconds }
        return TimeZone(secondsFromGMT: seconds)
    }

    /// Closes the pool and the control connection. Further use throws.
    public func close() async throws {
        let wasClosed = isClosed.withLock { closed in
            defer { closed = true }
            return closed
        }
        guard !wasClosed else { return }
        runTask.cancel()
        await runTask.value
        await canceller.close()
        ModelRegistry.unregister(self)
    }

    /// Whether ``close()`` was called.
    var hasBeenClosed: Bool { isClosed.withLock { $0 } }
}
