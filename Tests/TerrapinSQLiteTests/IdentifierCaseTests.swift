import Foundation
import Terrapin
import Testing

/// SQLite matches identifiers ignoring ASCII case, and so must Terrapin on SQLite (issue 7,
/// item 5): a dictionary database whose foreign keys say `REFERENCES sense(id)` for a
/// column declared `ID`.
@Suite struct IdentifierCaseTests {
    let directory = TemporaryDirectory()

    func makeDictionary() async throws -> any Database {
        let database = try await connect(
            "sqlite://\(directory.path("dictionary.db"))", create: true, makeDefault: false)
        for sql in [
            "CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER, Gloss TEXT)",
            "CREATE INDEX sense_seq ON Sense (IDSEQ, gloss)",
            "CREATE TABLE Entry (SID INTEGER REFERENCES sense(id), Word TEXT, PRIMARY KEY (Word))",
            "INSERT INTO Sense VALUES (1, 10, 'water'), (5, 50, 'fire'), (7, 10, 'earth')",
            "INSERT INTO Entry VALUES (5, '火'), (1, '水')",
        ] {
            try await database.execute(raw: sql)
        }
        return database
    }

    @Test func foreignKeysNameTheReferencedTableAndColumnsAsDeclared() async throws {
        let database = try await makeDictionary()
        let entry = try #require(try await database.introspect(table: "entry"))
        #expect(entry.name == "Entry")
        #expect(entry.identifierMatching == .caseInsensitive)
        let key = try #require(entry.foreignKey(for: "sid"))
        #expect(key.columns == ["SID"])
        #expect(key.referencedTable == "Sense")
        #expect(key.referencedColumns == ["ID"])
        let sense = try #require(try await database.introspect(table: "SENSE"))
        #expect(sense.column(named: "gloss")?.name == "Gloss")
        #expect(sense.hasIndex(startingWith: ["idseq", "GLOSS"]))
    }

    @Test func filtersAndOrderingsFindColumnsWhateverTheirCase() async throws {
        let database = try await makeDictionary()
        let sense = try await database.table("sense")
        let five = try await sense.filter(parsing: "id=5").all()
        #expect(five.map { $0["Gloss"] } == ["fire"])
        // Following the foreign key the way the record view does: by the referenced column.
        let referenced = try await sense.filter(Q("ID", 5)).all()
        #expect(referenced == five)
        let ordered = try await sense.orderBy("-IDSEQ", "gloss").all().map { $0["Gloss"] }
        #expect(ordered == ["fire", "earth", "water"])
        let page = try await sense.orderBy("idSeq").fetchPage(size: 2)
        #expect(page.lastPosition == [10, 7])
        let next = try await sense.orderBy("idSeq").fetchPage(size: 2, after: page.lastPosition)
        #expect(next.rows.map { $0["Gloss"] } == ["fire"])
        await #expect(throws: TerrapinError.self) { try await sense.filter(parsing: "ids=1").all() }
    }

    @Test func rowEditsFindKeyAndColumnsWhateverTheirCase() async throws {
        let database = try await makeDictionary()
        let sense = try await database.table("Sense")
        let stored = try await sense.updateRow(
            key: ["id": 7], changes: ["gloss": "soil"], expecting: ["GLOSS": "earth"])
        #expect(stored?["Gloss"] == "soil")
        let entry = try await database.table("Entry")
        let added = try await entry.insertAndFetchRow(["word": "土", "sid": 7])
        #expect(added?.values == [7, "土"])
        try await entry.deleteRow(key: ["WORD": "土"], expecting: ["Sid": 7])
        #expect(try await entry.count() == 2)
    }
}
