import TerrapinCore
import Testing

extension ConformanceSuite {
    /// A dictionary whose tables and columns are declared in mixed case (quoted, so that
    /// every database keeps the case as written).
    func withDictionary(_ body: (any Database) async throws -> Void) async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            try await execute(
                [
                    #"CREATE TABLE "Sense" ("ID" \#(integer) PRIMARY KEY, "idseq" \#(integer), "#
                        + #""Gloss" \#(text))"#,
                    #"CREATE INDEX sense_seq ON "Sense" ("idseq", "Gloss")"#,
                    #"CREATE TABLE "Entry" ("SID" \#(integer) REFERENCES "Sense" ("ID"), "#
                        + #""Word" \#(text), PRIMARY KEY ("Word"))"#,
                    #"INSERT INTO "Sense" VALUES (1, 10, 'water'), (5, 50, 'fire'), "#
                        + "(7, 10, 'earth')",
                    #"INSERT INTO "Entry" VALUES (5, '火'), (1, '水')"#,
                ], on: database)
            try await body(database)
        }
    }

    /// Names as declared always work; other spellings work exactly where the table's
    /// `identifierMatching` (the driver's declaration) says they match.
    public func identifiersMatchAsTheDriverDeclares() async throws {
        try await withDictionary { database in
            let entry = try #require(try await database.introspect(table: "Entry"))
            let matching = entry.identifierMatching
            let folds = matching.matches("sid", "SID")
            #expect(matching.matches("SID", "SID"))
            let other = try await database.introspect(table: "entry")
            #expect(other?.name == (folds ? "Entry" : nil))
            let key = try #require(entry.foreignKey(for: "SID"))
            #expect(key.columns == ["SID"])
            #expect(key.referencedTable == "Sense")
            #expect(key.referencedColumns == ["ID"])
            #expect((entry.foreignKey(for: "sid") != nil) == folds)
            let sense = try #require(try await database.introspect(table: "Sense"))
            #expect(sense.column(named: "Gloss")?.name == "Gloss")
            #expect((sense.column(named: "gloss")?.name == "Gloss") == folds)
            #expect(sense.hasIndex(startingWith: ["idseq", "Gloss"]))

            let senses = database.table(sense)
            let five = try await senses.filter(parsing: "ID=5").all()
            #expect(five.map { $0["Gloss"] } == ["fire"])
            if folds {
                #expect(try await senses.filter(parsing: "id=5").all() == five)
                #expect(
                    try await senses.orderBy("-IDSEQ", "gloss").all().map { $0["Gloss"] }
                        == ["fire", "earth", "water"])
            } else {
                await #expect(throws: TerrapinError.self) {
                    try await senses.filter(parsing: "id=5").all()
                }
                await #expect(throws: TerrapinError.self) {
                    try await senses.orderBy("gloss").all()
                }
            }
            let ordered = try await senses.orderBy("-idseq", "Gloss").all().map { $0["Gloss"] }
            #expect(ordered == ["fire", "earth", "water"])
            let page = try await senses.orderBy("idseq").fetchPage(size: 2)
            #expect(page.lastPosition == [10, 7])
            let next = try await senses.orderBy("idseq").fetchPage(
                size: 2, after: page.lastPosition)
            #expect(next.rows.map { $0["Gloss"] } == ["fire"])
            await #expect(throws: TerrapinError.self) {
                try await senses.filter(parsing: "ids=1").all()
            }
        }
    }

    /// Row edits find the key and columns by their declared names, and by other spellings
    /// exactly where the driver says they match.
    public func rowEditsFindKeyAndColumnsAsTheDriverDeclares() async throws {
        try await withDictionary { database in
            let sense = try #require(try await database.introspect(table: "Sense"))
            let folds = sense.identifierMatching.matches("gloss", "Gloss")
            let senses = database.table(sense)
            let stored = try await senses.updateRow(
                key: ["ID": 7], changes: ["Gloss": "soil"], expecting: ["Gloss": "earth"])
            #expect(stored?["Gloss"] == "soil")
            if folds {
                let again = try await senses.updateRow(
                    key: ["id": 7], changes: ["gloss": "clay"], expecting: ["GLOSS": "soil"])
                #expect(again?["Gloss"] == "clay")
            } else {
                await #expect(throws: TerrapinError.self) {
                    try await senses.updateRow(
                        key: ["id": 7], changes: ["gloss": "clay"], expecting: [:])
                }
            }
            let entry = try await database.table("Entry")
            let added = try await entry.insertAndFetchRow(["Word": "土", "SID": 7])
            #expect(added?.values == [7, "土"])
            try await entry.deleteRow(key: ["Word": "土"], expecting: ["SID": 7])
            #expect(try await entry.count() == 2)
        }
    }
}
