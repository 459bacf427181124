import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// The grid's second header row names each column's declared type, shortened only where the
/// short name says the same.
@Suite struct TypeLabelTests {
    @Test(arguments: [
        ("INTEGER", "int"), ("NVARCHAR(200)", "text(200)"), ("varchar( 40 )", "text(40)"),
        ("REAL", "real"), ("BLOB", "blob"), ("", "any"), ("JSON", "json"),
        ("DECIMAL(10,2)", "decimal(10,2)"), ("BOOLEAN", "boolean"), ("DATE", "date"),
        ("DATETIME", "datetime"),
        // PostgreSQL's format_type spellings.
        ("character varying(200)", "text(200)"), ("timestamp with time zone", "timestamptz"),
        ("double precision", "real"), ("time without time zone", "time"),
    ])
    func declaredTypesAreNamedAsDeclaredOrShortened(declared: String, label: String) {
        #expect(CellText.declaredTypeLabel(declared) == label)
    }

    @Test func generatedKeyAndForeignKeyColumnsAreMarked() {
        let table = TableDescription(
            name: "item", kind: .table,
            columns: [
                ColumnDescription(
                    name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                    primaryKeyPosition: 1),
                ColumnDescription(
                    name: "owner", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
                ColumnDescription(
                    name: "total", declaredType: "REAL", logicalType: .real, isNullable: true,
                    isGenerated: true),
            ],
            primaryKey: ["id"], hiddenRowKey: "rowid",
            foreignKeys: [
                ForeignKeyDescription(
                    columns: ["owner"], referencedTable: "person", referencedColumns: ["id"])
            ])
        #expect(CellText.typeLabel(of: "id", in: table, usesASCII: false) == "int pk")
        #expect(CellText.typeLabel(of: "owner", in: table, usesASCII: true) == "int ->")
        #expect(CellText.typeLabel(of: "total", in: table, usesASCII: false) == "real gen")
    }
}

extension CellValueParserTests {
    @Test func aStrictTableTakesOnlyItsDeclaredType() {
        let strict = TableDescription(
            name: "reading", kind: .table,
            columns: [
                ColumnDescription(
                    name: "n", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
                ColumnDescription(
                    name: "x", declaredType: "REAL", logicalType: .real, isNullable: true),
                ColumnDescription(name: "t", declaredType: "TEXT", isNullable: true),
                ColumnDescription(
                    name: "a", declaredType: "ANY", logicalType: .blob, isNullable: true,
                    acceptsAnyValue: true),
            ],
            primaryKey: [], hiddenRowKey: "rowid", isStrict: true)
        func parse(_ text: String, _ column: String) -> Result<ParsedCell, FilterError> {
            CellValueParser.parse(
                text, isNull: false, column: column, table: strict, model: nil, oldValue: .null)
        }
        guard case .failure(let error) = parse("abc", "n") else {
            Issue.record("a STRICT INTEGER column should refuse text")
            return
        }
        #expect(error.message.contains("STRICT"))
        #expect((try? parse("12", "n").get().value) == .integer(12))
        #expect((try? parse("2", "x").get().value) == .real(2))
        #expect((try? parse("12", "t").get().value) == .text("12"))
        #expect((try? parse("12", "a").get().value) == .integer(12))
        #expect((try? parse("twelve", "a").get().value) == .text("twelve"))
    }
}
