extension KeyEvent {
    /// The key a terminal means by a single input byte below 0x20 or DEL (0x7F).
    ///
    /// Terminals send Ctrl-*letter* as the letter's code minus 0x40; some of those codes are
    /// also named keys: 0x09 is Tab, 0x0D and 0x0A are Enter, 0x08 and 0x7F are Backspace,
    /// 0x1B is Escape.
    ///
    /// - Parameter byte: The code the terminal sent.
    /// - Returns: The key, or `nil` when `byte` is not a control code.
    public static func fromControlByte(_ byte: UInt32) -> KeyEvent? {
        switch byte {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A:
            return Unicode.Scalar(byte + 0x40).map { .control(Character($0)) }
        case 0x00: return .unknown(0)
        case 0x1C..<0x20: return .unknown(Int(byte))
        default: return nil
        }
    }
}
