import Foundation

/// Fast conversion between `Date` and the UTC text `YYYY-MM-DD HH:MM:SS.SSS` that SQLite's
/// date functions use.
///
/// `ISO8601DateFormatter` costs microseconds per call; this is plain arithmetic, so reading
/// a million timestamps does not dominate a fetch.
public enum SQLTimestamp {
    /// Formats a date as `YYYY-MM-DD HH:MM:SS.SSS` in UTC, rounded to the millisecond.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var days = totalMilliseconds / 86_400_000
        var millisecondsOfDay = totalMilliseconds % 86_400_000
        if millisecondsOfDay < 0 {
            millisecondsOfDay += 86_400_000
            days -= 1
        }
        let (year, month, day) = civilDate(fromDays: days)
        let seconds = millisecondsOfDay / 1000
        var bytes = [UInt8]()
        bytes.reserveCapacity(23)
        // Writes `width` decimal digits in place (no per-field buffers: this runs for every
        // date field of every row written).
        func append(_ value: Int64, width: Int) {
            var divisor: UInt64 = 1
            for _ in 1..<width { divisor *= 10 }
            let magnitude = value.magnitude
            while divisor > 0 {
                bytes.append(0x30 + UInt8(magnitude / divisor % 10))
                divisor /= 10
            }
        }
        append(year, width: 4)
        bytes.append(0x2d)
        append(month, width: 2)
        bytes.append(0x2d)
        append(day, width: 2)
        bytes.append(0x20)
        append(seconds / 3600, width: 2)
        bytes.append(0x3a)
        append(seconds / 60 % 60, width: 2)
        bytes.append(0x3a)
        append(seconds % 60, width: 2)
        bytes.append(0x2e)
        append(millisecondsOfDay % 1000, width: 3)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS[.fraction]]`
    /// and a zone (`Z`, `+HH:MM`, `-HHMM`). Text without a zone is UTC.
    /// - Returns: `nil` when the text is not such a timestamp.
    public static func parse(_ text: String) -> Date? {
        var utf8 = Array(text.utf8)
        while utf8.last == 0x20 { utf8.removeLast() }
        var position = 0
        func number(_ width: Int) -> Int64? {
            guard position + width <= utf8.count else { return nil }
            var value: Int64 = 0
            for index in position..<(position + width) {
                let byte = utf8[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            position += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard position < utf8.count, utf8[position] == byte else { return false }
            position += 1
            return true
        }
        guard let year = number(4), expect(0x2d), let month = number(2), expect(0x2d),
            let day = number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var secondsOfDay: Int64 = 0
        // The fraction as an integer over a power of ten (at most microseconds), so that
        // parsing what `format` wrote gives back the same Double exactly.
        var fractionDigits: Int64 = 0
        var fractionScale: Int64 = 1
        var offsetSeconds: Int64 = 0
        if position < utf8.count {
            guard utf8[position] == 0x54 || utf8[position] == 0x20 else { return nil }
            position += 1
            guard let hour = number(2), expect(0x3a), let minute = number(2), hour < 24,
                minute < 60
            else { return nil }
            var second: Int64 = 0
            if expect(0x3a) {
                guard let parsedSecond = number(2), parsedSecond < 61 else { return nil }
                second = parsedSecond
                if expect(0x2e) {
                    var sawDigit = false
                    while position < utf8.count, utf8[position] >= 0x30, utf8[position] <= 0x39 {
                        if fractionScale < 1_000_000 {
                            fractionDigits = fractionDigits * 10 + Int64(utf8[position] - 0x30)
                            fractionScale *= 10
                        }
                        position += 1
                        sawDigit = true
                    }
                    guard sawDigit else { return nil }
                }
            }
            secondsOfDay = hour * 3600 + minute * 60 + second
            if position < utf8.count {
                let sign = utf8[position]
                position += 1
                if sign == 0x5a || sign == 0x7a {
                    offsetSeconds = 0
                } else if sign == 0x2b || sign == 0x2d {
                    guard let offsetHour = number(2) else { return nil }
                    _ = expect(0x3a)
                    let offsetMinute = number(2) ?? 0
                    offsetSeconds =
                        (offsetHour * 3600 + offsetMinute * 60) * (sign == 0x2d ? -1 : 1)
                } else {
                    return nil
                }
            }
        }
        guard position == utf8.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let wholeSeconds = days * 86_400 - offsetSeconds + secondsOfDay
        let scaled = wholeSeconds.multipliedReportingOverflow(by: fractionScale)
        guard !scaled.overflow else { return nil }
        return Date(
            timeIntervalSince1970: Double(scaled.partialValue + fractionDigits)
                / Double(fractionScale))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilDate(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
