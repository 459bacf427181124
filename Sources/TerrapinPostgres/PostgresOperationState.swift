import Synchronization

/// One statement's life on a leased connection, so that a task cancellation turns into
/// exactly one `pg_cancel_backend` for it and never for the statement after it: the
/// connection is only given back once a cancellation in flight has been sent.
final class PostgresOperationState: Sendable {
    private enum Phase {
        case running
        case cancelling(Task<Void, Never>)
        case finished
    }

    private let phase = Mutex(Phase.running)

    /// Starts the cancellation (once) while the statement runs.
    func cancel(_ send: @escaping @Sendable () async -> Void) {
        phase.withLock { phase in
            guard case .running = phase else { return }
            phase = .cancelling(Task { await send() })
        }
    }

    /// Marks the statement done and waits for a cancellation that was started, so the
    /// connection is idle before it is reused. Returns whether one was.
    @discardableResult
    func finish() async -> Bool {
        let pending: Task<Void, Never>? = phase.withLock { phase in
            defer { phase = .finished }
            if case .cancelling(let task) = phase { return task }
            return nil
        }
        guard let pending else { return false }
        await pending.value
        return true
    }
}

/// Whether a pooled lease was granted, or given up because the server could not be
/// reached; decides which of the two happened when they race.
final class PostgresLeaseState: Sendable {
    private enum Phase { case waiting, leased, abandoned }
    private let phase = Mutex(Phase.waiting)

    /// Records the lease; `false` when the wait was already given up.
    func markLeased() -> Bool {
        phase.withLock { phase in
            guard case .waiting = phase else { return false }
            phase = .leased
            return true
        }
    }

    /// Gives up the wait; `false` when the lease came first.
    func abandon() -> Bool {
        phase.withLock { phase in
            guard case .waiting = phase else { return false }
            phase = .abandoned
            return true
        }
    }

    /// Whether the lease was granted.
    var isLeased: Bool { phase.withLock { if case .leased = $0 { true } else { false } } }
}
