import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

@Suite struct LiveRuntimeTests {
    /// The screen row showing `text`, and whether the cursor (reverse video) is on it.
    @MainActor
    private func row(showing text: String, in backend: TestBackend) -> (y: Int, hasCursor: Bool)? {
        let lines = backend.textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        let reverse = backend.screen.styleSnapshot { $0.attributes.contains(.reverse) ? "#" : " " }
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard let y = lines.firstIndex(where: { $0.contains(text) }) else { return nil }
        // The sidebar (a third of the width) can have its own selection: look at the grid.
        let grid = reverse[y].dropFirst(30)
        return (y, grid.contains("#"))
    }

    @MainActor
    @Test func aRowUpdatedByAnotherConnectionChangesOnScreenWithTheCursorKept() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("live.sqlite").path
        let database = try await connect("sqlite://" + path, create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(
            raw: "INSERT INTO item VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')")
        let other = try await connect("sqlite://" + path, makeDefault: false)

        let backend = TestBackend(width: 100, height: 24)
        let runtime = BrowserRuntime(
            database: database,
            options: BrowserOptions(initialTable: "item", liveInterval: .milliseconds(50)),
            backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }
        try await waitForScreen(backend) { $0.contains("three") && $0.contains("of 4") }
        input.yield(.key(.down))
        input.yield(.key(.down))
        try await waitForScreen(backend) { _ in
            row(showing: "three", in: backend)?.hasCursor == true
        }
        let before = try #require(row(showing: "three", in: backend))
        // Let a poll read the baseline before the other connection commits.
        try await Task.sleep(for: .milliseconds(200))

        try await other.execute(raw: "INSERT INTO item VALUES (0, 'zero')")
        try await other.execute(raw: "UPDATE item SET label = 'three, changed' WHERE id = 3")
        try await waitForScreen(backend) {
            $0.contains("three, changed") && $0.contains("zero") && $0.contains("of 5")
        }
        let after = try #require(row(showing: "three, changed", in: backend))
        #expect(after.y == before.y + 1)
        #expect(after.hasCursor)
        #expect(row(showing: "two", in: backend)?.hasCursor == false)

        try await other.execute(raw: "DELETE FROM item WHERE id = 1")
        try await waitForScreen(backend) {
            $0.contains("A row was deleted elsewhere") && !$0.contains(" one ")
        }
        #expect(row(showing: "three, changed", in: backend)?.hasCursor == true)

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await other.close()
        try await database.close()
    }

    @MainActor
    @Test func liveTicksOnAnIdleScreenDrawNothing() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("live.sqlite").path
        let database = try await connect("sqlite://" + path, create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(raw: "INSERT INTO item VALUES (1, 'one')")

        let backend = TestBackend(width: 100, height: 24)
        let runtime = BrowserRuntime(
            database: database,
            options: BrowserOptions(initialTable: "item", liveInterval: .milliseconds(20)),
            backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }
        try await waitForScreen(backend) { $0.contains("one") && $0.contains("of 1") }
        // About fifteen ticks, each polling: none changes what is on screen.
        let draws = backend.flushCount
        try await Task.sleep(for: .milliseconds(300))
        #expect(backend.flushCount == draws)

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await database.close()
    }

    @MainActor
    @Test func withLiveRefreshOffTheScreenKeepsWhatItShowed() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("live.sqlite").path
        let database = try await connect("sqlite://" + path, create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(raw: "INSERT INTO item VALUES (1, 'one')")
        let other = try await connect("sqlite://" + path, makeDefault: false)

        let backend = TestBackend(width: 100, height: 24)
        let runtime = BrowserRuntime(
            database: database,
            options: BrowserOptions(
                initialTable: "item", isLive: false, liveInterval: .milliseconds(20)),
            backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }
        try await waitForScreen(backend) { $0.contains("one") && $0.contains("live off") }
        try await other.execute(raw: "UPDATE item SET label = 'uno' WHERE id = 1")
        try await Task.sleep(for: .milliseconds(300))
        #expect(backend.textSnapshot().contains("one"))
        #expect(!backend.textSnapshot().contains("uno"))
        input.yield(.key(.character("r")))
        try await waitForScreen(backend) { $0.contains("uno") }

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await other.close()
        try await database.close()
    }
}
