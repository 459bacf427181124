/// Runs a start-up once for all callers: the first starts it, the others wait for its
/// result (a failure is kept and given to every later caller too). Nothing blocks a
/// thread while waiting.
actor StartupGate {
    private var startup: Task<PostgresTestServer, any Error>?

    /// The start-up's result, starting it on the first call.
    func value(_ start: @escaping @Sendable () async throws -> PostgresTestServer) async throws
        -> PostgresTestServer
    {
        if let startup { return try await startup.value }
        let task = Task { try await start() }
        startup = task
        return try await task.value
    }
}
