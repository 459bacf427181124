import ArgumentParser
import Foundation
import Terrapin
import Testing

@testable import TerrapinCommandLine

/// `terrapin query` on a real SQLite file: what it selects for its options.
@Suite struct QueryCommandTests {
    /// A fresh file with a mixed-case table of 3 rows.
    static func makeDictionary() async throws -> (path: String, cleanup: @Sendable () -> Void) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("dictionary.db").path
        let database = try await connect("sqlite://\(path)", create: true, makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER, Gloss TEXT)")
        try await database.execute(
            raw: "INSERT INTO Sense VALUES (1, 10, 'water'), (5, 50, 'fire'), (7, 10, 'earth')")
        try await database.close()
        return (path, { try? FileManager.default.removeItem(at: directory) })
    }

    /// The rows `terrapin query ARGUMENTS` selects, as the command builds its query.
    static func rows(_ arguments: [String]) async throws -> [DynamicRow] {
        let command = try #require(try TerrapinCommand.parseAsRoot(arguments) as? QueryCommand)
        let predicate = try command.filter.flatMap { try QueryPredicate.parse(lookupText: $0) }
        let (database, tables) = try await DatabaseOpener.open(command.database, readOnly: true)
        do {
            let description = try DatabaseOpener.table(named: command.table, in: tables)
            let rows = try await command.makeQuerySet(
                database.table(description), predicate: predicate
            ).all()
            try await database.close()
            return rows
        } catch {
            try? await database.close()
            throw error
        }
    }

    @Test func filtersAndOrderingsNameColumnsInAnyCaseAsSQLiteDoes() async throws {
        let (path, cleanup) = try await Self.makeDictionary()
        defer { cleanup() }
        let five = try await Self.rows(["query", path, "sense", "--filter", "id=5"])
        #expect(five.map { $0["Gloss"] } == ["fire"])
        let ordered = try await Self.rows([
            "query", path, "Sense", "--order-by", "-IDSEQ", "--order-by", "gloss",
        ])
        #expect(ordered.map { $0["Gloss"] } == ["fire", "earth", "water"])
    }

    @Test func limitMinusOneMeansNoLimit() async throws {
        let (path, cleanup) = try await Self.makeDictionary()
        defer { cleanup() }
        let command = try #require(
            try TerrapinCommand.parseAsRoot(["query", path, "Sense", "--limit", "-1"])
                as? QueryCommand)
        #expect(command.limit == -1)
        #expect(try await Self.rows(["query", path, "Sense", "--limit", "-1"]).count == 3)
        #expect(try await Self.rows(["query", path, "Sense", "--limit=-1"]).count == 3)
        #expect(try await Self.rows(["query", path, "Sense", "--limit", "2"]).count == 2)
        #expect(try await Self.rows(["query", path, "Sense", "--limit", "0"]).isEmpty)
    }

    @Test func otherNegativeLimitsAreAUsageErrorThatSaysSo() {
        #expect {
            try TerrapinCommand.parseAsRoot(["query", "x.db", "Sense", "--limit", "-3"])
        } throws: { error in
            TerrapinCommand.message(for: error).contains("-1 for no limit")
                && TerrapinCommand.exitCode(for: error) == .validationFailure
        }
    }
}
