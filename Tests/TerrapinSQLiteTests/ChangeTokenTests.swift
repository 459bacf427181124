import Foundation
import Terrapin
import Testing

@Suite struct ChangeTokenTests {
    /// Opens a file database with one table of two rows.
    private func makeDatabase(_ directory: TemporaryDirectory) async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("live.db"))", create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(raw: "INSERT INTO item VALUES (1, 'one'), (2, 'two')")
        return database
    }

    @Test func theTokenStaysTheSameWhileNothingIsCommitted() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let first = try await database.changeToken(for: "item")
        _ = try await database.raw("SELECT * FROM item")
        let second = try await database.changeToken(for: "item")
        #expect(first != nil)
        #expect(first == second)
        try await database.close()
    }

    @Test func aCommitOfThisDatabasesOwnWriterChangesTheToken() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let before = try await database.changeToken(for: "item")
        try await database.execute(raw: "UPDATE item SET label = 'uno' WHERE id = 1")
        let after = try await database.changeToken(for: "item")
        #expect(before != after)
        try await database.close()
    }

    @Test func aCommitOnAnotherConnectionChangesTheToken() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let other = try await connect(
            "sqlite://\(directory.path("live.db"))", makeDefault: false)
        let before = try await database.changeToken(for: "item")
        try await other.execute(raw: "DELETE FROM item WHERE id = 2")
        let after = try await database.changeToken(for: "item")
        #expect(before != after)
        #expect(try await database.changeToken(for: "item") == after)
        try await other.close()
        try await database.close()
    }

    @Test func aCommitByAnotherProcessChangesTheToken() async throws {
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let sqlite3 else {
            Issue.record("sqlite3 is not installed; this test needs it as the other process")
            return
        }
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        let before = try await database.changeToken(for: "item")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [
            directory.path("live.db"), "UPDATE item SET label = 'elsewhere' WHERE id = 1",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let after = try await database.changeToken(for: "item")
        #expect(before != after)
        let rows = try await database.raw("SELECT label FROM item WHERE id = 1")
        #expect(rows.first?["label"] == .text("elsewhere"))
        try await database.close()
    }

    @Test func anInMemoryDatabaseCannotTell() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        #expect(try await database.changeToken(for: "anything") == nil)
        try await database.close()
    }

    @Test func aClosedDatabaseRefusesToReadTheToken() async throws {
        let directory = TemporaryDirectory()
        let database = try await makeDatabase(directory)
        _ = try await database.changeToken(for: "item")
        try await database.close()
        await #expect(throws: TerrapinError.self) {
            try await database.changeToken(for: "item")
        }
    }
}
