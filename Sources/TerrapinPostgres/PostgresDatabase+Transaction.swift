import PostgresNIO
import TerrapinCore

extension PostgresDatabase {
    /// Runs `body` in a transaction on one pooled connection, or in a savepoint when this task
    /// is already inside one of this database's transactions. Queries made inside `body`
    /// (through this database or implicitly through models) run on that connection.
    public func transaction<Result: Sendable>(
        _ body: @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        if let outer = currentTransaction {
            let name = "terrapin_sp\(outer.depth + 1)"
            return try await run(
                body, on: outer.connection, backend: outer.backendPID, depth: outer.depth + 1,
                begin: "SAVEPOINT \(name)", commit: "RELEASE SAVEPOINT \(name)",
                rollback: ["ROLLBACK TO SAVEPOINT \(name)", "RELEASE SAVEPOINT \(name)"])
        }
        // `body` is not escaping, but the pooled connection is lent to an escaping closure:
        // hand it over through a box the closure fills, and run `body` out here.
        return try await withoutActuallyEscaping(body) { body in
            let box = UncheckedBody(body: body)
            return try await withConnection(sql: "BEGIN") { connection in
                let pid = try await self.backendPID(of: connection)
                return try await self.run(
                    box.body, on: connection, backend: pid, depth: 0, begin: "BEGIN",
                    commit: "COMMIT", rollback: ["ROLLBACK"])
            }
        }
    }

    private func run<Result: Sendable>(
        _ body: @Sendable (any Database) async throws -> Result,
        on connection: PostgresConnection, backend pid: Int32, depth: Int, begin: String,
        commit: String, rollback: [String]
    ) async throws -> Result {
        let situation = PostgresErrorMapping.Situation(sql: begin, configuration: configuration)
        do {
            _ = try await connection.query(PostgresQuery(unsafeSQL: begin), logger: logger).get()
        } catch {
            throw PostgresErrorMapping.map(error, situation)
        }
        let active = ActiveTransaction(
            database: ObjectIdentifier(self), connection: connection, backendPID: pid,
            depth: depth)
        do {
            let result = try await Self.$activeTransaction.withValue(active) {
                try await DatabaseContext.$current.withValue(self) { try await body(self) }
            }
            do {
                _ = try await connection.query(PostgresQuery(unsafeSQL: commit), logger: logger)
                    .get()
            } catch {
                throw PostgresErrorMapping.map(
                    error, .init(sql: commit, configuration: configuration))
            }
            return result
        } catch {
            // Roll back even when the task is cancelled: a detached task is not cancelled,
            // and postgres-nio runs the query whatever the task's state.
            let logger = self.logger
            await Task.detached {
                for sql in rollback {
                    _ = try? await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                        .get()
                }
            }.value
            throw error
        }
    }
}

/// Carries a non-escaping `@Sendable` body into the escaping closure that postgres-nio
/// lends its connection to. Safe because that closure is awaited before
/// `withoutActuallyEscaping` returns: the body never outlives the call.
private struct UncheckedBody<Result: Sendable>: @unchecked Sendable {
    let body: @Sendable (any Database) async throws -> Result
}
