import Foundation
import Terrapin
import TerrapinTesting
import Testing

/// `create`, `bulkCreate`, `insertRow` and `insertAndFetchRow` on a dialect that reads keys
/// from `RETURNING` rows (``ReturningDatabase``: a real SQLite file whose `execute` reports no
/// `lastInsertedID`).
@Suite struct ReturningKeyTests {
    let directory = TemporaryDirectory()

    func makeDatabase() async throws -> ReturningDatabase {
        ReturningDatabase(try await makeMusicDatabase(directory))
    }

    @Test func createReadsTheKeyFromTheReturnedRow() async throws {
        let database = try await makeDatabase()
        let first = try await Artist.create(Artist(name: "Miles"), on: database)
        let second = try await Artist.create(Artist(name: "Nina"), on: database)
        #expect(first.id == 1 && second.id == 2)
        #expect(try await Artist.get(primaryKey: 2, on: database).name == "Nina")
    }

    @Test func bulkCreateAssignsKeysInOrderAcrossStatements() async throws {
        let database = try await makeDatabase()
        // More rows than one multi-row INSERT holds, and a row with its own key.
        var artists = (0..<2_500).map { Artist(name: "artist \($0)") }
        artists.insert(Artist(id: 10_000, name: "keyed"), at: 7)
        let created = try await Artist.bulkCreate(artists, on: database)
        #expect(created.count == 2_501)
        #expect(created[7].id == 10_000)
        #expect(created[0].id == 1 && created[8].id == 8 && created.last?.id == 2_500)
        let stored = try await Artist.query(on: database).filter("id", 1_234).get()
        #expect(stored.name == created.first { $0.id == 1_234 }?.name)
        #expect(try await Artist.query(on: database).count() == 2_501)
    }

    @Test func bulkCreateIsAllOrNothing() async throws {
        let database = try await makeDatabase()
        let artists = [Artist(name: "same"), Artist(name: "other"), Artist(name: "same")]
        await #expect(throws: TerrapinError.self) {
            try await Artist.bulkCreate(artists, on: database)
        }
        #expect(try await Artist.query(on: database).count() == 0)
    }

    @Test func rowInsertsReadTheKeyFromTheReturnedRow() async throws {
        let database = try await makeDatabase()
        let artists = try await database.table("artist")
        #expect(try await artists.insertRow(["name": "Ella"]) == .integer(1))
        let row = try #require(try await artists.insertAndFetchRow(["name": "Billie"]))
        #expect(row["id"] == .integer(2) && row["name"] == "Billie")
    }

    @Test func rawSQLIsRewrittenIntoTheDialectsNumberedPlaceholders() async throws {
        let database = try await makeDatabase()
        try await database.execute(raw: "INSERT INTO artist (name) VALUES (?), ('?')", ["Ella"])
        let rows = try await database.raw(
            "SELECT name FROM artist WHERE name = ? OR name = ?2 ORDER BY id", ["Ella", "?"])
        #expect(rows.map { $0["name"] } == ["Ella", "?"])
        let artists = try await Artist.raw(
            "SELECT * FROM artist WHERE name <> ? -- not ?", ["?"], on: database)
        #expect(artists.map(\.name) == ["Ella"])
        #expect(
            database.statements.withLock { Array($0.suffix(3)) } == [
                "INSERT INTO artist (name) VALUES (?1), ('?')",
                "SELECT name FROM artist WHERE name = ?1 OR name = ?2 ORDER BY id",
                "SELECT * FROM artist WHERE name <> ?1 -- not ?",
            ])
        let statement = try Artist.query(on: database).filter("name", "Ella").sql(
            dialect: database.dialect)
        #expect(statement.sql.hasSuffix(#"WHERE "name" = ?1"#))
    }
}
