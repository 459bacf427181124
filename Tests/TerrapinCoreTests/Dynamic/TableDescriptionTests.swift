import TerrapinCore
import Testing

@Suite struct TableDescriptionTests {
    private static func table(primaryKey: [String], indexes: [[String]]) -> TableDescription {
        TableDescription(
            name: "t", kind: .table,
            columns: ["a", "b", "c", "d"].map {
                ColumnDescription(
                    name: $0, declaredType: "INTEGER", logicalType: .integer, isNullable: true)
            },
            primaryKey: primaryKey, hiddenRowKey: "rowid",
            indexes: indexes.enumerated().map {
                IndexDescription(name: "i\($0.offset)", columns: $0.element, isUnique: false)
            })
    }

    @Test func hasIndexNeedsEveryColumnInOrder() {
        let table = Self.table(primaryKey: ["d"], indexes: [["a", "b", "c"], ["b", "d"]])
        #expect(table.hasIndex(startingWith: ["a"]))
        #expect(table.hasIndex(startingWith: ["a", "b"]))
        #expect(table.hasIndex(startingWith: ["a", "b", "c"]))
        #expect(table.hasIndex(startingWith: ["b", "d"]))
        #expect(table.hasIndex(startingWith: ["d"]))
        #expect(!table.hasIndex(startingWith: ["a", "c"]))
        #expect(!table.hasIndex(startingWith: ["b", "a"]))
        #expect(!table.hasIndex(startingWith: ["a", "b", "c", "d"]))
        #expect(!table.hasIndex(startingWith: ["c"]))
        #expect(!table.hasIndex(startingWith: []))
    }

    @Test func hasIndexCountsTheWholeRowKey() {
        let table = Self.table(primaryKey: ["a", "b"], indexes: [])
        #expect(table.hasIndex(startingWith: ["a", "b"]))
        #expect(!table.hasIndex(startingWith: ["a", "c"]))
        let rowid = TableDescription(
            name: "r", kind: .table, columns: [], primaryKey: [], hiddenRowKey: "rowid")
        #expect(rowid.hasIndex(startingWith: ["rowid"]))
        #expect(!rowid.hasIndex(startingWith: ["rowid", "x"]))
    }
}
