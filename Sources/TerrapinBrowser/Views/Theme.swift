import TerminalUI

/// The styles of the browser, chosen to stay readable without colors (attributes first).
enum Theme {
    /// Section titles and column names.
    static let heading = Style(attributes: .bold)
    /// Types, counts, hints, NULLs.
    static let dim = Style(attributes: .dim)
    /// The selected entry or cell.
    static let selected = Style(attributes: .reverse)
    /// The row under the cursor.
    static let cursorRow = Style(attributes: .bold)
    /// The status line.
    static let status = Style(attributes: .reverse)
    /// Error messages.
    static let error = Style(foreground: .red, attributes: .bold)
    /// Informational messages.
    static let info = Style(foreground: .green)
    /// Key names in hints and help.
    static let key = Style(foreground: .cyan, attributes: .bold)

    /// The border characters for the options.
    static func border(ascii: Bool) -> BorderStyle { ascii ? .ascii : .single }

    /// The ellipsis of prose such as "Loading…": `...` in ASCII.
    static func ellipsis(ascii: Bool) -> String { ascii ? "..." : "…" }
}

/// Wraps text into lines of at most a given display width.
enum TextWrap {
    /// The lines of `text` wrapped at `width` cells: at spaces when possible, inside long
    /// words otherwise; line breaks in the text are kept.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = DisplayWidth.of(word)
                let needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= width {
                    line += (lineWidth == 0 && line.isEmpty ? "" : " ") + word
                    lineWidth = needed
                    continue
                }
                if lineWidth > 0 || !line.isEmpty { result.append(line) }
                line = ""
                lineWidth = 0
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if lineWidth + characterWidth > width {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            result.append(line)
        }
        return result
    }
}
