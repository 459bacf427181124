/// One row of text with a left-aligned and a right-aligned part, such as a status bar.
///
/// When both do not fit, the right part is kept (truncated only when it alone is wider than
/// the row) and the left part is truncated with `…`, or dropped when no cell is left for it.
///
/// ```swift
/// StatusLine(left: " tracks — 1 204 rows", right: "q quit ").draw(into: &buffer, row: 23)
/// ```
public struct StatusLine: Sendable, Hashable {
    /// Text at the left edge.
    public var left: String
    /// Text at the right edge.
    public var right: String
    /// The style of the whole row.
    public var style: Style

    /// Creates a status line.
    ///
    /// - Parameters:
    ///   - left: Text at the left edge.
    ///   - right: Text at the right edge.
    ///   - style: Style of the row; reverse video by default.
    public init(left: String, right: String = "", style: Style = Style(attributes: .reverse)) {
        self.left = left
        self.right = right
        self.style = style
    }

    /// The row's text, exactly `width` cells wide.
    ///
    /// - Parameter width: The row's width in cells.
    /// - Returns: Left part, padding, right part.
    public func text(width: Int) -> String {
        guard width > 0 else { return "" }
        guard !right.isEmpty else { return DisplayWidth.pad(left, toWidth: width) }
        let rightPart = DisplayWidth.truncate(right, toWidth: width)
        // One space always separates the parts; without room for it the left part is dropped.
        let leftWidth = width - DisplayWidth.of(rightPart) - 1
        guard !left.isEmpty, leftWidth > 0 else {
            return DisplayWidth.pad(rightPart, toWidth: width, alignment: .right)
        }
        return DisplayWidth.pad(left, toWidth: leftWidth) + " " + rightPart
    }

    /// Draws the line across `width` cells of `row` starting at column `x`.
    ///
    /// - Parameters:
    ///   - buffer: Where to draw.
    ///   - row: The row.
    ///   - x: The first column; 0 by default.
    ///   - width: The width; the rest of the buffer's row by default.
    public func draw(into buffer: inout ScreenBuffer, row: Int, x: Int = 0, width: Int? = nil) {
        let fieldWidth = width ?? (buffer.width - x)
        buffer.put(text(width: fieldWidth), x: x, y: row, style: style, maxWidth: fieldWidth)
    }
}
