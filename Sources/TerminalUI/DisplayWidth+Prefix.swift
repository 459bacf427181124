extension DisplayWidth {
    /// The longest start of `text` that fits in `width` cells, and whether anything was left
    /// out.
    ///
    /// Reading stops at the first character that does not fit, so the cost depends on `width`,
    /// not on the length of `text`: a one-megabyte value costs what its first line does. A
    /// wide character that would straddle the limit is left out whole.
    ///
    /// ```swift
    /// DisplayWidth.prefix("日本語", fittingWidth: 5)  // ("日本", isCut: true)
    /// DisplayWidth.prefix("ok", fittingWidth: 5)      // ("ok", isCut: false)
    /// ```
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - width: The most cells the result may occupy; values below 1 give `""`.
    /// - Returns: The fitting start of `text`, and `true` when characters were left out.
    public static func prefix(_ text: some StringProtocol, fittingWidth width: Int) -> (
        text: String, isCut: Bool
    ) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let characterWidth = of(text[index])
            if used + characterWidth > width { return (String(text[..<index]), true) }
            used += characterWidth
            text.formIndex(after: &index)
        }
        return (String(text), false)
    }
}
