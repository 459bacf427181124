/// A rectangle of cells: origin at the top-left, x to the right, y downwards.
public struct Rect: Sendable, Hashable {
    /// Column of the left edge.
    public var x: Int
    /// Row of the top edge.
    public var y: Int
    /// Number of columns; never negative.
    public var width: Int
    /// Number of rows; never negative.
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    ///
    /// - Parameters:
    ///   - x: Column of the left edge.
    ///   - y: Row of the top edge.
    ///   - width: Number of columns.
    ///   - height: Number of rows.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The row just below the rectangle.
    public var maxY: Int { y + height }
    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`column`, `row`) lies inside.
    ///
    /// - Parameters:
    ///   - column: The x coordinate.
    ///   - row: The y coordinate.
    /// - Returns: `true` when the cell is covered by the rectangle.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    ///
    /// - Parameter amount: Cells removed from each edge.
    /// - Returns: The inner rectangle, empty when nothing is left.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The cells both rectangles cover.
    ///
    /// - Parameter other: The other rectangle.
    /// - Returns: The overlap, with zero size when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A `width`×`height` rectangle centered inside this one (clamped to fit).
    ///
    /// - Parameters:
    ///   - width: The wanted number of columns.
    ///   - height: The wanted number of rows.
    /// - Returns: The centered rectangle.
    public func centered(width: Int, height: Int) -> Rect {
        let fittedWidth = min(max(0, width), self.width)
        let fittedHeight = min(max(0, height), self.height)
        return Rect(
            x: x + (self.width - fittedWidth) / 2,
            y: y + (self.height - fittedHeight) / 2,
            width: fittedWidth,
            height: fittedHeight
        )
    }
}
