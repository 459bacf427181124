/// A bordered rectangle with an optional title in its top edge.
///
/// ```swift
/// let inner = Box(title: "Tables").draw(into: &buffer, in: Rect(x: 0, y: 0, width: 30, height: 10))
/// list.draw(into: &buffer, in: inner)
/// ```
public struct Box: Sendable, Hashable {
    /// Text shown in the top edge, truncated with `…` when too long.
    public var title: String?
    /// The characters of the border.
    public var border: BorderStyle
    /// The style of the border and of the cleared inside.
    public var style: Style
    /// The style of the title.
    public var titleStyle: Style

    /// Creates a box.
    ///
    /// - Parameters:
    ///   - title: Text for the top edge.
    ///   - border: The border characters; single lines by default.
    ///   - style: Style of the border and the inside.
    ///   - titleStyle: Style of the title; bold by default.
    public init(
        title: String? = nil,
        border: BorderStyle = .single,
        style: Style = .plain,
        titleStyle: Style = Style(attributes: .bold)
    ) {
        self.title = title
        self.border = border
        self.style = style
        self.titleStyle = titleStyle
    }

    /// Clears `rect`, draws the border and title, and returns the area inside the border.
    ///
    /// A rectangle smaller than 2×2 is only cleared.
    ///
    /// - Parameters:
    ///   - buffer: Where to draw.
    ///   - rect: The box's outer rectangle.
    /// - Returns: The inner rectangle (inset by one cell), empty when there is no room.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in rect: Rect) -> Rect {
        buffer.fill(rect, style: style)
        guard rect.width >= 2, rect.height >= 2 else {
            return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        let horizontal = String(repeating: String(border.horizontal), count: rect.width - 2)
        buffer.put(
            String(border.topLeft) + horizontal + String(border.topRight),
            x: rect.x, y: rect.y, style: style)
        buffer.put(
            String(border.bottomLeft) + horizontal + String(border.bottomRight),
            x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(String(border.vertical), x: rect.x, y: row, style: style)
            buffer.put(String(border.vertical), x: rect.maxX - 1, y: row, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 5 {
            let label = DisplayWidth.truncate(title, toWidth: rect.width - 4)
            buffer.put(" \(label) ", x: rect.x + 1, y: rect.y, style: titleStyle)
        }
        return rect.inset(by: 1)
    }
}
