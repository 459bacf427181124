import Foundation
import NIOCore

extension PostgresTextForm {
    /// Microseconds in a day.
    private static let microsecondsPerDay: Int64 = 86_400_000_000
    /// The Julian day of 2000-01-01, PostgreSQL's epoch.
    private static let epochJulianDay: Int64 = 2_451_545

    /// A `date` (days since 2000-01-01) as `YYYY-MM-DD`, `YYYY-MM-DD BC` or
    /// `infinity`/`-infinity`.
    static func date(_ days: Int32) -> String {
        if days == Int32.max { return "infinity" }
        if days == Int32.min { return "-infinity" }
        let (year, month, day) = civilDate(julianDay: Int64(days) + epochJulianDay)
        let date = dateText(year: year, month: month, day: day)
        return date.text + date.era
    }

    /// A `timestamp` or, with a zone, a `timestamptz` (microseconds since 2000-01-01 UTC) as
    /// PostgreSQL prints it: `2024-05-06 07:08:09.5+02`.
    static func timestamp(_ microseconds: Int64, zone: TimeZone?) -> String {
        if microseconds == Int64.max { return "infinity" }
        if microseconds == Int64.min { return "-infinity" }
        var offset = 0
        if let zone {
            let seconds = Double(microseconds) / 1e6 + 946_684_800
            offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        }
        let local = microseconds + Int64(offset) * 1_000_000
        var days = local / microsecondsPerDay
        var time = local % microsecondsPerDay
        if time < 0 {
            time += microsecondsPerDay
            days -= 1
        }
        let (year, month, day) = civilDate(julianDay: days + epochJulianDay)
        let date = dateText(year: year, month: month, day: day)
        let zoneText = zone == nil ? "" : offsetText(offset)
        return date.text + " " + self.time(time) + zoneText + date.era
    }

    /// A `time` (microseconds since midnight) as `HH:MM:SS[.ffffff]`, trailing zeros of the
    /// fraction dropped.
    static func time(_ microseconds: Int64) -> String {
        let seconds = microseconds / 1_000_000
        let fraction = microseconds % 1_000_000
        let text =
            two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
        return text + fractionText(fraction)
    }

    /// A `timetz`: the time and the zone's offset (stored as seconds west of UTC).
    static func timetz(_ buffer: inout ByteBuffer) -> String? {
        guard let microseconds = buffer.readInteger(as: Int64.self),
            let west = buffer.readInteger(as: Int32.self)
        else { return nil }
        return time(microseconds) + offsetText(-Int(west))
    }

    /// An `interval` in PostgreSQL's default style: `1 year 2 mons 3 days 04:05:06.5`,
    /// `-00:00:01`, `00:00:00`.
    static func interval(_ buffer: inout ByteBuffer) -> String? {
        guard let microseconds = buffer.readInteger(as: Int64.self),
            let days = buffer.readInteger(as: Int32.self),
            let months = buffer.readInteger(as: Int32.self)
        else { return nil }
        var parts: [String] = []
        var isBefore = false
        func add(_ value: Int64, _ unit: String) {
            guard value != 0 else { return }
            parts.append(
                (isBefore && value > 0 ? "+" : "") + "\(value) \(unit)" + (value != 1 ? "s" : ""))
            isBefore = value < 0
        }
        add(Int64(months / 12), "year")
        add(Int64(months % 12), "mon")
        add(Int64(days), "day")
        if parts.isEmpty || microseconds != 0 {
            let minus = microseconds < 0
            let magnitude = microseconds.magnitude
            let seconds = magnitude / 1_000_000
            let text =
                (minus ? "-" : (isBefore ? "+" : "")) + two(Int64(seconds / 3600)) + ":"
                + two(Int64(seconds / 60 % 60)) + ":" + two(Int64(seconds % 60))
                + fractionText(Int64(magnitude % 1_000_000))
            parts.append(text)
        }
        return parts.joined(separator: " ")
    }

    /// `+HH`, `+HH:MM` or `+HH:MM:SS` for an offset east of UTC in seconds.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + two(Int64(magnitude / 3600))
        if magnitude % 3600 != 0 { text += ":" + two(Int64(magnitude / 60 % 60)) }
        if magnitude % 60 != 0 { text += ":" + two(Int64(magnitude % 60)) }
        return text
    }

    private static func two(_ value: Int64) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }

    private static func fractionText(_ microseconds: Int64) -> String {
        guard microseconds != 0 else { return "" }
        var digits = String(microseconds)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    /// `YYYY-MM-DD` and ` BC` for years before 1 (year 0 is 1 BC).
    private static func dateText(year: Int64, month: Int64, day: Int64) -> (
        text: String, era: String
    ) {
        let shownYear = year > 0 ? year : 1 - year
        var yearText = String(shownYear)
        if yearText.count < 4 {
            yearText = String(repeating: "0", count: 4 - yearText.count) + yearText
        }
        return (yearText + "-" + two(month) + "-" + two(day), year > 0 ? "" : " BC")
    }

    /// PostgreSQL's `j2date`: the proleptic Gregorian date of a Julian day.
    private static func civilDate(julianDay: Int64) -> (Int64, Int64, Int64) {
        var julian = julianDay + 32_044
        var quad = julian / 146_097
        let extra = (julian - quad * 146_097) * 4 + 3
        julian += 60 + quad * 3 + extra / 146_097
        quad = julian / 1461
        julian -= quad * 1461
        var year = julian * 4 / 1461
        julian = (year != 0 ? (julian + 305) % 365 : (julian + 306) % 366) + 123
        year += quad * 4
        quad = julian * 2141 / 65_536
        let day = julian - 7834 * quad / 256
        let month = (quad + 10) % 12 + 1
        return (year - 4800, month, day)
    }
}
