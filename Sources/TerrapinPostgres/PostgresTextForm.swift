import Foundation
import NIOCore

/// PostgreSQL's text form of a binary value: what `psql` shows for it with the default
/// settings (`DateStyle` ISO, `IntervalStyle` postgres, `bytea_output` hex), rebuilt from
/// the binary form postgres-nio receives.
///
/// Covers the built-in types a browser meets: text types, `json`/`jsonb`, `uuid`, `numeric`
/// (exact), dates and times (a `timestamptz` in the session's time zone), `interval`,
/// `inet`/`cidr`, `macaddr`, `bit`, `money` (as a plain number), `point` and arrays of any of
/// these (and of enums). Returns `nil` for a type it does not know.
enum PostgresTextForm {
    /// What a conversion needs to know about the session.
    struct Context: Sendable {
        /// The session's `TimeZone`, for `timestamptz`.
        var timeZone: TimeZone

        /// UTC.
        static let utc = Context(timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    /// Type OIDs by name (the built-in ones are fixed in every PostgreSQL).
    enum OID {
        static let bool: UInt32 = 16
        static let bytea: UInt32 = 17
        static let char: UInt32 = 18
        static let name: UInt32 = 19
        static let int8: UInt32 = 20
        static let int2: UInt32 = 21
        static let int4: UInt32 = 23
        static let regproc: UInt32 = 24
        static let text: UInt32 = 25
        static let oid: UInt32 = 26
        static let tid: UInt32 = 27
        static let xid: UInt32 = 28
        static let cid: UInt32 = 29
        static let json: UInt32 = 114
        static let xml: UInt32 = 142
        static let point: UInt32 = 600
        static let cidr: UInt32 = 650
        static let float4: UInt32 = 700
        static let float8: UInt32 = 701
        static let unknown: UInt32 = 705
        static let money: UInt32 = 790
        static let macaddr8: UInt32 = 774
        static let macaddr: UInt32 = 829
        static let inet: UInt32 = 869
        static let bpchar: UInt32 = 1042
        static let varchar: UInt32 = 1043
        static let date: UInt32 = 1082
        static let time: UInt32 = 1083
        static let timestamp: UInt32 = 1114
        static let timestamptz: UInt32 = 1184
        static let interval: UInt32 = 1186
        static let timetz: UInt32 = 1266
        static let bit: UInt32 = 1560
        static let varbit: UInt32 = 1562
        static let numeric: UInt32 = 1700
        static let regclass: UInt32 = 2205
        static let uuid: UInt32 = 2950
        static let jsonb: UInt32 = 3802
        static let jsonpath: UInt32 = 4072
        static let citextLike: Set<UInt32> = [text, varchar, bpchar, name, unknown, xml, json]
    }

    /// The text form of `bytes` of type `type`, or `nil` when the type is unknown or the
    /// bytes do not have the shape that type's binary form has.
    static func text(of bytes: ByteBuffer, type: UInt32, context: Context) -> String? {
        var buffer = bytes
        switch type {
        case _ where OID.citextLike.contains(type):
            return buffer.readString(length: buffer.readableBytes)
        case OID.char:
            return buffer.readString(length: buffer.readableBytes)
        case OID.jsonb, OID.jsonpath:
            guard buffer.readInteger(as: UInt8.self) == 1 else { return nil }
            return buffer.readString(length: buffer.readableBytes)
        case OID.bool:
            return buffer.readInteger(as: UInt8.self).map { $0 == 0 ? "f" : "t" }
        case OID.int2: return exact(buffer.readInteger(as: Int16.self), in: buffer)
        case OID.int4: return exact(buffer.readInteger(as: Int32.self), in: buffer)
        case OID.int8, OID.money:
            guard let value = buffer.readInteger(as: Int64.self) else { return nil }
            return type == OID.money ? money(value) : String(value)
        case OID.oid, OID.regproc, OID.regclass, OID.xid, OID.cid:
            return exact(buffer.readInteger(as: UInt32.self), in: buffer)
        case OID.float4:
            return buffer.readInteger(as: UInt32.self).map {
                float(Double(String(Float(bitPattern: $0))) ?? 0)
            }
        case OID.float8:
            return buffer.readInteger(as: UInt64.self).map { float(Double(bitPattern: $0)) }
        case OID.bytea:
            return "\\x" + Data(buffer.readableBytesView).hexString
        case OID.uuid: return uuid(&buffer)
        case OID.numeric: return numeric(&buffer)
        case OID.date: return buffer.readInteger(as: Int32.self).map(date)
        case OID.time: return buffer.readInteger(as: Int64.self).map { time($0) }
        case OID.timetz: return timetz(&buffer)
        case OID.timestamp:
            return buffer.readInteger(as: Int64.self).map { timestamp($0, zone: nil) }
        case OID.timestamptz:
            return buffer.readInteger(as: Int64.self).map { timestamp($0, zone: context.timeZone) }
        case OID.interval: return interval(&buffer)
        case OID.inet, OID.cidr: return inet(&buffer)
        case OID.macaddr, OID.macaddr8:
            return buffer.readableBytesView.map { hexByte($0) }.joined(separator: ":")
        case OID.bit, OID.varbit: return bits(&buffer)
        case OID.point:
            guard let x = buffer.readInteger(as: UInt64.self),
                let y = buffer.readInteger(as: UInt64.self)
            else { return nil }
            return "(\(float(Double(bitPattern: x))),\(float(Double(bitPattern: y))))"
        case OID.tid:
            guard let block = buffer.readInteger(as: UInt32.self),
                let offset = buffer.readInteger(as: UInt16.self)
            else { return nil }
            return "(\(block),\(offset))"
        default:
            return PostgresArrayText.text(of: bytes, context: context)
        }
    }

    /// The text of an element of an array or composite, with the fallback for unknown types
    /// (their bytes as text when they are UTF-8 without NUL: enums, `citext`).
    static func elementText(of bytes: ByteBuffer, type: UInt32, context: Context) -> String? {
        if let text = text(of: bytes, type: type, context: context) { return text }
        let view = bytes.readableBytesView
        guard !view.contains(0) else { return nil }
        return String(validating: view, as: UTF8.self)
    }

    private static func exact<T: BinaryInteger>(_ value: T?, in buffer: ByteBuffer) -> String? {
        guard let value, buffer.readableBytes == 0 else { return nil }
        return String(value)
    }

    /// Two lowercase hexadecimal digits.
    static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// A double as PostgreSQL prints it (shortest exact form; `Infinity`, `NaN`; no `.0`).
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 {
            return value == 0 && value.sign == .minus ? "-0" : String(Int64(value))
        }
        return String(value)
    }

    /// Cents as a number with two decimals (the currency symbol depends on `lc_monetary`,
    /// which is not read).
    static func money(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = String(magnitude % 100)
        return sign + String(magnitude / 100) + "." + (fraction.count == 1 ? "0" : "") + fraction
    }

    private static func uuid(_ buffer: inout ByteBuffer) -> String? {
        guard buffer.readableBytes == 16, let bytes = buffer.readBytes(length: 16) else {
            return nil
        }
        let hex = bytes.map(hexByte).joined()
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32]
        return groups.map { String(characters[$0]) }.joined(separator: "-")
    }

    private static func bits(_ buffer: inout ByteBuffer) -> String? {
        guard let count = buffer.readInteger(as: Int32.self), count >= 0 else { return nil }
        var text = ""
        text.reserveCapacity(Int(count))
        var remaining = Int(count)
        while remaining > 0, let byte = buffer.readInteger(as: UInt8.self) {
            for bit in (0..<8).reversed() where remaining > 0 {
                text.append(byte & (1 << UInt8(bit)) != 0 ? "1" : "0")
                remaining -= 1
            }
        }
        return remaining == 0 ? text : nil
    }
}
