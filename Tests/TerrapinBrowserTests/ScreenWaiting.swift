import TerminalUI
import Testing

/// Waits until the screen of `backend` satisfies `condition`, recording the screen as an
/// issue (at the caller's line) and throwing after `timeout`: how the runtime suites follow
/// the real browser without sleeping for fixed times.
@MainActor
func waitForScreen(
    _ backend: TestBackend, timeout: Duration = .seconds(10),
    sourceLocation: SourceLocation = #_sourceLocation,
    until condition: (String) -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition(backend.textSnapshot()) {
        if ContinuousClock.now > deadline {
            Issue.record(
                "Timed out; the screen shows:\n\(backend.textSnapshot())",
                sourceLocation: sourceLocation)
            throw CancellationError()
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
