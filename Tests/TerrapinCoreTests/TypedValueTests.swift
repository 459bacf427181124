import Foundation
import Testing

@testable import TerrapinCore

/// `.bool`, `.timestamp` and `.uuid`: what model fields encode to, what they decode from
/// (the typed cases and the storage forms SQLite returns), and how every writer shows them.
@Suite struct TypedValueTests {
    let date = Date(timeIntervalSince1970: 1_700_000_000.25)
    let uuid = UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8") ?? UUID()

    @Test func boolDateAndUUIDFieldsEncodeToTheirTypedCases() {
        #expect(true.sqlValue == .bool(true))
        #expect(false.sqlValue == .bool(false))
        #expect(date.sqlValue == .timestamp(date))
        #expect(uuid.sqlValue == .uuid(uuid))
        #expect(Bool?.some(true).sqlValue == .bool(true))
        #expect(Date?.some(date).sqlValue == .timestamp(date))
        #expect(UUID?.some(uuid).sqlValue == .uuid(uuid))
        #expect(UUID?.none.sqlValue == .null)
        let literal: SQLValue = true
        #expect(literal == .bool(true))
    }

    @Test func boolsDecodeFromBooleansAndFromSQLitesIntegers() {
        #expect(Bool.fromSQLValue(.bool(false)) == false)
        #expect(Bool.fromSQLValue(.integer(1)) == true)
        #expect(Bool.fromSQLValue(.integer(0)) == false)
        #expect(Bool.fromSQLValue(.text("t")) == true)
        #expect(Bool?.fromSQLValue(.bool(true)) == .some(true))
        #expect(Bool?.fromSQLValue(.null) == .some(nil))
        #expect(Int.fromSQLValue(.bool(true)) == 1)
        #expect(Int64.fromSQLValue(.bool(false)) == 0)
    }

    @Test func datesDecodeFromTimestampsAndFromSQLitesText() {
        #expect(Date.fromSQLValue(.timestamp(date)) == date)
        #expect(Date.fromSQLValue(.text("2023-11-14 22:13:20.250")) == date)
        #expect(Date?.fromSQLValue(.timestamp(date)) == .some(date))
        #expect(Date.fromSQLValue(.uuid(uuid)) == nil)
    }

    @Test func uuidsDecodeFromUUIDsAndFromTextInAnyCase() {
        #expect(UUID.fromSQLValue(.uuid(uuid)) == uuid)
        #expect(UUID.fromSQLValue(.text("6ba7b810-9dad-11d1-80b4-00c04fd430c8")) == uuid)
        #expect(UUID.fromSQLValue(.text(uuid.uuidString)) == uuid)
        #expect(UUID?.fromSQLValue(.uuid(uuid)) == .some(uuid))
        #expect(UUID.fromSQLValue(.bool(true)) == nil)
    }

    @Test func stringsReadTypedValuesAsTheirText() {
        #expect(String.fromSQLValue(.uuid(uuid)) == "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
        #expect(String.fromSQLValue(.timestamp(date)) == "2023-11-14 22:13:20.250")
        #expect(String.fromSQLValue(.bool(true)) == "true")
    }

    @Test func equalityComparesCaseAndPayloadOnly() {
        #expect(SQLValue.bool(true) != .integer(1))
        #expect(SQLValue.uuid(uuid) != .text("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(SQLValue.timestamp(date) == .timestamp(date))
        #expect(Set<SQLValue>([.bool(true), .bool(true), .integer(1)]).count == 2)
    }

    @Test func messagesNameTheTypeAndShowTheValue() {
        #expect(SQLValue.bool(true).storageClassName == "BOOLEAN")
        #expect(SQLValue.timestamp(date).storageClassName == "TIMESTAMP")
        #expect(SQLValue.uuid(uuid).storageClassName == "UUID")
        #expect(SQLValue.bool(false).description == "false")
        #expect(SQLValue.timestamp(date).description == "2023-11-14 22:13:20.250")
        #expect(SQLValue.bool(true).literalDescription == "TRUE")
        #expect(SQLValue.timestamp(date).literalDescription == "'2023-11-14 22:13:20.250'")
        #expect(
            SQLValue.uuid(uuid).literalDescription == "'6ba7b810-9dad-11d1-80b4-00c04fd430c8'")
        #expect(SQLValue.integer(1).typedText == nil)
    }

    @Test func csvAndJSONWriteTypedValuesAsSQLiteStoresThemInText() {
        let row: [SQLValue] = [.bool(true), .timestamp(date), .uuid(uuid)]
        #expect(
            CSVFormatter(columns: []).format(row)
                == "true,2023-11-14 22:13:20.250,6ba7b810-9dad-11d1-80b4-00c04fd430c8\n")
        var json = JSONFormatter(columns: ["a", "b", "c"])
        #expect(
            json.format(row)
                == "\n{\"a\":true,\"b\":\"2023-11-14 22:13:20.250\","
                + "\"c\":\"6ba7b810-9dad-11d1-80b4-00c04fd430c8\"}")
    }

    @Test func lookupTextWritesBooleansAsKeywordsAndOthersAsText() throws {
        let predicate = QueryPredicate.and([
            .condition(field: "on", lookup: .exact, operands: [.bool(false)]),
            .condition(field: "at", lookup: .gt, operands: [.timestamp(date)]),
            .condition(field: "id", lookup: .exact, operands: [.uuid(uuid)]),
        ])
        #expect(
            predicate.lookupText
                == #"on=false at__gt="2023-11-14 22:13:20.250" id="6ba7b810-9dad-11d1-80b4-00c04fd430c8""#
        )
        let parsed = try #require(try QueryPredicate.parse(lookupText: predicate.lookupText))
        #expect(
            parsed
                == .and([
                    .condition(field: "on", lookup: .exact, operands: [.bool(false)]),
                    .condition(
                        field: "at", lookup: .gt, operands: [.text("2023-11-14 22:13:20.250")]),
                    .condition(
                        field: "id", lookup: .exact,
                        operands: [.text("6ba7b810-9dad-11d1-80b4-00c04fd430c8")]),
                ]))
    }

    @Test func isnullKeepsItsFlagAsOneOrZeroHoweverItIsWritten() throws {
        #expect(
            try QueryPredicate.parse(lookupText: "a__isnull=true")
                == .condition(field: "a", lookup: .isnull, operands: [.integer(1)]))
        #expect(
            try QueryPredicate.parse(lookupText: "a__isnull=false")
                == .condition(field: "a", lookup: .isnull, operands: [.integer(0)]))
    }

    @Test func patternLookupsMatchTimestampsAndUUIDsByTheirText() throws {
        let renderer = SQLRenderer(dialect: SQLiteDialect())
        let statement = try renderer.renderWhereClause(
            .condition(field: "id", lookup: .startswith, operands: [.uuid(uuid)]))
        #expect(statement.bindings == [.text("6ba7b810-9dad-11d1-80b4-00c04fd430c8*")])
        #expect(throws: TerrapinError.self) {
            try renderer.renderWhereClause(
                .condition(field: "on", lookup: .contains, operands: [.bool(true)]))
        }
    }
}
