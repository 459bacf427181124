import PostgresNIO
import TerrapinCore

extension PostgresDatabase {
    /// The transaction of this task on this database, if any.
    var currentTransaction: ActiveTransaction? {
        guard let active = Self.activeTransaction, active.database == ObjectIdentifier(self)
        else { return nil }
        return active
    }

    /// Runs `body` on the task's transaction connection, or on a pooled one, with task
    /// cancellation turned into a server-side cancel and errors mapped to ``TerrapinError``.
    func withConnection<Result: Sendable>(
        sql: String?,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let situation = PostgresErrorMapping.Situation(sql: sql, configuration: configuration)
        do {
            if hasBeenClosed {
                throw TerrapinError.cannotOpen(
                    path: url, reason: "the database was closed")
            }
            try Task.checkCancellation()
            if let transaction = currentTransaction {
                return try await cancellable(
                    on: transaction.connection, backend: transaction.backendPID, body)
            }
            return try await pooled { connection, pid in
                try await self.cancellable(on: connection, backend: pid, body)
            }
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw await namingCheckColumns(PostgresErrorMapping.map(error, situation))
        }
    }

    /// Runs `body` while a cancellation of the task cancels the statement on the server;
    /// returns only once such a cancellation has been sent, so it cannot hit the next
    /// statement on this connection.
    func cancellable<Result: Sendable>(
        on connection: PostgresConnection, backend pid: Int32,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let operation = PostgresOperationState()
        let canceller = self.canceller
        return try await withTaskCancellationHandler {
            do {
                let result = try await body(connection)
                await operation.finish()
                return result
            } catch {
                let wasCancelled = await operation.finish()
                if wasCancelled || Task.isCancelled { throw CancellationError() }
                throw error
            }
        } onCancel: {
            operation.cancel { await canceller.cancel(backend: pid) }
        }
    }

    /// Leases a pooled connection for `body`. While no connection comes within the connect
    /// timeout, a direct connection checks the server: when that fails too (server down,
    /// password changed), the wait ends with that failure instead of postgres-nio's pool
    /// retrying for up to a minute; when it works, the pool is merely busy and the wait
    /// goes on.
    ///
    /// A leased connection that is already closed (the server ended it, and the pool has not
    /// heard yet) is handed back and another one asked for: postgres-nio 1.33.2 never
    /// answers a query sent on a closed connection, so running `body` there would hang.
    func pooled<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Int32) async throws -> Result
    ) async throws -> Result {
        var attempt = 0
        while true {
            do {
                return try await pooledOnce(body)
            } catch is ClosedLease where attempt < configuration.poolSize + 2 {
                attempt += 1
                // Give the pool a moment to notice the close and open a new connection.
                try await Task.sleep(for: .milliseconds(20 * attempt))
            } catch is ClosedLease {
                throw PostgresErrorMapping.connectionFailure(
                    "every connection of the pool was closed by the server",
                    .init(sql: nil, configuration: configuration))
            }
        }
    }

    /// A leased connection was already closed.
    private struct ClosedLease: Error {}

    /// One lease for `body` (see ``pooled(_:)``).
    private func pooledOnce<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Int32) async throws -> Result
    ) async throws -> Result {
        let lease = PostgresLeaseState()
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask {
                try await self.client.withConnection { connection in
                    guard lease.markLeased() else { throw CancellationError() }
                    if connection.isClosed { throw ClosedLease() }
                    let pid = try await self.backendPID(of: connection)
                    return try await body(connection, pid)
                }
            }
            group.addTask {
                try await self.watch(lease)
                return nil
            }
            while let outcome = try await group.next() {
                if let result = outcome {
                    group.cancelAll()
                    return result
                }
            }
            throw CancellationError()
        }
    }

    /// Waits while `lease` is not granted; throws the connection failure when the server
    /// cannot be reached meanwhile.
    private func watch(_ lease: PostgresLeaseState) async throws {
        while true {
            try await Task.sleep(for: .seconds(configuration.connectTimeoutSeconds))
            if lease.isLeased { return }
            do {
                let probe = try await Self.connectOnce(configuration, id: -1, logger: logger)
                try? await probe.close()
            } catch {
                if lease.abandon() {
                    throw PostgresErrorMapping.map(
                        error, .init(sql: nil, configuration: configuration))
                }
                return
            }
        }
    }

    /// The server process id of a pooled connection, asked once per connection.
    func backendPID(of connection: PostgresConnection) async throws -> Int32 {
        if let known = backendPIDs.withLock({ $0[connection.id] }) { return known }
        let rows = try await connection.query("SELECT pg_backend_pid()", logger: logger).get()
        let pid = try rows.first?.decode(Int32.self) ?? 0
        backendPIDs.withLock { $0[connection.id] = pid }
        return pid
    }
}
