import NIOCore

extension PostgresTextForm {
    /// `inet` and `cidr`: a family byte (2 for IPv4, 3 for IPv6), the prefix length, whether
    /// it is a `cidr`, the address length and the address. An `inet` of a whole host prints
    /// without `/32` (`/128`), as PostgreSQL does; a `cidr` always has its prefix.
    static func inet(_ buffer: inout ByteBuffer) -> String? {
        guard let family = buffer.readInteger(as: UInt8.self),
            let bits = buffer.readInteger(as: UInt8.self),
            let isCIDR = buffer.readInteger(as: UInt8.self),
            let length = buffer.readInteger(as: UInt8.self),
            let address = buffer.readBytes(length: Int(length)), buffer.readableBytes == 0
        else { return nil }
        let text: String
        let hostBits: UInt8
        switch (family, address.count) {
        case (2, 4):
            text = address.map(String.init).joined(separator: ".")
            hostBits = 32
        case (3, 16):
            text = ipv6(address)
            hostBits = 128
        default:
            return nil
        }
        return isCIDR == 0 && bits == hostBits ? text : "\(text)/\(bits)"
    }

    /// An IPv6 address with the longest run of two or more zero groups written `::`, and
    /// IPv4-mapped addresses as `::ffff:1.2.3.4` (as `inet_ntop` does).
    static func ipv6(_ bytes: [UInt8]) -> String {
        let groups = (0..<8).map { UInt16(bytes[$0 * 2]) << 8 | UInt16(bytes[$0 * 2 + 1]) }
        var best: (start: Int, length: Int) = (-1, 0)
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index > best.length { best = (index, end - index) }
            index = end
        }
        if best.length < 2 { best = (-1, 0) }
        if best.start == 0, best.length == 6 || (best.length == 5 && groups[5] == 0xFFFF) {
            let prefix = best.length == 5 ? "::ffff:" : "::"
            return prefix + bytes[12...].map(String.init).joined(separator: ".")
        }
        var text = ""
        var position = 0
        while position < 8 {
            if position == best.start {
                text += "::"
                position += best.length
                continue
            }
            if !text.isEmpty, !text.hasSuffix(":") { text += ":" }
            text += String(groups[position], radix: 16)
            position += 1
        }
        return text
    }
}
