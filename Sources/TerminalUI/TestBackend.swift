/// An in-memory terminal for tests: it applies the updates of ``ScreenBuffer/diff(from:to:)``
/// the way a real terminal would and remembers what is "on screen".
///
/// Like the curses backend, it writes each wide character once and skips continuation cells,
/// so a diff that split a wide character would leave a visible defect here too.
///
/// ```swift
/// let terminal = TestBackend(width: 20, height: 3)
/// terminal.draw(frame)
/// terminal.flush()
/// #expect(terminal.textSnapshot() == "…")
/// ```
@MainActor
public final class TestBackend: TerminalBackend {
    /// What the terminal shows after the last ``flush()``.
    public private(set) var screen: ScreenBuffer
    /// Where the cursor is shown, or `nil` when it is hidden.
    public private(set) var cursor: (x: Int, y: Int)?
    /// How many cells were written by all draws so far (to check that diffs are small).
    public private(set) var cellsWritten = 0
    /// How many times ``flush()`` was called.
    public private(set) var flushCount = 0

    private var pending: ScreenBuffer
    private var lastFrame: ScreenBuffer

    /// Creates a blank terminal of the given size.
    ///
    /// - Parameters:
    ///   - width: Number of columns.
    ///   - height: Number of rows.
    public init(width: Int, height: Int) {
        let blank = ScreenBuffer(width: width, height: height)
        screen = blank
        pending = blank
        lastFrame = blank
    }

    /// The terminal's size.
    public var size: Size { pending.size }

    /// Changes the terminal's size as a window resize would; the content is lost.
    ///
    /// - Parameter size: The new size.
    public func resize(to size: Size) {
        pending = ScreenBuffer(size: size)
        screen = pending
    }

    /// Diffs `buffer` against the previous frame and applies the updates.
    ///
    /// - Parameter buffer: The next frame.
    public func draw(_ buffer: ScreenBuffer) {
        apply(ScreenBuffer.diff(from: lastFrame, to: buffer))
        lastFrame = buffer
    }

    /// Applies updates as a terminal would: a clear blanks the screen at the new size, a run
    /// writes its cells left to right, wide characters once, continuation cells skipped.
    ///
    /// - Parameter updates: Output of ``ScreenBuffer/diff(from:to:)``.
    public func apply(_ updates: [ScreenUpdate]) {
        for update in updates {
            switch update {
            case .clear(let width, let height):
                pending = ScreenBuffer(width: width, height: height)
            case .run(let x, let y, let cells):
                var column = x
                for cell in cells {
                    if !cell.isContinuation {
                        pending.write(cell, x: column, y: y)
                        cellsWritten += 1
                    }
                    column += 1
                }
            }
        }
    }

    /// Shows the cursor at (`x`, `y`).
    ///
    /// - Parameters:
    ///   - x: The column.
    ///   - y: The row.
    public func showCursor(x: Int, y: Int) { cursor = (x, y) }

    /// Hides the cursor.
    public func hideCursor() { cursor = nil }

    /// Makes the drawn updates visible in ``screen``.
    public func flush() {
        screen = pending
        flushCount += 1
    }

    /// The visible screen as text (see ``ScreenBuffer/textSnapshot()``).
    ///
    /// - Returns: One line per row, trailing spaces trimmed.
    public func textSnapshot() -> String { screen.textSnapshot() }
}
