import Foundation
import Testing

@testable import TerrapinCore

@Suite struct SQLTimestampTests {
    @Test func formatsUTCWithMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_700_000_000.123)
        #expect(SQLTimestamp.format(date) == "2023-11-14 22:13:20.123")
        #expect(SQLTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31 23:59:59.000")
    }

    @Test func parsesWhatItFormatsForManyDates() {
        // Dates from 1906 to 2096, a little over 4 months apart, with odd milliseconds.
        for step in 0..<487 {
            let secondsSince1970 = -2_000_000_000.0 + Double(step) * 12_345_678.9
            let date = Date(timeIntervalSince1970: (secondsSince1970 * 1000).rounded(.down) / 1000)
            #expect(SQLTimestamp.parse(SQLTimestamp.format(date)) == date)
        }
    }

    @Test func parsesISOVariantsAndZones() {
        #expect(SQLTimestamp.parse("2024-02-29") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(
            SQLTimestamp.parse("2024-02-29T01:00:00+01:00")
                == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(
            SQLTimestamp.parse("2024-02-29 00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800)
        )
        #expect(
            SQLTimestamp.parse("2024-02-29 00:00") == Date(timeIntervalSince1970: 1_709_164_800))
    }

    @Test func rejectsMalformedText() {
        for text in [
            "", "2024", "2024-13-01", "2024-01-01X", "2024-01-01 25:00", "abc",
            "2024-01-01 10:00:00.",
        ] {
            #expect(SQLTimestamp.parse(text) == nil, "\(text)")
        }
    }
}
