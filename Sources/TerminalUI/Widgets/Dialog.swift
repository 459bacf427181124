/// A box centered over the screen, for confirmations, errors and prompts.
///
/// ```swift
/// let inner = Dialog(title: "Delete row?", width: 40, height: 7).draw(into: &buffer)
/// buffer.put("This cannot be undone.", x: inner.x + 1, y: inner.y + 1)
/// ```
public struct Dialog: Sendable, Hashable {
    /// The frame around the dialog.
    public var box: Box
    /// The wanted outer width; shrunk to the screen when larger.
    public var width: Int
    /// The wanted outer height; shrunk to the screen when larger.
    public var height: Int

    /// Creates a dialog.
    ///
    /// - Parameters:
    ///   - title: Text in the top edge.
    ///   - width: Outer width in cells.
    ///   - height: Outer height in rows.
    ///   - border: Border characters; double lines by default to stand out.
    ///   - style: Style of the frame and the inside.
    public init(
        title: String, width: Int, height: Int, border: BorderStyle = .double,
        style: Style = .plain
    ) {
        self.box = Box(title: title, border: border, style: style)
        self.width = width
        self.height = height
    }

    /// The dialog's outer rectangle centered in `area`.
    ///
    /// - Parameter area: The area to center in, usually the whole screen.
    /// - Returns: The centered frame, clamped to `area`.
    public func frame(in area: Rect) -> Rect {
        area.centered(width: width, height: height)
    }

    /// Clears the dialog's area over whatever was drawn, draws the frame, and returns the
    /// inside.
    ///
    /// - Parameters:
    ///   - buffer: Where to draw; the dialog is centered in its bounds unless `area` is given.
    ///   - area: The area to center in.
    /// - Returns: The inner rectangle for the dialog's content.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in area: Rect? = nil) -> Rect {
        box.draw(into: &buffer, in: frame(in: area ?? buffer.bounds))
    }
}
