/// How many terminal cells text occupies, and how to make text safe and fit a width.
///
/// A grapheme cluster (a Swift `Character`) occupies:
/// - 2 cells when its base is East Asian Wide or Fullwidth (CJK ideographs, kana, Hangul
///   syllables, fullwidth forms) or when it is an emoji shown in emoji presentation
///   (including ZWJ sequences, flags, keycaps and skin-tone modifiers, which are one cluster);
/// - 0 cells when it consists only of combining marks, joiners, variation selectors or other
///   format characters (such a cluster only stands alone at the start of a string);
/// - 1 cell otherwise. Control characters count as 1 because they are never written raw: they
///   are replaced by the visible character returned by ``visible(_:)``.
///
/// ```swift
/// DisplayWidth.of("日本")        // 4
/// DisplayWidth.of("👨‍👩‍👧")       // 2
/// DisplayWidth.truncate("日本語", toWidth: 4)  // "日… "
/// ```
public enum DisplayWidth {
    /// Horizontal placement of text inside a wider field.
    public enum Alignment: Sendable, Hashable {
        /// Text starts at the left edge; padding goes to the right.
        case left
        /// Text is centered; the odd padding column goes to the right.
        case center
        /// Text ends at the right edge; padding goes to the left.
        case right
    }

    /// The number of cells `character` occupies once made visible (0, 1 or 2).
    ///
    /// - Parameter character: One grapheme cluster.
    /// - Returns: 2 for wide and emoji clusters, 0 for lone combining or format characters,
    ///   1 for everything else (including controls, which are shown as a replacement).
    public static func of(_ character: Character) -> Int {
        // Printable ASCII (one scalar, U+0020–U+007E) is one cell: most cells of most screens,
        // answered without the Unicode property lookups below, which dominate a frame's cost.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if isControl(base) { return 1 }
        if isZeroWidth(base) {
            // A cluster that starts with a zero-width scalar is made only of extenders.
            return 0
        }
        if base.properties.isEmojiPresentation { return 2 }
        if scalars.count > 1 && base.properties.isEmoji {
            // U+FE0F asks for emoji presentation; a ZWJ sequence or keycap renders as one emoji.
            for scalar in scalars.dropFirst()
            where scalar.value == 0xFE0F || scalar.value == 0x200D || scalar.value == 0x20E3 {
                return 2
            }
        }
        return isWide(base) ? 2 : 1
    }

    /// The number of cells `text` occupies: the sum of its clusters' widths.
    ///
    /// - Parameter text: Any text; controls count as their one-cell replacement.
    /// - Returns: The width in terminal cells.
    public static func of(_ text: some StringProtocol) -> Int {
        // All printable ASCII: one cell per byte, without splitting into grapheme clusters.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The character to show for `character` so no raw control code reaches the terminal.
    ///
    /// Newlines become `␊`, carriage returns `␍`, tabs `→`, escape `␛`, other C0 controls their
    /// Control Pictures symbol (U+2400 block), DEL `␡`, and C1 controls, line/paragraph
    /// separators and bidirectional overrides `�`. Every other character is returned unchanged.
    ///
    /// - Parameter character: One grapheme cluster.
    /// - Returns: A printable cluster of the same display width as ``of(_:)-(Character)``.
    public static func visible(_ character: Character) -> Character {
        guard let base = character.unicodeScalars.first else { return character }
        guard isControl(base) else { return character }
        switch base.value {
        case 0x0A: return "␊"
        case 0x0D: return character.unicodeScalars.count > 1 ? "␊" : "␍"
        case 0x09: return "→"
        case 0x1B: return "␛"
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + base.value).map(Character.init) ?? "?"
        case 0x7F: return "␡"
        default: return "\u{FFFD}"
        }
    }

    /// `text` with every control character replaced by its visible stand-in.
    ///
    /// - Parameter text: Text that may contain newlines, tabs, escapes or other controls.
    /// - Returns: Text safe to write to a terminal, with the same display width.
    public static func visible(_ text: some StringProtocol) -> String {
        var result = ""
        for character in text { result.append(visible(character)) }
        return result
    }

    /// Cuts `text` to at most `width` cells, ending with `ellipsis` when something was cut.
    ///
    /// A wide character that would straddle the limit is dropped, never split; when that leaves
    /// a cell free the result is padded with a space, so a truncated result is exactly `width`
    /// cells wide. Text that already fits is returned unchanged.
    ///
    /// ```swift
    /// DisplayWidth.truncate("hello world", toWidth: 8)  // "hello w…"
    /// DisplayWidth.truncate("日本語", toWidth: 4)        // "日… "
    /// ```
    ///
    /// - Parameters:
    ///   - text: The text to fit.
    ///   - width: The maximum number of cells; values below 1 give `""`.
    ///   - ellipsis: What marks the cut; dropped too when `width` is narrower than it.
    /// - Returns: Text at most `width` cells wide.
    public static func truncate(
        _ text: some StringProtocol, toWidth width: Int, ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return String(text) }
        let ellipsisWidth = of(ellipsis)
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let available = width - (ellipsisWidth <= width ? ellipsisWidth : 0)
        let start = prefix(text, fittingWidth: available).text
        let used = of(start) + of(marker)
        return start + marker + String(repeating: " ", count: max(0, width - used))
    }

    /// Fits `text` into exactly `width` cells: truncated with `ellipsis` when too wide,
    /// otherwise padded with spaces according to `alignment`.
    ///
    /// - Parameters:
    ///   - text: The text to fit.
    ///   - width: The exact number of cells of the result; values below 1 give `""`.
    ///   - alignment: Where the text sits when it is narrower than `width`.
    ///   - ellipsis: What marks a cut when the text is too wide.
    /// - Returns: Text exactly `width` cells wide.
    public static func pad(
        _ text: some StringProtocol,
        toWidth width: Int,
        alignment: Alignment = .left,
        ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width, ellipsis: ellipsis)
        let missing = width - of(fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + fitted
                + String(repeating: " ", count: missing - left)
        }
    }

    /// Whether `scalar` is a C0/C1 control, DEL, a line/paragraph separator or a bidi control
    /// that could reorder or break the terminal's output.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x2028, 0x2029: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether `scalar` takes no cell of its own (marks, joiners, selectors, format chars).
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            // Hangul medial vowels and final consonants only combine with a leading consonant.
            return (0x1160...0x11FF).contains(scalar.value)
                || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }

    /// Whether `scalar` is East Asian Wide or Fullwidth (Unicode 15 EastAsianWidth.txt, W and F,
    /// excluding the emoji ranges that `isEmojiPresentation` already covers).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Sorted, non-overlapping East Asian Wide/Fullwidth ranges.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility Jamo, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}
