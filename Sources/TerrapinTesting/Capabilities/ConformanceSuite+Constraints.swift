import TerrapinCore
import Testing

extension ConformanceSuite {
    /// `category` and `film`, with a CHECK on a column, a named CHECK and a foreign key.
    func withConstrainedFilms(_ body: (any Database) async throws -> Void) async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            try await execute(
                [
                    "CREATE TABLE category (\(keyColumn("id", on: database)), name \(text))",
                    "CREATE TABLE film (\(keyColumn("id", on: database)), title \(text), "
                        + "length \(integer) CHECK (length > 0), rating \(text), "
                        + "category_id \(integer) REFERENCES category (id) ON DELETE RESTRICT, "
                        + "CONSTRAINT rating_known CHECK (rating IN ('G', 'PG', 'R')))",
                    "INSERT INTO category (name) VALUES ('Drama')",
                    "INSERT INTO film (title, length, rating, category_id) "
                        + "VALUES ('Academy Dinosaur', 86, 'PG', 1)",
                ], on: database)
            try await body(database)
        }
    }

    /// Whether `error` is a constraint violation of `kind` on `table` naming `columns`
    /// (the message is the driver's own).
    func isViolation(
        _ error: any Error, _ kind: TerrapinError.ConstraintKind, table: String, columns: [String]
    ) -> Bool {
        guard case TerrapinError.constraintViolated(let found, let name, let named, _) = error
        else { return false }
        return found == kind && name == table && named == columns
    }

    /// CHECK failures name the table and the column, on update and on insert.
    public func checkFailuresNameTheTableAndColumn() async throws {
        try await withConstrainedFilms { database in
            let films = try await database.table("film")
            await #expect {
                try await films.updateRow(
                    key: ["id": 1], changes: ["length": -5], expecting: ["length": 86])
            } throws: { isViolation($0, .check, table: "film", columns: ["length"]) }
            await #expect {
                try await films.insertRow(["title": "Zorro", "rating": "X"])
            } throws: { isViolation($0, .check, table: "film", columns: ["rating"]) }
            #expect(try await films.count() == 1)
        }
    }

    /// Foreign-key failures name the column when a value matches no row, and say other
    /// rows refer to a row being deleted; models name their foreign-key column too.
    public func foreignKeyFailuresNameTheColumn() async throws {
        try await withConstrainedFilms { database in
            let films = try await database.table("film")
            await #expect {
                try await films.insertRow(["title": "Orphan", "category_id": 99])
            } throws: { isViolation($0, .foreignKey, table: "film", columns: ["category_id"]) }
            await #expect {
                try await films.updateRow(
                    key: ["id": 1], changes: ["category_id": 99, "title": "x"], expecting: [:])
            } throws: { isViolation($0, .foreignKey, table: "film", columns: ["category_id"]) }
            let categories = try await database.table("category")
            await #expect {
                try await categories.deleteRow(key: ["id": 1])
            } throws: { isViolation($0, .foreignKey, table: "category", columns: []) }
            await #expect {
                try await categories.filter(parsing: "id=1").delete()
            } throws: { isViolation($0, .foreignKey, table: "category", columns: []) }
            #expect(try await categories.count() == 1)
        }
        try await withMusicDatabase { database in
            let column = try #require(Track.schema.columns.first { $0.foreignKey != nil }).name
            await #expect {
                try await Track.create(
                    Track(name: "Orphan", milliseconds: 1, genre: .rock, artistId: 999),
                    on: database)
            } throws: { isViolation($0, .foreignKey, table: "track", columns: [column]) }
            await #expect(throws: TerrapinError.self) {
                try await Track.bulkCreate(
                    [Track(name: "Orphan", milliseconds: 1, genre: .rock, artistId: 999)],
                    on: database)
            }
        }
    }

    /// A unique violation is a constraint violation of kind `unique` on the table.
    public func uniqueFailuresAreConstraintViolations() async throws {
        try await withMusicDatabase { database in
            try await Artist.create(Artist(name: "Queen"), on: database)
            await #expect {
                try await Artist.create(Artist(name: "Queen"), on: database)
            } throws: { error in
                guard case TerrapinError.constraintViolated(.unique, let table, _, _) = error
                else { return false }
                return table == "artist"
            }
        }
    }
}
