import Foundation
import Terrapin
import Testing

/// Writes return the row as it is stored, so that undo compares against what is really
/// there (issue 7, item 6).
@Suite struct StoredRowTests {
    let directory = TemporaryDirectory()

    /// `film` with an `AFTER UPDATE` trigger that rewrites `last_update`, as the film-rental
    /// sample database has, and an `AFTER INSERT` trigger that fills `note`.
    func makeFilms() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("films.db"))", create: true, makeDefault: false)
        for sql in [
            """
            CREATE TABLE film (film_id INTEGER PRIMARY KEY, title TEXT NOT NULL,
                rating TEXT DEFAULT 'G', length INTEGER, note TEXT,
                last_update TEXT NOT NULL DEFAULT '2000-01-01')
            """,
            """
            CREATE TRIGGER film_touched AFTER UPDATE ON film BEGIN
                UPDATE film SET last_update = 'changed ' || new.title
                WHERE film_id = new.film_id;
            END
            """,
            """
            CREATE TRIGGER film_added AFTER INSERT ON film BEGIN
                UPDATE film SET note = 'added as ' || new.film_id WHERE film_id = new.film_id;
            END
            """,
            "CREATE TABLE loose (x TEXT DEFAULT 'dx', y INTEGER)",
            "CREATE TABLE pair (a TEXT, b TEXT DEFAULT 'bee', PRIMARY KEY (a, b)) WITHOUT ROWID",
            "INSERT INTO film (film_id, title, length) VALUES (1, 'Academy Dinosaur', 86)",
        ] {
            try await database.execute(raw: sql)
        }
        return database
    }

    /// SQLite's INTEGER affinity stores text as a number, and the stored row says so.
    @Test func updateRowReturnsTheValueAsAffinityStoredIt() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let stored = try await films.updateRow(
            key: ["film_id": 1], changes: ["length": "90"], expecting: [:])
        #expect(stored?["length"] == 90)
    }

    @Test func insertAndFetchRowOfRowidAndWithoutRowidTables() async throws {
        let database = try await makeFilms()
        let loose = try await database.table("loose")
        let row = try #require(try await loose.insertAndFetchRow(["y": "7"]))
        #expect(row.columns.names == ["x", "y", "rowid"])
        #expect(row.values == ["dx", 7, 1])
        let pair = try await database.table("pair")
        let given = try await pair.insertAndFetchRow(["a": "x", "b": "y"])
        #expect(given?.values == ["x", "y"])
        // A WITHOUT ROWID table whose key was left to a default cannot be found again.
        #expect(try await pair.insertAndFetchRow(["a": "z"]) == nil)
        #expect(try await pair.count() == 2)
    }
}
