import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

@Suite struct RuntimeTests {
    /// Waits until the screen satisfies `condition`, failing after `timeout`.
    @MainActor
    private func waitForScreen(
        _ backend: TestBackend, timeout: Duration = .seconds(10),
        sourceLocation: SourceLocation = #_sourceLocation,
        until condition: (String) -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition(backend.textSnapshot()) {
            if ContinuousClock.now > deadline {
                Issue.record("Timed out; the screen shows:\n\(backend.textSnapshot())",
                    sourceLocation: sourceLocation)
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    @MainActor
    @Test func aUserBrowsesEditsAndUndoesAgainstARealDatabase() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-browser-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try await connect("sqlite://" + path, create: true, makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER)")
        try await database.execute(
            raw: "INSERT INTO artist (id, name, born) VALUES (1, 'Miles Davis', 1926), "
                + "(2, 'Nina Simone', 1933), (3, '坂本龍一', NULL)")

        let backend = TestBackend(width: 80, height: 24)
        let runtime = BrowserRuntime(
            database: database, options: BrowserOptions(initialTable: "artist"), backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }

        try await waitForScreen(backend) { $0.contains("Miles Davis") && $0.contains("of 3") }
        #expect(backend.textSnapshot().contains("坂本龍一"))

        for key: KeyEvent in [.right, .character("e"), .control("U")] { input.yield(.key(key)) }
        for character in "Davis, Miles" { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) { $0.contains("Saved name") && $0.contains("Davis, Miles") }
        let edited = try await database.raw("SELECT name FROM artist WHERE id = 1")
        #expect(edited.first?["name"] == .text("Davis, Miles"))

        input.yield(.key(.character("u")))
        try await waitForScreen(backend) { $0.contains("Undone") && $0.contains("Miles Davis") }
        let restored = try await database.raw("SELECT name FROM artist WHERE id = 1")
        #expect(restored.first?["name"] == .text("Miles Davis"))

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await database.close()
    }
}
