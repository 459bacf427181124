import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

@Suite struct RuntimeTests {
    @MainActor
    @Test func aUserBrowsesEditsAndUndoesAgainstARealDatabase() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-browser-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
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
        try await waitForScreen(backend) {
            $0.contains("Saved name") && $0.contains("Davis, Miles")
        }
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

    @MainActor
    @Test func tablesIntrospectedByTheCallerAreUsedWithoutIntrospectingAgain() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(raw: "CREATE TABLE artist (id INTEGER PRIMARY KEY)")
        var tables = try await database.introspect()
        // A table created after the caller's introspection stays unlisted until a reload.
        try await database.execute(raw: "CREATE TABLE later (id INTEGER PRIMARY KEY)")
        tables[0].estimatedRowCount = 42
        let backend = TestBackend(width: 80, height: 24)
        let runtime = BrowserRuntime(
            database: database, options: BrowserOptions(tables: tables), backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }
        try await waitForScreen(backend) { $0.contains("artist") && $0.contains("0") }
        #expect(!backend.textSnapshot().contains("later"))
        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await database.close()
    }

    @MainActor
    @Test func aUserPagesToTheEndFiltersShowsTheCodeAndExports() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try await connect(
            "sqlite://" + directory.appendingPathComponent("big.sqlite").path, create: true,
            makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(
            raw: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                + "INSERT INTO item SELECT i, 'item ' || i FROM n")

        let backend = TestBackend(width: 80, height: 24)
        let runtime = BrowserRuntime(
            database: database, options: BrowserOptions(initialTable: "item"), backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }

        try await waitForScreen(backend) { $0.contains("rows 1–18 of 500") }
        input.yield(.key(.character("G")))
        try await waitForScreen(backend) {
            $0.contains("rows 483–500 of 500") && $0.contains("item 500")
        }

        input.yield(.key(.character("/")))
        for character in "id__gt=490" { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) {
            $0.contains("rows 1–10 of 10") && $0.contains("item 491")
        }

        input.yield(.key(.character("c")))
        try await waitForScreen(backend) { $0.contains("SELECT") && $0.contains("filter(parsing:") }
        input.yield(.key(.escape))

        let exported = directory.appendingPathComponent("items.csv").path
        input.yield(.key(.character("x")))
        input.yield(.key(.control("U")))
        for character in exported { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) { $0.contains("Exported 10 rows") }
        let csv = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(csv.hasPrefix("id,label\n491,item 491\n"))
        #expect(csv.components(separatedBy: "\n").count == 12)

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await database.close()
    }

    @MainActor
    @Test func escapeCancelsASlowCountAndTheBrowserStaysResponsive() async throws {
        // A file database: its reader pool runs the page and the count side by side (an
        // in-memory database has one connection, and the page would wait for the count).
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try await connect(
            "sqlite://" + directory.appendingPathComponent("huge.sqlite").path, create: true,
            makeDefault: false)
        try await database.execute(raw: "CREATE TABLE n (i INTEGER PRIMARY KEY)")
        try await database.execute(
            raw: "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) "
                + "INSERT INTO n SELECT i FROM c")
        // A billion rows: counting them takes minutes, reading the first page does not.
        try await database.execute(
            raw: "CREATE VIEW huge AS SELECT a.i AS a, b.i AS b, c.i AS c FROM n a, n b, n c")

        let backend = TestBackend(width: 80, height: 24)
        let runtime = BrowserRuntime(
            database: database, options: BrowserOptions(initialTable: "huge"), backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }

        try await waitForScreen(backend) { $0.contains("working") && $0.contains("rows 1–18") }
        input.yield(.key(.character("j")))  // keys are handled while the count runs
        input.yield(.key(.escape))
        try await waitForScreen(backend) { $0.contains("Cancelled.") && !$0.contains("working") }
        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        try await database.close()
    }
}
