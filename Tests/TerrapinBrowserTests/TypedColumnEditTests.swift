import Foundation
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// The editor on a table whose database checks types (`isStrict`, as a PostgreSQL driver
/// describes every table): each column's logical type, from the driver, decides.
@Suite struct TypedColumnEditTests {
    static let event = TableDescription(
        name: "event", kind: .table,
        columns: [
            ColumnDescription(
                name: "id", declaredType: "uuid", logicalType: .uuid, isNullable: false,
                primaryKeyPosition: 1),
            ColumnDescription(
                name: "done", declaredType: "boolean", logicalType: .boolean, isNullable: true),
            ColumnDescription(
                name: "at", declaredType: "timestamp with time zone", logicalType: .timestamp,
                isNullable: true),
            ColumnDescription(name: "note", declaredType: "text", isNullable: true),
        ],
        primaryKey: ["id"], isStrict: true)

    private func parse(_ text: String, _ column: String) -> Result<ParsedCell, FilterError> {
        CellValueParser.parse(
            text, isNull: false, column: column, table: Self.event, model: nil, oldValue: .null)
    }

    @Test func typedColumnsGetTypedValues() throws {
        #expect(try parse("yes", "done").get().value == .bool(true))
        #expect(
            try parse("2024-05-01 12:30:00", "at").get().value
                == .timestamp(Date(timeIntervalSince1970: 1_714_566_600)))
        let uuid = try #require(UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(
            try parse(" 6BA7B810-9DAD-11D1-80B4-00C04FD430C8 ", "id").get().value == .uuid(uuid))
        #expect(try parse("007", "note").get().value == .text("007"))
    }

    @Test func textThatDoesNotFitIsRefusedSayingWhatFits() {
        guard case .failure(let flag) = parse("maybe", "done"),
            case .failure(let date) = parse("soon", "at"),
            case .failure(let uuid) = parse("abc", "id")
        else {
            Issue.record("values that do not fit a typed column should be refused")
            return
        }
        #expect(flag.message == "done is boolean: type true, false, 1 or 0.")
        #expect(date.message.contains("a date and time such as 2024-05-01 12:30:00"))
        #expect(uuid.message.contains("\"abc\" is not a UUID"))
    }

    @Test func handMadeColumnsDeriveNothingFromTheirDeclaredType() {
        let column = ColumnDescription(name: "n", declaredType: "INTEGER", isNullable: true)
        #expect(column.logicalType == .text)
        #expect(!column.acceptsAnyValue)
    }
}
