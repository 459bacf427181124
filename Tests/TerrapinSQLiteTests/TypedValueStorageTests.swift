import Foundation
import Terrapin
import TerrapinTesting
import Testing

/// SQLite binds `.bool`, `.timestamp` and `.uuid` as it always stored them (0/1, UTC text,
/// lowercase text) and reads back only its five storage classes.
@Suite struct TypedValueStorageTests {
    let directory = TemporaryDirectory()

    @Test func typedValuesAreStoredAsIntegersAndTextAndReadBackAsStorageClasses() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("typed.db"))", create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE t (flag BOOLEAN, at DATETIME, id CHAR(36))")
        let date = Date(timeIntervalSince1970: 1_700_000_000.25)
        let uuid = try #require(UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8"))
        try await database.execute(
            raw: "INSERT INTO t VALUES (?, ?, ?)", [.bool(true), .timestamp(date), .uuid(uuid)])
        let rows = try await database.raw(
            "SELECT flag, typeof(flag), at, typeof(at), id, typeof(id) FROM t")
        #expect(
            rows.first?.values == [
                .integer(1), "integer", "2023-11-14 22:13:20.250", "text",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "text",
            ])
        // A typed operand finds the stored value.
        let found = try await database.table("t").filter(
            .and([
                .condition(field: "flag", lookup: .exact, operands: [.bool(true)]),
                .condition(field: "at", lookup: .exact, operands: [.timestamp(date)]),
                .condition(field: "id", lookup: .exact, operands: [.uuid(uuid)]),
            ])
        ).count()
        #expect(found == 1)
    }

    @Test func modelsRoundTripBoolDateAndUUIDFields() async throws {
        let database = try await makeMusicDatabase(directory)
        let code = UUID()
        try await Tag.create(Tag(code: code, label: "live"), on: database)
        let tag = try await Tag.get(primaryKey: code, on: database)
        #expect(tag.code == code)
        let storedCode = try await database.raw("SELECT code FROM tag")
        #expect(storedCode.first?["code"] == .text(code.uuidString.lowercased()))
        let track = try await Track.create(
            Track(name: "Intro", milliseconds: 1, genre: .rock, isExplicit: true),
            on: database)
        let id = try #require(track.id)
        let read = try await Track.get(primaryKey: id, on: database)
        #expect(read.isExplicit)
        #expect(SQLTimestamp.format(read.createdAt) == SQLTimestamp.format(track.createdAt))
        let stored = try await database.raw(
            "SELECT isExplicit, createdAt FROM track WHERE id = ?", [.integer(Int64(id))])
        #expect(stored.first?["isExplicit"] == .integer(1))
        #expect(stored.first?["createdAt"] == .text(SQLTimestamp.format(track.createdAt)))
    }

    @Test func typedSchemaDefaultsAreStoredAsSQLiteStoresValues() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("defaults.db"))", create: true, makeDefault: false)
        let date = Date(timeIntervalSince1970: 1_700_000_000.25)
        let schema = ModelSchema(
            modelName: "Sample", tableName: "sample",
            columns: [
                ColumnSchema(fieldName: "id", valueType: Int?.self, primaryKey: .autoIncrement),
                ColumnSchema(fieldName: "done", valueType: Bool.self, defaultValue: true),
                ColumnSchema(fieldName: "at", valueType: Date.self, defaultValue: .timestamp(date)),
                ColumnSchema(
                    fieldName: "raw", valueType: Data?.self, defaultValue: .blob(Data([1]))),
                ColumnSchema(
                    fieldName: "ratio", valueType: Double?.self, defaultValue: .real(-.infinity)),
            ])
        for sql in SchemaGenerator(dialect: database.dialect).statements(for: [schema]) {
            try await database.execute(raw: sql)
        }
        try await database.execute(raw: "INSERT INTO sample DEFAULT VALUES")
        let row = try #require(
            try await database.raw("SELECT done, at, raw, ratio FROM sample").first)
        #expect(
            row.values == [
                .integer(1), "2023-11-14 22:13:20.250", .blob(Data([1])), .real(-.infinity),
            ])
    }
}
