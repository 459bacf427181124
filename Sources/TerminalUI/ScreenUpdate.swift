/// One instruction for bringing a terminal from one frame to the next, produced by
/// ``ScreenBuffer/diff(from:to:)``.
public enum ScreenUpdate: Sendable, Hashable {
    /// The size changed: forget everything on screen, clear to blanks of the new size.
    /// Always followed by runs covering every row.
    case clear(width: Int, height: Int)
    /// Draw `cells` on row `y` starting at column `x`, left to right. A run never starts on
    /// a continuation cell and never ends between a wide character and its continuation;
    /// continuation cells are included so the run's length equals the columns it covers.
    case run(x: Int, y: Int, cells: [Cell])
}
