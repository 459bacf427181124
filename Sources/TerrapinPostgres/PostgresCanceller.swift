import Logging
import PostgresNIO

/// Cancels statements running on pooled connections.
///
/// postgres-nio 1.33.2 does not cancel a running statement when its task is cancelled (it
/// only stops waiting, and drains the rest of the result), and it keeps each connection's
/// cancel key to itself, so a wire-level cancel request cannot be sent. Instead a separate
/// control connection runs `pg_cancel_backend(pid)`, which signals the backend exactly as
/// a cancel request does; the statement fails with SQLSTATE 57014 and the connection stays
/// usable. A role may always cancel its own sessions.
actor PostgresCanceller {
    private let configuration: PostgresConfiguration
    private let logger: Logger
    private var connection: PostgresConnection?
    private var nextID = 1

    /// Creates a canceller that connects when it is first needed.
    init(configuration: PostgresConfiguration, logger: Logger, connection: PostgresConnection?) {
        self.configuration = configuration
        self.logger = logger
        self.connection = connection
    }

    /// Asks the server to cancel what the backend `pid` is running (nothing happens when it
    /// is idle). Failures are ignored: the statement then simply runs to its end.
    func cancel(backend pid: Int32) async {
        for _ in 0..<2 {
            do {
                let control = try await controlConnection()
                _ = try await control.query("SELECT pg_cancel_backend(\(pid))", logger: logger)
                    .get()
                return
            } catch {
                try? await connection?.close()
                connection = nil
            }
        }
    }

    /// Closes the control connection.
    func close() async {
        try? await connection?.close()
        connection = nil
    }

    private func controlConnection() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        let made = try await PostgresConnection.connect(
            configuration: try configuration.connectionConfiguration(), id: nextID,
            logger: logger)
        nextID += 1
        connection = made
        return made
    }
}
