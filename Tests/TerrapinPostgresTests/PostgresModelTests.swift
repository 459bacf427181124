import Foundation
import Terrapin
import TerrapinPostgresFixture
import Testing

@testable import TerrapinPostgres

@Model(table: "pg_band")
struct PGBand {
    var id: Int?
    @Field(maxLength: 40, unique: true) var name: String
}

@Model(table: "pg_song", ordering: ["name"])
struct PGSong: Equatable {
    var id: Int?
    @Field(maxLength: 200, index: true) var name: String
    var seconds: Int
    var rating: Double
    var isLive: Bool
    var note: String?
    var cover: Data?
    var code: UUID
    var releasedAt: Date
    @ForeignKey(PGBand.self, onDelete: .cascade) var bandId: Int?
}

/// The ORM over PostgreSQL: schemas, CRUD with keys through `RETURNING`, lookups, dynamic
/// rows with the optimistic update.
@Suite(needsPostgres) struct PostgresModelTests {
    let release = Date(timeIntervalSince1970: 1_700_000_000.125)

    func seeded(_ database: PostgresDatabase) async throws -> (PGBand, [PGSong]) {
        try await database.generateSchemas(for: [PGBand.self, PGSong.self])
        let band = try await PGBand.create(PGBand(name: "Queen"), on: database)
        let songs = try await PGSong.bulkCreate(
            [
                PGSong(
                    name: "Bohemian Rhapsody", seconds: 354, rating: 4.9, isLive: false,
                    note: "opera", cover: Data([1, 2]), code: UUID(), releasedAt: release,
                    bandId: band.id),
                PGSong(
                    name: "Love of My Life", seconds: 219, rating: 4.5, isLive: true, note: nil,
                    cover: nil, code: UUID(), releasedAt: release, bandId: band.id),
                PGSong(
                    name: "bicycle race", seconds: 181, rating: 3.9, isLive: false,
                    note: "BIKES", cover: nil, code: UUID(), releasedAt: release,
                    bandId: band.id),
            ], on: database)
        return (band, songs)
    }

    @Test func createAssignsKeysThroughReturningAndFieldsRoundTrip() async throws {
        try await withFreshDatabase { database, _, _ in
            let (band, songs) = try await seeded(database)
            #expect(band.id == 1)
            #expect(songs.map(\.id) == [1, 2, 3])
            let stored = try await PGSong.filter { $0.name == "Bohemian Rhapsody" }.using(database)
                .all()
            #expect(stored.count == 1)
            #expect(stored.first == songs[0])
        }
    }

