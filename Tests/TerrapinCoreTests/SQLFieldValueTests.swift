import Foundation
import Testing

@testable import TerrapinCore

enum Mood: String, SQLFieldValue, CaseIterable { case happy, sad }

@Suite struct SQLFieldValueTests {
    @Test func integersAcceptIntegralRealsButNotText() {
        #expect(Int.fromSQLValue(.integer(5)) == 5)
        #expect(Int.fromSQLValue(.real(5)) == 5)
        #expect(Int.fromSQLValue(.real(5.5)) == nil)
        #expect(Int.fromSQLValue(.text("5")) == nil)
        #expect(Int.fromSQLValue(.null) == nil)
    }

    @Test func optionalsMapNullToNilAndRejectWrongTypes() {
        #expect(Int?.fromSQLValue(.null) == .some(nil))
        #expect(Int?.fromSQLValue(.integer(3)) == .some(3))
        #expect(Int?.fromSQLValue(.text("x")) == nil)
        #expect(Optional<Int>.isOptional)
        #expect(Optional<String>.sqlType == .text)
    }

    @Test func enumsStoreTheirRawValueAndListTheirCases() {
        #expect(Mood.happy.sqlValue == .text("happy"))
        #expect(Mood.fromSQLValue(.text("sad")) == .sad)
        #expect(Mood.fromSQLValue(.text("angry")) == nil)
        #expect(Mood.allowedValues == [.text("happy"), .text("sad")])
        #expect(Optional<Mood>.allowedValues == [.text("happy"), .text("sad")])
    }

    @Test func uuidsDatesBoolsAndDataRoundTrip() {
        let uuid = UUID()
        #expect(UUID.fromSQLValue(uuid.sqlValue) == uuid)
        let date = Date(timeIntervalSince1970: 1_000_000.5)
        #expect(Date.fromSQLValue(date.sqlValue) == date)
        #expect(Date.fromSQLValue(.integer(10)) == Date(timeIntervalSince1970: 10))
        #expect(Bool.fromSQLValue(true.sqlValue) == true)
        #expect(Bool.fromSQLValue(.integer(0)) == false)
        let data = Data([0, 255, 7])
        #expect(Data.fromSQLValue(data.sqlValue) == data)
    }

    @Test func decodingAWrongTypeNamesModelFieldAndValue() {
        let reader = ArrayRowReader(names: ["ms"], values: [.text("long")])
        #expect {
            _ = try reader.decode(Int.self, at: 0, model: "Track", field: "milliseconds")
        } throws: { error in
            guard let error = error as? TerrapinError else { return false }
            let text = error.description
            return text.contains("Track.milliseconds") && text.contains("\"ms\"")
                && text.contains("TEXT 'long'") && text.contains("Int")
        }
    }
}
