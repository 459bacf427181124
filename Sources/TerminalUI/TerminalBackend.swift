/// What the browser runtime needs from a terminal: its size, drawing frames, placing the
/// cursor. Implemented by ``TestBackend`` (in memory) and by the curses backend.
///
/// Backends are main-actor bound because the terminal has one owner; they are deliberately
/// not `Sendable`.
///
/// ```swift
/// backend.draw(frame)
/// backend.showCursor(x: 4, y: 0)
/// backend.flush()
/// ```
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The current size of the terminal in cells.
    var size: Size { get }

    /// Brings the screen to `buffer`, writing only what changed since the last frame.
    ///
    /// Nothing needs to be visible before ``flush()``.
    ///
    /// - Parameter buffer: The complete next frame, normally of ``size``.
    func draw(_ buffer: ScreenBuffer)

    /// Shows the text cursor at (`x`, `y`), e.g. in an input field.
    ///
    /// Call it after ``draw(_:)`` and before ``flush()``: drawing moves the cursor.
    ///
    /// - Parameters:
    ///   - x: The column.
    ///   - y: The row.
    func showCursor(x: Int, y: Int)

    /// Hides the text cursor.
    func hideCursor()

    /// Makes everything drawn so far visible.
    func flush()
}
