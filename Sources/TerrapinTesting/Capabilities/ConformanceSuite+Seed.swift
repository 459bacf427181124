import Foundation
import TerrapinCore

extension ConformanceSuite {
    /// Inserts a small catalogue: 2 artists, 5 tracks (two without a composer, one with a
    /// non-ASCII name, one without an artist).
    @discardableResult
    public func seedTracks(_ database: any Database) async throws -> [Track] {
        let queen = try await Artist.create(Artist(name: "Queen"), on: database)
        let miles = try await Artist.create(Artist(name: "Miles Davis"), on: database)
        return try await Track.bulkCreate(
            [
                Track(
                    name: "Bohemian Rhapsody", milliseconds: 354_000, composer: "Mercury",
                    genre: .rock, artistId: queen.id),
                Track(
                    name: "Love Song", milliseconds: 200_000, composer: nil, genre: .rock,
                    artistId: queen.id),
                Track(
                    name: "So What", milliseconds: 562_000, composer: "Davis", genre: .jazz,
                    artistId: miles.id),
                Track(
                    name: "Blue in Green", milliseconds: 337_000, composer: "Evans", genre: .jazz,
                    artistId: miles.id),
                Track(
                    name: "Ärger 日本", milliseconds: 1_000, composer: nil, genre: .classical,
                    artistId: nil),
            ], on: database)
    }

    /// The definition of an auto-increment integer key column called `name`, in the
    /// database's dialect (`"id" INTEGER PRIMARY KEY` on SQLite, an identity on PostgreSQL).
    func keyColumn(_ name: String, on database: any Database) -> String {
        let dialect = database.dialect
        let column = ColumnSchema(fieldName: name, valueType: Int?.self, primaryKey: .autoIncrement)
        return dialect.quote(name) + " " + dialect.autoIncrementPrimaryKeyDefinition(for: column)
    }

    /// Runs each raw statement in order.
    func execute(_ statements: [String], on database: any Database) async throws {
        for sql in statements { try await database.execute(raw: sql) }
    }
}

extension ConformanceSuite {
    /// The column type the database's dialect generates for a field of `type` (`TEXT`,
    /// `INTEGER`/`BIGINT`, `REAL`/`DOUBLE PRECISION`, `BLOB`/`BYTEA`), for the suite's raw DDL.
    func columnType<Value: SQLFieldValue>(_ type: Value.Type, on database: any Database)
        -> String
    {
        database.dialect.columnType(for: ColumnSchema(fieldName: "value", valueType: type))
    }
}
