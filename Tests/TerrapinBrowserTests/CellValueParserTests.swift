import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// What the cell editor accepts: in a non-STRICT SQLite table any value is stored, and only
/// what is meaningful is checked.
@Suite struct CellValueParserTests {
    static let settings = TableDescription(
        name: "settings", kind: .table,
        columns: [
            ColumnDescription(
                name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                primaryKeyPosition: 1),
            ColumnDescription(name: "payload", declaredType: "JSON", isNullable: true),
            ColumnDescription(
                name: "price", declaredType: "DECIMAL(10,2)", logicalType: .real, isNullable: true),
            ColumnDescription(
                name: "enabled", declaredType: "BOOLEAN", logicalType: .boolean, isNullable: true),
            ColumnDescription(
                name: "since", declaredType: "DATE", logicalType: .timestamp, isNullable: true),
            ColumnDescription(
                name: "ratio", declaredType: "REAL", logicalType: .real, isNullable: true),
            ColumnDescription(
                name: "anything", declaredType: "", logicalType: .blob, isNullable: true),
            ColumnDescription(name: "label", declaredType: "VARCHAR(40)", isNullable: false),
        ],
        primaryKey: ["id"], hiddenRowKey: "rowid")

    private func parse(_ text: String, _ column: String, old: SQLValue = .null)
        -> Result<ParsedCell, FilterError>
    {
        CellValueParser.parse(
            text, isNull: false, column: column, table: Self.settings, model: nil, oldValue: old)
    }

    private func value(_ text: String, _ column: String, old: SQLValue = .null) -> SQLValue? {
        try? parse(text, column, old: old).get().value
    }

    @Test func aJSONColumnTakesAnyValidJSONAsText() {
        #expect(value(#"{"x": 1}"#, "payload") == .text(#"{"x": 1}"#))
        #expect(value("[1, 2]", "payload") == .text("[1, 2]"))
        #expect(value("42", "payload") == .text("42"))
        #expect(value(#""quoted""#, "payload") == .text(#""quoted""#))
    }

    @Test func aJSONColumnRefusesTextThatIsNotJSON() {
        guard case .failure(let error) = parse("{x: 1", "payload") else {
            Issue.record("invalid JSON should be refused")
            return
        }
        #expect(error.message.contains("not valid JSON"))
    }

    @Test func aDecimalColumnStoresNumbersAsNumbersAndOtherTextWithAWarning() throws {
        #expect(value("19.99", "price") == .real(19.99))
        #expect(value("20", "price") == .integer(20))
        let text = try parse("n/a", "price").get()
        #expect(text.value == .text("n/a"))
        #expect(text.warning?.contains("declared DECIMAL(10,2) and now holds text") == true)
    }

    @Test func aRealColumnStoresWholeNumbersAsReals() {
        #expect(value("3", "ratio") == .real(3))
        #expect(value("0.5", "ratio") == .real(0.5))
    }

    @Test func aBooleanColumnTakesTrueFalseOneOrZero() {
        #expect(value("true", "enabled") == .integer(1))
        #expect(value("0", "enabled") == .integer(0))
        #expect(value("FALSE", "enabled") == .integer(0))
        guard case .failure(let error) = parse("maybe", "enabled") else {
            Issue.record("a boolean column should refuse other words")
            return
        }
        #expect(error.message.contains("true, false, 1 or 0"))
    }

    @Test func aDateColumnTakesTextAndKeepsNumbersWhereNumbersWere() {
        #expect(value("2024-05-01", "since") == .text("2024-05-01"))
        #expect(value("yesterday", "since") == .text("yesterday"))
        #expect(value("1714521600", "since", old: .integer(1)) == .integer(1_714_521_600))
    }

    @Test func anIntegerColumnKeepsTextWithAWarningInsteadOfRefusing() throws {
        let cell = try parse("abc", "id").get()
        #expect(cell.value == .text("abc"))
        #expect(cell.warning != nil)
        #expect(value("7", "id") == .integer(7))
    }

    @Test func aColumnWithoutATypeKeepsNumbersNumbers() {
        #expect(value("12", "anything") == .integer(12))
        #expect(value("1.5", "anything") == .real(1.5))
        #expect(value("twelve", "anything") == .text("twelve"))
    }

    @Test func textColumnsTakeDigitsAsText() {
        #expect(value("007", "label") == .text("007"))
    }

    @Test func nullIsRefusedOnlyWhereTheColumnForbidsIt() {
        let refused = CellValueParser.parse(
            "", isNull: true, column: "label", table: Self.settings, model: nil, oldValue: .null)
        guard case .failure = refused else {
            Issue.record("NOT NULL column accepted NULL")
            return
        }
        let accepted = CellValueParser.parse(
            "", isNull: true, column: "payload", table: Self.settings, model: nil, oldValue: .null)
        #expect((try? accepted.get().value) == .null)
    }
}
