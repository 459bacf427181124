import PostgresNIO
import Synchronization
import TerrapinCore

extension PostgresDatabase {
    /// Opens a cursor that streams rows in batches with bounded memory: a server-side cursor
    /// (`DECLARE … NO SCROLL CURSOR`, then `FETCH FORWARD batchSize` per batch) on one
    /// connection (the transaction's, or a pooled one inside a transaction of its own, which
    /// a cursor needs). Only one batch is ever in memory, and closing early is a `CLOSE`, not
    /// a drain of the rest of the result.
    public func openCursor<Row: Sendable>(
        _ statement: SQLStatement,
        batchSize: Int,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> DatabaseCursor<Row> {
        let cursor = PostgresCursor<Row>(batchSize: max(1, batchSize))
        let name = "terrapin_cursor_\(cursorNumbers.withLock { $0 += 1; return $0 })"
        let transaction = Self.activeTransaction
        let isNested = currentTransaction != nil
        let task = Task {
            try await Self.$activeTransaction.withValue(transaction) {
                try await self.withConnection(sql: statement.sql) { connection in
                    try await self.streamCursor(
                        named: name, statement, on: connection, inOwnTransaction: !isNested,
                        into: cursor, decode: decode)
                }
            }
        }
        cursor.attach(task)
        try await cursor.waitUntilStarted()
        return DatabaseCursor(
            next: { try await cursor.nextBatch() },
            close: { cursor.close() })
    }

    /// Declares the cursor, answers batch requests with `FETCH`, and closes it.
    private func streamCursor<Row: Sendable>(
        named name: String, _ statement: SQLStatement, on connection: PostgresConnection,
        inOwnTransaction: Bool, into cursor: PostgresCursor<Row>,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws {
        func simple(_ sql: String) async throws {
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).get()
        }
        if inOwnTransaction { try await simple("BEGIN") }
        do {
            try await self.run(
                sql: "DECLARE \(name) NO SCROLL CURSOR FOR " + statement.sql,
                bindings: statement.bindings, on: connection)
            try await cursor.serve { size in
                let decoder = PostgresRowDecoder(context: self.textContext, decode: decode)
                _ = try await self.run(
                    "FETCH FORWARD \(size) FROM \(name)", [], on: connection, into: decoder)
                return decoder.rows
            }
            try await simple("CLOSE \(name)")
            if inOwnTransaction { try await simple("COMMIT") }
        } catch {
            // A cancelled FETCH aborts the transaction: end it either way, whatever the task's
            // state (postgres-nio runs the query regardless).
            let logger = self.logger
            await Task.detached {
                let sql = inOwnTransaction ? "ROLLBACK" : "CLOSE \(name)"
                _ = try? await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).get()
            }.value
            throw error
        }
    }

    /// Runs a statement whose rows are not wanted.
    private func run(sql: String, bindings: [SQLValue], on connection: PostgresConnection)
        async throws
    {
        let decoder = PostgresRowDecoder(context: textContext) { _ in () }
        _ = try await run(sql, bindings, on: connection, into: decoder)
    }
}

/// The hand-over between a cursor's reading task and its consumer: the consumer asks for a
/// batch, the task reads up to `batchSize` rows and answers.
final class PostgresCursor<Row: Sendable>: Sendable {
    private struct State {
        var task: Task<Void, any Error>?
        var started: CheckedContinuation<Void, any Error>?
        var isStarted = false
        var startError: (any Error)?
        var request: CheckedContinuation<[Row]?, any Error>?
        var demand: CheckedContinuation<Bool, Never>?
        var pendingDemand: Bool?
        var isFinished = false
    }

    let batchSize: Int
    private let state = Mutex(State())

    init(batchSize: Int) { self.batchSize = batchSize }

    /// Records the reading task, to cancel it on close.
    func attach(_ task: Task<Void, any Error>) {
        state.withLock { $0.task = task }
        Task {
            do {
                try await task.value
                finish(with: nil)
            } catch {
                finish(with: error)
            }
        }
    }

    /// Waits until the statement has started (or failed), so errors surface from
    /// `openCursor` itself.
    func waitUntilStarted() async throws {
        try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Void, any Error>) in
            let resume: (() -> Void)? = state.withLock { state in
                if state.isStarted { return { continuation.resume() } }
                if let error = state.startError { return { continuation.resume(throwing: error) } }
                state.started = continuation
                return nil
            }
            resume?()
        }
    }

    /// Runs in the reading task: answers batch requests with `fetch(batchSize)` until the
    /// rows end or the consumer stops asking.
    func serve(_ fetch: (Int) async throws -> [Row]) async throws {
        let started = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            state.isStarted = true
            defer { state.started = nil }
            return state.started
        }
        started?.resume()
        while await nextDemand() {
            let batch: [Row]
            do {
                batch = try await fetch(batchSize)
            } catch {
                answer(.failure(error))
                throw error
            }
            answer(.success(batch.isEmpty ? nil : batch))
            if batch.count < batchSize {
                if !batch.isEmpty, await nextDemand() { answer(.success(nil)) }
                return
            }
        }
    }

    /// The consumer's next request, or `false` when it closed the cursor.
    private func nextDemand() async -> Bool {
        await withCheckedContinuation { continuation in
            let immediate: Bool? = state.withLock { state in
                if state.isFinished { return false }
                if let pending = state.pendingDemand {
                    state.pendingDemand = nil
                    return pending
                }
                state.demand = continuation
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    private func answer(_ result: Result<[Row]?, any Error>) {
        let request = state.withLock { state in
            defer { state.request = nil }
            return state.request
        }
        request?.resume(with: result)
    }

    /// The next batch, or `nil` at the end. A cancelled consumer cancels the statement.
    func nextBatch() async throws -> [Row]? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<[Row]?, any Error>) in
                let action: (() -> Void)? = state.withLock { state in
                    if state.isFinished { return { continuation.resume(returning: nil) } }
                    state.request = continuation
                    if let demand = state.demand {
                        state.demand = nil
                        return { demand.resume(returning: true) }
                    }
                    state.pendingDemand = true
                    return nil
                }
                action?()
            }
        } onCancel: {
            self.close()
        }
    }

    /// Ends the cursor: the reading task is cancelled (and with it the statement, on the
    /// server) unless it already finished. Safe to call more than once.
    func close() {
        let (task, demand) = state.withLock { state in
            defer {
                state.demand = nil
                state.pendingDemand = false
            }
            return (state.isFinished ? nil : state.task, state.demand)
        }
        demand?.resume(returning: false)
        task?.cancel()
    }

    /// Called when the reading task ends: fails or ends whatever still waits.
    private func finish(with error: (any Error)?) {
        let (started, request, demand) = state.withLock { state in
            state.isFinished = true
            if !state.isStarted { state.startError = error ?? CancellationError() }
            defer {
                state.started = nil
                state.request = nil
                state.demand = nil
            }
            return (state.started, state.request, state.demand)
        }
        if let started { started.resume(throwing: error ?? CancellationError()) }
        if let request {
            if let error { request.resume(throwing: error) } else { request.resume(returning: nil) }
        }
        demand?.resume(returning: false)
    }
}
