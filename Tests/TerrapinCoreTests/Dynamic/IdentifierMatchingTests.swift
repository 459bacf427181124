import TerrapinCore
import Testing

@Suite struct IdentifierMatchingTests {
    @Test func caseInsensitiveMatchingFoldsASCIILettersOnly() {
        let matching = IdentifierMatching.caseInsensitive
        #expect(matching.matches("id", "ID"))
        #expect(matching.matches("Track_Id", "track_ID"))
        #expect(!matching.matches("é", "É"))  // SQLite folds ASCII only
        #expect(!matching.matches("id", "id "))
        #expect(!matching.matches("[", "{"))  // '[' | 0x20 is '{': only letters fold
        #expect(!IdentifierMatching.exact.matches("id", "ID"))
    }

    @Test func resolvePrefersAnExactMatchAndReturnsTheRealSpelling() {
        let matching = IdentifierMatching.caseInsensitive
        #expect(matching.resolve("id", among: ["ID", "idseq"]) == "ID")
        #expect(matching.resolve("a", among: ["A", "a"]) == "a")
        #expect(matching.resolve("x", among: ["ID"]) == nil)
        #expect(IdentifierMatching.exact.resolve("id", among: ["ID"]) == nil)
    }

    @Test func tablesAndSourcesResolveNamesWithTheDriversRule() throws {
        func sense(_ matching: IdentifierMatching) -> TableDescription {
            TableDescription(
                name: "Entry", kind: .table,
                columns: [
                    ColumnDescription(
                        name: "ID", declaredType: "INTEGER", logicalType: .integer,
                        isNullable: false),
                    ColumnDescription(
                        name: "SenseID", declaredType: "INTEGER", logicalType: .integer,
                        isNullable: true),
                ],
                primaryKey: ["ID"], hiddenRowKey: "rowid",
                foreignKeys: [
                    ForeignKeyDescription(
                        columns: ["SenseID"], referencedTable: "Sense", referencedColumns: ["ID"])
                ],
                identifierMatching: matching)
        }
        let loose = sense(.caseInsensitive)
        #expect(loose.column(named: "id")?.name == "ID")
        #expect(loose.foreignKey(for: "senseid")?.referencedTable == "Sense")
        #expect(loose.hasIndex(startingWith: ["id"]))
        let source = QuerySource<DynamicRow>.table(loose)
        #expect(try source.column(for: "senseID") == "SenseID")
        #expect(try source.column(for: "ROWID") == "rowid")
        #expect(throws: TerrapinError.self) { try source.column(for: "sense") }
        let strict = sense(.exact)
        #expect(strict.column(named: "id") == nil)
        #expect(strict.foreignKey(for: "senseid") == nil)
        #expect(throws: TerrapinError.self) {
            try QuerySource<DynamicRow>.table(strict).column(for: "id")
        }
    }

    @Test func orderingAndFiltersRenderTheRealSpelling() throws {
        let table = TableDescription(
            name: "Sense", kind: .table,
            columns: [
                ColumnDescription(
                    name: "ID", declaredType: "INTEGER", logicalType: .integer, isNullable: false)
            ],
            primaryKey: ["ID"], hiddenRowKey: "rowid", identifierMatching: .caseInsensitive)
        let querySet = QuerySet(source: .table(table)).filter(Q("id", 5)).orderBy("-id")
        #expect(
            try querySet.sql(dialect: SQLiteDialect()).sql
                == #"SELECT "ID" FROM "Sense" WHERE "ID" = ? ORDER BY "ID" DESC"#)
    }
}