    @Test func lookupsFilterOrderAndCountOnTheServer() async throws {
        try await withFreshDatabase { database, _, _ in
            _ = try await seeded(database)
            let set = PGSong.query(on: database)
            #expect(try await set.filter(parsing: "name__icontains=LOVE").count() == 1)
            #expect(try await set.filter(parsing: "name__contains=love").count() == 0)
            #expect(try await set.filter(parsing: "note__isnull=true").count() == 1)
            #expect(try await set.filter(parsing: "seconds__gte=200 isLive=true").count() == 1)
            #expect(try await set.filter(parsing: "rating__range=3.5,4.6").count() == 2)
            let names = try await set.orderBy("-seconds").all().map(\.name)
            #expect(names == ["Bohemian Rhapsody", "Love of My Life", "bicycle race"])
            #expect(
                try await set.exclude(
                    try #require(try QueryPredicate.parse(lookupText: "note__startswith=op"))
                ).count() == 2)
        }
    }

    @Test func saveUpdatesAndDeleteRemoves() async throws {
        try await withFreshDatabase { database, _, _ in
            var (_, songs) = try await seeded(database)
            songs[0].rating = 5
            try await songs[0].save(on: database)
            #expect(try await PGSong.get(primaryKey: 1, on: database).rating == 5)
            try await songs[1].delete(on: database)
            #expect(try await PGSong.query(on: database).count() == 2)
        }
    }

    @Test func keysetPagesWalkEveryRowOnce() async throws {
        try await withFreshDatabase { database, _, _ in
            _ = try await seeded(database)
            let table = try await database.table("pg_song").orderBy("note")
            var seen: [SQLValue] = []
            var page = try await table.fetchPage(size: 2)
            seen += page.rows.compactMap { $0["id"] }
            while page.hasMore, let next = page.lastPosition {
                page = try await table.fetchPage(size: 2, after: next)
                seen += page.rows.compactMap { $0["id"] }
            }
            #expect(Set(seen) == [1, 2, 3])
            #expect(seen.count == 3)
        }
    }

    @Test func updateRowChecksTheOldValueAndSeesAnotherSessionsChange() async throws {
        try await withFreshDatabase { database, server, url in
            _ = try await seeded(database)
            let songs = try await database.table("pg_song")
            let stored = try await songs.updateRow(
                key: ["id": 1], changes: ["name": "Bohemian Rhapsody (live)"],
                expecting: ["name": "Bohemian Rhapsody"])
            #expect(stored?["name"] == "Bohemian Rhapsody (live)")
            // Another session changes the row behind our back.
            try await server.execute(
                "UPDATE pg_song SET name = 'changed elsewhere' WHERE id = 1",
                database: databaseName(of: url))
            await #expect(throws: TerrapinError.rowChanged(table: "pg_song", key: "id=1")) {
                try await songs.updateRow(
                    key: ["id": 1], changes: ["name": "mine"],
                    expecting: ["name": "Bohemian Rhapsody (live)"])
            }
            #expect(
                try await database.raw("SELECT name FROM pg_song WHERE id = 1").first?.values
                    == ["changed elsewhere"])
        }
    }

    @Test func aUniqueViolationOnEditNamesTheTableAndColumn() async throws {
        try await withFreshDatabase { database, _, _ in
            _ = try await seeded(database)
            let bands = try await database.table("pg_band")
            try await bands.insertRow(["name": "Muse"])
            do {
                try await bands.updateRow(
                    key: ["id": 2], changes: ["name": "Queen"], expecting: ["name": "Muse"])
                Issue.record("no error")
            } catch let error as TerrapinError {
                guard case .constraintViolated(let kind, let table, let columns, _) = error else {
                    Issue.record("\(error)")
                    return
                }
                #expect(kind == .unique)
                #expect(table == "pg_band")
                #expect(columns == ["name"])
            }
        }
    }

    @Test func notNullForeignKeyAndCheckViolationsAreNamed() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.execute(
                raw: "CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child ("
                    + "id int PRIMARY KEY, parent_id int REFERENCES parent, "
                    + "qty int NOT NULL CONSTRAINT qty_positive CHECK (qty > 0))")
            try await database.execute(raw: "INSERT INTO parent VALUES (1)")
            func kind(_ sql: String) async -> (TerrapinError.ConstraintKind, [String])? {
                do {
                    try await database.execute(raw: sql)
                } catch let TerrapinError.constraintViolated(kind, _, columns, _) {
                    return (kind, columns)
                } catch {}
                return nil
            }
            let notNull = await kind("INSERT INTO child (id, qty) VALUES (1, NULL)")
            #expect(notNull?.0 == .notNull && notNull?.1 == ["qty"])
            let foreign = await kind("INSERT INTO child VALUES (1, 9, 1)")
            #expect(foreign?.0 == .foreignKey && foreign?.1 == ["parent_id"])
            let check = await kind("INSERT INTO child VALUES (1, 1, 0)")
            #expect(check?.0 == .check)
            try await database.execute(raw: "INSERT INTO child VALUES (1, 1, 1)")
            let referenced = await kind("DELETE FROM parent")
            #expect(referenced?.0 == .foreignKey && referenced?.1 == [])
        }
    }

    @Test func aReadOnlySessionRefusesWritesInPlainWords() async throws {
        let server = try await PostgresTestServer.shared()
        let url = try await server.makeDatabase()
        try await server.execute("CREATE TABLE t (x int)", database: databaseName(of: url))
        let database = try await PostgresDatabase.open(url: url + "?mode=ro")
        #expect(database.isReadOnly)
        await #expect(throws: TerrapinError.readOnly(reason: "the session was opened with mode=ro"))
        {
            try await database.execute(raw: "INSERT INTO t VALUES (1)")
        }
        try await database.close()
    }

    @Test func aRoleThatMayOnlyReadBrowsesAndIsRefusedEditsInPlainWords() async throws {
        let server = try await PostgresTestServer.shared()
        let url = try await server.makeDatabase()
        let name = databaseName(of: url)
        let role = "reader_\(name)"
        try await server.execute(
            "CREATE TABLE t (id int PRIMARY KEY, x text); INSERT INTO t VALUES (1, 'a'); "
                + "CREATE ROLE \(role) LOGIN; GRANT SELECT ON t TO \(role)",
            database: name)
        let readerURL = url.replacingOccurrences(of: "//postgres@", with: "//\(role)@")
        #expect(readerURL != url)
        let database = try await PostgresDatabase.open(url: readerURL)
        let table = try await database.table("t")
        #expect(try await table.count() == 1)
        await #expect {
            try await table.updateRow(key: ["id": 1], changes: ["x": "b"], expecting: ["x": "a"])
        } throws: { error in
            guard case TerrapinError.readOnly(let reason) = error else { return false }
            return reason.contains("role \"\(role)\" may not write here")
        }
        #expect(try await table.first()?["x"] == "a")
        try await database.close()
    }
}

@Model(table: "pg_flag")
struct PGFlag {
    var id: Int?
    @Field(default: true) var isOn: Bool
}

/// Schema defaults are written as PostgreSQL literals.
@Suite(needsPostgres) struct PostgresSchemaDefaultTests {
    @Test func aBooleanDefaultIsWrittenAsAPostgreSQLBoolean() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.generateSchemas(for: [PGFlag.self])
            let table = try #require(try await database.introspect(table: "pg_flag"))
            let flag = try #require(table.columns.last)
            #expect(flag.declaredType == "boolean")
            #expect(flag.logicalType == .boolean)
            #expect(flag.defaultSQL == "true")
            try await database.execute(raw: "INSERT INTO pg_flag DEFAULT VALUES")
            let row = try #require(try await database.raw("SELECT * FROM pg_flag").first)
            #expect(row.values.last == .bool(true))
        }
    }
}
