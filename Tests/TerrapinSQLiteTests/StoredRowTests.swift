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

    @Test func updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let stored = try #require(
            try await films.updateRow(
                key: ["film_id": 1], changes: ["title": "Ace Goldfinger"],
                expecting: ["title": "Academy Dinosaur"]))
        #expect(stored["title"] == "Ace Goldfinger")
        #expect(stored["last_update"] == "changed Ace Goldfinger")
        #expect(stored["length"] == 86)
        #expect(stored == (try await films.first()))
        // Undo with the stored values as the expectation: accepted, not "changed by someone".
        let undone = try await films.updateRow(
            key: ["film_id": 1], changes: ["title": "Academy Dinosaur"],
            expecting: Dictionary(
                uniqueKeysWithValues: zip(stored.columns.names, stored.values)))
        #expect(undone?["title"] == "Academy Dinosaur")
        #expect(undone?["last_update"] == "changed Academy Dinosaur")
    }

    @Test func updateRowFollowsAChangedKey() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let stored = try await films.updateRow(
            key: ["film_id": 1], changes: ["film_id": 10, "length": "90"], expecting: [:])
        #expect(stored?["film_id"] == 10)
        #expect(stored?["length"] == 90)  // INTEGER affinity stored the text as a number
        #expect(stored?["last_update"] == "changed Academy Dinosaur")
    }

    @Test func updateRowOfAFilteredQuerySetStillReturnsTheRow() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film").filter(parsing: "length__lt=60")
        let stored = try await films.updateRow(
            key: ["film_id": 1], changes: ["length": 120], expecting: ["length": 86])
        #expect(stored?["length"] == 120)
    }

    @Test func insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let film = try #require(try await films.insertAndFetchRow(["title": "Zorro Ark"]))
        #expect(film["film_id"] == 2)
        #expect(film["rating"] == "G")
        #expect(film["last_update"] == "changed Zorro Ark")  // the insert trigger updated it
        #expect(film["note"] == "added as 2")
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
