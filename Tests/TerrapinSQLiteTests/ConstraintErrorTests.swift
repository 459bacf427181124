import Foundation
import Terrapin
import TerrapinTesting
import Testing

/// Foreign-key and CHECK failures name the table, the columns and the constraint (issue 7,
/// item 11), though SQLite's messages name neither.
@Suite struct ConstraintErrorTests {
    let directory = TemporaryDirectory()

    func makeFilms() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("films.db"))", create: true, makeDefault: false)
        for sql in [
            "CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT)",
            """
            CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT,
                length INTEGER CHECK (length > 0), rating TEXT,
                category_id INTEGER REFERENCES category(id) ON DELETE RESTRICT,
                CONSTRAINT rating_known CHECK (rating IN ('G', 'PG', 'R')))
            """,
            "INSERT INTO category VALUES (1, 'Drama')",
            "INSERT INTO film VALUES (1, 'Academy Dinosaur', 86, 'PG', 1)",
        ] {
            try await database.execute(raw: sql)
        }
        return database
    }

    @Test func aCheckOnAnUpdatedColumnNamesTableColumnAndExpression() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let expected = TerrapinError.constraintViolated(
            kind: .check, table: "film", columns: ["length"],
            message: "CHECK constraint failed: length > 0")
        await #expect(throws: expected) {
            try await films.updateRow(
                key: ["id": 1], changes: ["length": -5], expecting: ["length": 86])
        }
        #expect(
            expected.description
                == #"film(length): the value breaks the CHECK constraint "length > 0". "#
                + "Change it so that the constraint holds.")
    }

    @Test func aNamedCheckOnAnInsertIsQuotedWithItsExpression() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        await #expect(
            throws: TerrapinError.constraintViolated(
                kind: .check, table: "film", columns: ["rating"],
                message: "CHECK constraint failed: rating_known (rating IN ('G', 'PG', 'R'))")
        ) {
            try await films.insertRow(["title": "Zorro", "rating": "X"])
        }
        await #expect(throws: TerrapinError.self) {
            try await films.insertAndFetchRow(["title": "Zorro", "rating": "X"])
        }
    }

    @Test func aNamedCheckWrittenOverSeveralLinesIsQuotedOnOneLine() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("lines.db"))", create: true, makeDefault: false)
        try await database.execute(
            raw: """
                CREATE TABLE reading (id INTEGER PRIMARY KEY, value REAL,
                  CONSTRAINT value_in_range CHECK (
                    value >= 0
                    AND value <= 100))
                """)
        let readings = try await database.table("reading")
        await #expect(
            throws: TerrapinError.constraintViolated(
                kind: .check, table: "reading", columns: ["value"],
                message: "CHECK constraint failed: value_in_range (value >= 0 AND value <= 100)")
        ) {
            try await readings.insertRow(["value": 120])
        }
    }

    @Test func aForeignKeyValueWithoutARowNamesTheColumn() async throws {
        let database = try await makeFilms()
        let films = try await database.table("film")
        let expected = TerrapinError.constraintViolated(
            kind: .foreignKey, table: "film", columns: ["category_id"],
            message: "FOREIGN KEY constraint failed")
        await #expect(throws: expected) {
            try await films.insertRow(["title": "Orphan", "category_id": 99])
        }
        await #expect(throws: expected) {
            try await films.updateRow(
                key: ["id": 1], changes: ["category_id": 99, "title": "x"], expecting: [:])
        }
        #expect(expected.description.hasPrefix("film(category_id): the value matches no row"))
    }

    @Test func deletingAReferencedRowSaysOtherRowsReferToIt() async throws {
        let database = try await makeFilms()
        let categories = try await database.table("category")
        let expected = TerrapinError.constraintViolated(
            kind: .foreignKey, table: "category", columns: [],
            message: "FOREIGN KEY constraint failed")
        await #expect(throws: expected) {
            try await categories.deleteRow(key: ["id": 1])
        }
        await #expect(throws: expected) {
            try await categories.filter(parsing: "id=1").delete()
        }
        #expect(expected.description.hasPrefix("category: other rows still refer to this row"))
        #expect(try await categories.count() == 1)
    }

    @Test func modelCreateNamesTheForeignKeyColumn() async throws {
        let database = try await makeMusicDatabase(directory)
        let column = try #require(Track.schema.columns.first { $0.foreignKey != nil }).name
        await #expect(
            throws: TerrapinError.constraintViolated(
                kind: .foreignKey, table: "track", columns: [column],
                message: "FOREIGN KEY constraint failed")
        ) {
            try await Track.create(
                Track(name: "Orphan", milliseconds: 1, genre: .rock, artistId: 999), on: database)
        }
        await #expect(throws: TerrapinError.self) {
            try await Track.bulkCreate(
                [Track(name: "Orphan", milliseconds: 1, genre: .rock, artistId: 999)],
                on: database)
        }
    }
}
