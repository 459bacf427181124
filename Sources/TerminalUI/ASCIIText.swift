/// Text for terminals that can show only ASCII: a locale that is not UTF-8 (`LANG=C`), or
/// the browser's `--ascii` option.
///
/// Two tools, for two kinds of text:
/// - **Data** (cell values, table and column names) is ``escaped(_:)``: every character
///   outside printable ASCII becomes a Swift-style escape (`日` → `\u{65E5}`, a line feed →
///   `\n`), so nothing is lost and the width is the escape's length.
/// - **Drawing symbols** that slipped through (`…`, `→`, box lines) become a one-cell
///   stand-in with ``symbol(for:)``, and ``ScreenBuffer/replaceNonASCII()`` applies that to a
///   whole frame as a last guard, so no non-ASCII byte ever reaches such a terminal.
///
/// ```swift
/// ASCIIText.escaped("日本 ok")   // "\u{65E5}\u{672C} ok"
/// ASCIIText.symbol(for: "→")     // ">"
/// ```
public enum ASCIIText {
    /// `text` with every character outside printable ASCII written as an escape.
    ///
    /// Printable ASCII (U+0020–U+007E, the backslash included) is kept. A line feed, carriage
    /// return or tab becomes `\n`, `\r`, `\t` (so CR LF is `\r\n`); every other scalar,
    /// control or not, becomes `\u{X}` with its code point in upper-case hex, one escape per
    /// scalar (so `é` written as e + U+0301 shows as `e\u{301}`).
    ///
    /// - Parameter text: Any text.
    /// - Returns: Printable ASCII only; its display width is its length.
    public static func escaped(_ text: some StringProtocol) -> String {
        // Nothing to escape (the common case): no copy scalar by scalar.
        if isPrintableASCII(text) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F: result.unicodeScalars.append(scalar)
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Whether `text` is printable ASCII only (what a non-UTF-8 terminal can show).
    ///
    /// - Parameter text: Any text.
    /// - Returns: `true` when every byte is in U+0020–U+007E.
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// A one-cell ASCII stand-in for a drawing symbol: lines and corners of boxes (`-`, `|`,
    /// `+`), arrows and triangles (`<`, `>`, `^`, `v`), dashes (`-`), quotes, the middle dot
    /// (`|`, a separator) and the ellipsis (`~`, a cut); `?` for anything else that is not
    /// ASCII. Printable ASCII is returned unchanged.
    ///
    /// - Parameter character: One grapheme cluster.
    /// - Returns: A printable ASCII character.
    public static func symbol(for character: Character) -> Character {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return character }
        guard let base = character.unicodeScalars.first else { return "?" }
        switch base.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D: return "-"
        case 0x2550: return "="
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x256C, 0x256D...0x2570: return "+"
        case 0x2190, 0x2039, 0x25C0, 0x25C2, 0x25C4, 0x00AB: return "<"
        case 0x2192, 0x203A, 0x25B6, 0x25B8, 0x25BA, 0x00BB, 0x23CE: return ">"
        case 0x2191, 0x25B2, 0x25B4: return "^"
        case 0x2193, 0x25BC, 0x25BE: return "v"
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019, 0x201A: return "'"
        case 0x201C, 0x201D, 0x201E: return "\""
        case 0x00B7, 0x2022, 0x22C5: return "|"
        case 0x2026: return "~"
        case 0x00A0: return " "
        default: return "?"
        }
    }
}

extension ScreenBuffer {
    /// Replaces every cell that is not printable ASCII with its ``ASCIIText/symbol(for:)``
    /// stand-in; a wide character becomes its stand-in followed by `?`, so the layout stays
    /// exactly as drawn.
    ///
    /// The last step of a frame for a terminal that shows only ASCII: whatever a view drew
    /// (a symbol in a hint, an ellipsis in a message), nothing but ASCII is left.
    public mutating func replaceNonASCII() {
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                let cellWidth = max(1, cell.width)
                defer { x += cellWidth }
                if cell.isContinuation || ASCIIText.isPrintableASCII(cell.grapheme) {
                    if cell.isContinuation { write(Cell("?", style: cell.style), x: x, y: y) }
                    continue
                }
                let stand = cell.grapheme.first.map(ASCIIText.symbol(for:)) ?? "?"
                write(Cell(String(stand), style: cell.style), x: x, y: y)
                if cellWidth == 2 { write(Cell("?", style: cell.style), x: x + 1, y: y) }
            }
        }
    }
}
