import Foundation
import Terrapin
import Testing

/// What introspection tells an editor about declared types, STRICT tables and generated
/// columns (issue 7, items 7 and 8).
@Suite struct DeclaredTypeTests {
    let directory = TemporaryDirectory()

    func makeDatabase() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("types.db"))", create: true, makeDefault: false)
        for sql in [
            """
            CREATE TABLE loose (id INTEGER PRIMARY KEY, doc JSON, price DECIMAL(10,2),
                flag BOOLEAN, day DATE, anything, amount REAL,
                doubled REAL GENERATED ALWAYS AS (amount * 2) VIRTUAL,
                label TEXT GENERATED ALWAYS AS ('#' || id) STORED)
            """,
            "CREATE TABLE tight (id INTEGER PRIMARY KEY, n INTEGER, t TEXT, a ANY) STRICT",
            "CREATE VIEW loose_view AS SELECT id, doc FROM loose",
        ] {
            try await database.execute(raw: sql)
        }
        return database
    }

    @Test func introspectionFindsStrictTablesAndGeneratedColumns() async throws {
        let database = try await makeDatabase()
        let loose = try #require(try await database.introspect(table: "loose"))
        let tight = try #require(try await database.introspect(table: "tight"))
        let view = try #require(try await database.introspect(table: "loose_view"))
        #expect(!loose.isStrict && tight.isStrict && !view.isStrict)
        #expect(loose.generatedColumns == ["doubled", "label"])
        #expect(loose.column(named: "doubled")?.isGenerated == true)
        #expect(loose.column(named: "amount")?.isGenerated == false)
        #expect(tight.generatedColumns.isEmpty)
    }

    @Test func logicalTypesAndAffinitiesFollowTheDeclaredType() async throws {
        let database = try await makeDatabase()
        let loose = try #require(try await database.introspect(table: "loose"))
        func column(_ name: String) throws -> ColumnDescription {
            try #require(loose.column(named: name))
        }
        #expect(try column("doc").logicalType == .text)  // not real
        #expect(try column("doc").affinity == .numeric)  // what SQLite does with it
        #expect(try column("price").logicalType == .real)
        #expect(try column("price").affinity == .numeric)
        #expect(try column("flag").logicalType == .boolean)
        #expect(try column("day").logicalType == .timestamp)
        #expect(try column("anything").logicalType == .blob)
        #expect(try column("anything").affinity == .blob)
        #expect(try column("amount").affinity == .real)
        #expect(try column("id").affinity == .integer)
        // In a table that is not STRICT, SQLite keeps what it cannot convert, as it is.
        try await database.execute(
            raw: #"INSERT INTO loose (doc, price, flag) VALUES ('{"x": 1}', 'cheap', 'yes')"#)
        let row = try #require(try await database.table("loose").first())
        #expect(row["doc"] == #"{"x": 1}"#)
        #expect(row["price"] == "cheap")
        #expect(row["flag"] == "yes")
    }

    @Test func acceptsAnyValueTellsStrictFromLooseColumns() async throws {
        let database = try await makeDatabase()
        let loose = try #require(try await database.introspect(table: "loose"))
        let tight = try #require(try await database.introspect(table: "tight"))
        for name in ["doc", "price", "flag", "day", "anything", "amount"] {
            #expect(try #require(loose.column(named: name)).acceptsAnyValue, "\(name)")
        }
        // The rowid alias holds integers only, STRICT or not.
        #expect(try !#require(loose.column(named: "id")).acceptsAnyValue)
        #expect(try !#require(tight.column(named: "n")).acceptsAnyValue)
        #expect(try !#require(tight.column(named: "t")).acceptsAnyValue)
        #expect(try #require(tight.column(named: "a")).acceptsAnyValue)
        await #expect(throws: TerrapinError.self) {
            try await database.table("tight").insertRow(["n": "abc"])
        }
    }

    @Test func writesRefuseGeneratedColumnsNamingTableAndColumn() async throws {
        let database = try await makeDatabase()
        let loose = try await database.table("loose")
        let refusal = TerrapinError.columnNotWritable(
            table: "loose", column: "doubled",
            reason: "it is a generated column, computed by the database from other columns; "
                + "leave it out and change those instead")
        await #expect(throws: refusal) {
            try await loose.insertRow(["amount": 2.5, "doubled": 5])
        }
        await #expect(throws: refusal) {
            try await loose.insertAndFetchRow(["DOUBLED": 5])
        }
        let row = try #require(try await loose.insertAndFetchRow(["amount": 2.5]))
        #expect(row["doubled"] == 5.0 && row["label"] == "#1")
        await #expect(throws: refusal) {
            try await loose.updateRow(key: ["id": 1], changes: ["doubled": 1], expecting: [:])
        }
        // Generated values can still be expected (an optimistic check reads them).
        let stored = try await loose.updateRow(
            key: ["id": 1], changes: ["amount": 4], expecting: ["doubled": 5.0])
        #expect(stored?["doubled"] == 8.0)
        #expect(refusal.description.hasPrefix("loose.doubled cannot be written: "))
    }
}
