/// An order-sensitive FNV-1a digest of rows: equal digests mean the same values in the same
/// order, so an implementation that skipped a column, a row or the `ORDER BY` is caught.
struct Checksum: Hashable, Sendable, CustomStringConvertible {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The number of rows folded in.
    private(set) var rows = 0

    var description: String {
        "\(rows) rows #" + String(value, radix: 16)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private mutating func mix(_ integer: UInt64) {
        var bits = integer
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func mix(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(UInt8(0xff))  // separator: "ab","c" differs from "a","bc"
    }

    /// Folds one row in.
    mutating func add(_ row: some UserFields) {
        rows += 1
        mix(UInt64(bitPattern: row.userID))
        mix(row.userName)
        mix(row.userEmail)
        mix(UInt64(bitPattern: row.userAge))
        mix(row.userScore.bitPattern)
        mix(UInt8(row.userIsActive ? 1 : 0))
        mix(row.userCreatedAt)
    }

    /// Folds another digest in (for results made of several queries).
    mutating func add(_ other: Checksum) {
        rows += other.rows
        mix(other.value)
    }

    /// The digest of a sequence of rows.
    static func of<Rows: Sequence>(_ rows: Rows) -> Checksum where Rows.Element: UserFields {
        var checksum = Checksum()
        for row in rows { checksum.add(row) }
        return checksum
    }
}
