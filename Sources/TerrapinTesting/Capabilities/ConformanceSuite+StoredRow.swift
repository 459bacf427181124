import TerrapinCore
import Testing

extension ConformanceSuite {
    /// `film`, whose update trigger rewrites `last_update` and whose insert trigger fills
    /// `note`, as the film-rental sample database has; triggers in the dialect's syntax.
    func withFilms(_ body: (any Database) async throws -> Void) async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            try await execute(
                [
                    "CREATE TABLE film (\(keyColumn("film_id", on: database)), "
                        + "title \(text) NOT NULL, rating \(text) DEFAULT 'G', "
                        + "length \(integer), note \(text), "
                        + "last_update \(text) NOT NULL DEFAULT '2000-01-01')"
                ] + (try filmTriggers(on: database))
                    + ["INSERT INTO film (title, length) VALUES ('Academy Dinosaur', 86)"],
                on: database)
            try await body(database)
        }
    }

    /// The two triggers of ``withFilms(_:)``: trigger syntax is the one thing SQL databases
    /// share nothing of, so the suite carries it for the dialects Terrapin ships.
    private func filmTriggers(on database: any Database) throws -> [String] {
        switch database.dialect.name {
        case "sqlite":
            return [
                """
                CREATE TRIGGER film_touched AFTER UPDATE ON film BEGIN
                    UPDATE film SET last_update = 'changed ' || new.title
                    WHERE film_id = new.film_id;
                END
                """,
                """
                CREATE TRIGGER film_added AFTER INSERT ON film BEGIN
                    UPDATE film SET note = 'added as ' || new.film_id
                    WHERE film_id = new.film_id;
                END
                """,
            ]
        case "postgresql":
            return [
                """
                CREATE FUNCTION film_touched() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.last_update := 'changed ' || NEW.title; RETURN NEW; END $$
                """,
                """
                CREATE TRIGGER film_touched BEFORE UPDATE ON film
                FOR EACH ROW EXECUTE FUNCTION film_touched()
                """,
                """
                CREATE FUNCTION film_added() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE film SET note = 'added as ' || NEW.film_id
                WHERE film_id = NEW.film_id; RETURN NULL; END $$
                """,
                """
                CREATE TRIGGER film_added AFTER INSERT ON film
                FOR EACH ROW EXECUTE FUNCTION film_added()
                """,
            ]
        case let name:
            throw ConformanceFailure(
                "the suite has no trigger SQL for the \(name) dialect: add it to filmTriggers")
        }
    }

    /// `updateRow` returns what the trigger stored, and an undo that expects those values
    /// is accepted.
    public func updateRowReturnsWhatTheTriggerStoredAndUndoMatchesIt() async throws {
        try await withFilms { database in
            let films = try await database.table("film")
            let stored = try #require(
                try await films.updateRow(
                    key: ["film_id": 1], changes: ["title": "Ace Goldfinger"],
                    expecting: ["title": "Academy Dinosaur"]))
            #expect(stored["title"] == "Ace Goldfinger")
            #expect(stored["last_update"] == "changed Ace Goldfinger")
            #expect(stored["length"] == 86)
            #expect(stored == (try await films.first()))
            let undone = try await films.updateRow(
                key: ["film_id": 1], changes: ["title": "Academy Dinosaur"],
                expecting: Dictionary(
                    uniqueKeysWithValues: zip(stored.columns.names, stored.values)))
            #expect(undone?["title"] == "Academy Dinosaur")
            #expect(undone?["last_update"] == "changed Academy Dinosaur")
        }
    }

    /// `updateRow` follows a changed key, and works on a filtered query set whose filter the
    /// row no longer (or never) matched.
    public func updateRowFollowsAChangedKeyAndIgnoresTheFilter() async throws {
        try await withFilms { database in
            let films = try await database.table("film")
            let moved = try await films.updateRow(
                key: ["film_id": 1], changes: ["film_id": 10, "length": 90], expecting: [:])
            #expect(moved?["film_id"] == 10)
            #expect(moved?["length"] == 90)
            #expect(moved?["last_update"] == "changed Academy Dinosaur")
            let short = try await database.table("film").filter(parsing: "length__lt=60")
            let stored = try await short.updateRow(
                key: ["film_id": 10], changes: ["length": 120], expecting: ["length": 90])
            #expect(stored?["length"] == 120)
        }
    }

    /// `insertAndFetchRow` returns the stored row: its key, defaults and trigger writes.
    public func insertAndFetchRowReturnsDefaultsKeysAndTriggerWrites() async throws {
        try await withFilms { database in
            let films = try await database.table("film")
            let film = try #require(try await films.insertAndFetchRow(["title": "Zorro Ark"]))
            #expect(film["film_id"] == 2)
            #expect(film["rating"] == "G")
            #expect(film["last_update"] == "changed Zorro Ark")
            #expect(film["note"] == "added as 2")
            #expect(try await films.insertRow(["title": "Third"]) == 3)
            #expect(try await films.count() == 3)
        }
    }
}
