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
}
