import Logging
import PostgresNIO

/// Cancels statements running on pooled connections.
///
/// postgres-nio 1.33.2 does not cancel a running statement when its task is cancelled (it
/// only stops waiting, and drains the rest of the result), and it keeps each connection's
/// cancel key to itself, so a wire-level cancel request cannot be sent. Instead a short-lived
/// connection runs `pg_cancel_backend(pid)`, which signals the backend exactly as a cancel
/// request does (and, like libpq's cancel request, uses a connection of its own); the
/// statement fails with SQLSTATE 57014 and its connection stays usable. A role may always
/// cancel its own sessions.
actor PostgresCanceller {
    private let configuration: PostgresConfiguration
    private let logger: Logger
    private var nextID = 1_000_000
    private var isClosed = false

    /// Creates a canceller for the database of `configuration`.
    init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Asks the server to cancel what the backend `pid` is running (nothing happens when it
    /// is idle). Failures are ignored: the statement then simply runs to its end.
    func cancel(backend pid: Int32) async {
        guard !isClosed, pid != 0 else { return }
        nextID += 1
        guard
            let connection = try? await PostgresDatabase.connectOnce(
                configuration, id: nextID, logger: logger)
        else { return }
        _ = try? await connection.query("SELECT pg_cancel_backend(\(pid))", logger: logger).get()
        try? await connection.close()
    }

    /// Stops sending cancellations.
    func close() { isClosed = true }
}
