import Foundation
import Terrapin
import Testing

/// The hidden row key is the driver's: SQLite's introspector names it (`rowid`, or another
/// spelling when a column takes that name), and the core pages and edits by that name.
@Suite struct HiddenRowKeyTests {
    let directory = TemporaryDirectory()

    @Test func aColumnNamedRowidHidesItSoTheKeyIsSpelledAnotherWay() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("shadow.db"))", create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE shadow (RowID TEXT, v INTEGER)")
        try await database.execute(raw: "INSERT INTO shadow VALUES ('label', 1)")
        let description = try #require(try await database.introspect(table: "shadow"))
        #expect(description.hiddenRowKey == "_rowid_")
        #expect(description.rowKey == ["_rowid_"])
        let shadow = database.table(description)
        let row = try #require(try await shadow.first())
        #expect(row.columns.names == ["RowID", "v", "_rowid_"])
        #expect(row["RowID"] == "label" && row["_rowid_"] == 1)
        let stored = try await shadow.updateRow(
            key: ["_rowid_": 1], changes: ["v": 2], expecting: ["v": 1])
        #expect(stored?["v"] == 2 && stored?["RowID"] == "label")
        let added = try #require(try await shadow.insertAndFetchRow(["RowID": "other"]))
        #expect(added["_rowid_"] == 2 && added["RowID"] == "other")
    }

    @Test func withoutRowidTablesAndViewsHaveNoHiddenKey() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("keys.db"))", create: true, makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE pair (a INTEGER, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID")
        try await database.execute(raw: "CREATE VIEW pairs AS SELECT * FROM pair")
        #expect(try await database.introspect(table: "pair")?.hiddenRowKey == nil)
        #expect(try await database.introspect(table: "pairs")?.hiddenRowKey == nil)
        let keyed = TableDescription(
            name: "t", kind: .table, columns: [], primaryKey: ["id"], hiddenRowKey: "rowid")
        #expect(keyed.rowKey == ["id"])
        let hidden = TableDescription(
            name: "t", kind: .table, columns: [], primaryKey: [], hiddenRowKey: "ctid")
        #expect(hidden.rowKey == ["ctid"])
        #expect(QuerySource.table(hidden).insertedIDColumn == "ctid")
        #expect(TableDescription(name: "t", kind: .table, columns: [], primaryKey: []).rowKey == [])
    }
}
