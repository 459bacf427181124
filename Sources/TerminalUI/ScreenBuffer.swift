/// An in-memory grid of cells that a frame is drawn into before it is diffed to a terminal.
///
/// Drawing clips at the edges and keeps wide characters whole: a wide character always
/// occupies its cell plus a continuation cell, and overwriting either half turns the other
/// half into a space.
///
/// ```swift
/// var buffer = ScreenBuffer(width: 20, height: 2)
/// buffer.put("名前: Ada", x: 0, y: 0)
/// buffer.textSnapshot()  // "名前: Ada\n"
/// ```
public struct ScreenBuffer: Sendable, Hashable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// The cells, row after row.
    public private(set) var cells: [Cell]

    /// Creates a buffer filled with `fill`.
    ///
    /// - Parameters:
    ///   - width: Number of columns (negative values count as zero).
    ///   - height: Number of rows (negative values count as zero).
    ///   - fill: The cell every position starts with; must be one cell wide.
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let start = fill.width == 1 ? fill : Cell.blank(fill.style)
        self.cells = Array(repeating: start, count: self.width * self.height)
    }

    /// Creates a buffer of `size` filled with blanks.
    ///
    /// - Parameter size: The number of columns and rows.
    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// The buffer's size.
    public var size: Size { Size(width: width, height: height) }

    /// The whole buffer as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); a blank for positions outside the buffer.
    ///
    /// - Parameters:
    ///   - x: The column.
    ///   - y: The row.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Draws `text` starting at (`x`, `y`) and returns how many columns it advanced.
    ///
    /// Control characters are drawn as their visible stand-ins (``DisplayWidth/visible(_:)``).
    /// Drawing stops at the right edge or after `maxWidth` columns; a wide character that does
    /// not fit entirely is replaced by a space, so no half character is ever drawn. Columns left
    /// of the buffer are skipped; rows outside the buffer draw nothing. A lone zero-width
    /// cluster (a combining mark with no base) is dropped.
    ///
    /// - Parameters:
    ///   - text: The text to draw on one row.
    ///   - x: The starting column; may be negative.
    ///   - y: The row.
    ///   - style: The style of every drawn cell.
    ///   - maxWidth: The most columns to use; unlimited when `nil`.
    /// - Returns: The columns advanced from `x` (including a padding space and any clipped
    ///   columns left of the buffer), at most `maxWidth`.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        guard y >= 0, y < height else { return 0 }
        var column = x
        for character in text {
            let shown = DisplayWidth.visible(character)
            let characterWidth = DisplayWidth.of(shown)
            if characterWidth == 0 { continue }
            if column >= limit { break }
            if column + characterWidth > limit {
                // A wide character would be cut by the edge: pad instead of splitting it.
                if column >= 0 { write(Cell.blank(style), x: column, y: y) }
                column += 1
                break
            }
            if column >= 0 {
                write(Cell(String(shown), style: style), x: column, y: y)
            } else if column + characterWidth > 0 {
                // The right half of a wide character is all that would be visible.
                write(Cell.blank(style), x: 0, y: y)
            }
            column += characterWidth
        }
        return max(0, column - x)
    }

    /// Fills `rect` (clipped to the buffer) with spaces in `style`.
    ///
    /// - Parameters:
    ///   - rect: The area to fill.
    ///   - style: The style of the blank cells.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: Cell.blank(style))
    }

    /// Fills `rect` (clipped to the buffer) with copies of a one-cell-wide `cell`.
    ///
    /// - Parameters:
    ///   - rect: The area to fill.
    ///   - cell: The cell to repeat; a wide or continuation cell is replaced by a space.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let single = cell.width == 1 ? cell : Cell.blank(cell.style)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                write(single, x: column, y: row)
            }
        }
    }

    /// Changes the style of every cell in `rect` (clipped), keeping the graphemes.
    ///
    /// - Parameters:
    ///   - rect: The area to restyle.
    ///   - style: The new style.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = style
            }
        }
    }

    /// Resets every cell to a plain blank.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Places `cell` at (`x`, `y`) as a terminal would, and returns the columns it occupies.
    ///
    /// A wide cell also claims the next column as its continuation; any wide character that
    /// is partly overwritten loses its other half, which becomes a space. Continuation cells and
    /// positions outside the buffer are ignored (returning 0), as is a wide cell that does not
    /// fit before the right edge.
    ///
    /// - Parameters:
    ///   - cell: A cell made by ``put(_:x:y:style:maxWidth:)`` or read from a buffer.
    ///   - x: The column.
    ///   - y: The row.
    /// - Returns: 1 or 2 for a written cell, 0 when nothing was written.
    @discardableResult
    public mutating func write(_ cell: Cell, x: Int, y: Int) -> Int {
        let cellWidth = cell.width
        guard cellWidth > 0, y >= 0, y < height, x >= 0, x + cellWidth <= width else { return 0 }
        breakWideCharacter(at: x, y: y)
        breakWideCharacter(at: x + cellWidth - 1, y: y)
        cells[y * width + x] = cell
        if cellWidth == 2 {
            cells[y * width + x + 1] = Cell("", style: cell.style)
        }
        return cellWidth
    }

    /// If (`x`, `y`) is half of a wide character, turns both halves into spaces.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            cells[index] = Cell.blank(cells[index].style)
            if x > 0 { cells[index - 1] = Cell.blank(cells[index - 1].style) }
        } else if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = Cell.blank(cells[index + 1].style)
        }
    }

    /// The text of one row: graphemes left to right, continuation cells skipped.
    ///
    /// - Parameters:
    ///   - y: The row; an out-of-range row gives `""`.
    ///   - trimmingTrailingSpaces: Whether to drop spaces at the end of the row.
    /// - Returns: The row's text.
    public func rowText(_ y: Int, trimmingTrailingSpaces: Bool = true) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for cell in cells[(y * width)..<((y + 1) * width)] { text += cell.grapheme }
        guard trimmingTrailingSpaces else { return text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole buffer as text: one line per row, trailing spaces trimmed, each row ending
    /// in a newline. Meant for snapshot tests.
    ///
    /// - Returns: `height` lines of text.
    public func textSnapshot() -> String {
        var text = ""
        for row in 0..<height { text += rowText(row) + "\n" }
        return text
    }

    /// The styles of the buffer as text: one symbol per column chosen by `symbol`, one line
    /// per row, trailing spaces trimmed. Meant for snapshot tests of highlighting.
    ///
    /// ```swift
    /// buffer.styleSnapshot { $0.attributes.contains(.reverse) ? "#" : " " }
    /// ```
    ///
    /// - Parameter symbol: Maps a cell's style to the character that stands for it.
    /// - Returns: `height` lines of symbols.
    public func styleSnapshot(_ symbol: (Style) -> Character) -> String {
        var text = ""
        for row in 0..<height {
            var line = ""
            for column in 0..<width { line.append(symbol(cells[row * width + column].style)) }
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
