import NIOCore

extension PostgresTextForm {
    /// `numeric`'s text, exact: base-10000 digits, a weight (the power of 10000 of the first
    /// digit), a sign and the number of decimals to show (`dscale`), as PostgreSQL's
    /// `numeric_out` prints them. `NaN`, `Infinity` and `-Infinity` have signs of their own.
    static func numeric(_ buffer: inout ByteBuffer) -> String? {
        guard let count = buffer.readInteger(as: Int16.self),
            let weight = buffer.readInteger(as: Int16.self),
            let sign = buffer.readInteger(as: UInt16.self),
            let scale = buffer.readInteger(as: Int16.self), count >= 0, scale >= 0
        else { return nil }
        switch sign {
        case 0xC000: return "NaN"
        case 0xD000: return "Infinity"
        case 0xF000: return "-Infinity"
        case 0x0000, 0x4000: break
        default: return nil
        }
        var digits: [Int16] = []
        digits.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let digit = buffer.readInteger(as: Int16.self), (0..<10_000).contains(digit)
            else { return nil }
            digits.append(digit)
        }
        guard buffer.readableBytes == 0 else { return nil }
        func digit(at index: Int) -> Int16 {
            index >= 0 && index < digits.count ? digits[index] : 0
        }
        func padded(_ value: Int16) -> String {
            let text = String(value)
            return String(repeating: "0", count: 4 - text.count) + text
        }
        var text = ""
        if weight < 0 {
            text = "0"
        } else {
            for index in 0...Int(weight) {
                text += index == 0 ? String(digit(at: index)) : padded(digit(at: index))
            }
        }
        if scale > 0 {
            var fraction = ""
            var index = Int(weight) + 1
            while fraction.count < Int(scale) {
                fraction += padded(digit(at: index))
                index += 1
            }
            text += "." + fraction.prefix(Int(scale))
        }
        let isZero = digits.allSatisfy { $0 == 0 }
        return (sign == 0x4000 && !isZero ? "-" : "") + text
    }
}
