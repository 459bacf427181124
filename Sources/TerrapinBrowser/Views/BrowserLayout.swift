import TerminalUI

/// Where each part of the screen goes for a terminal size; shared by the views and by
/// ``update(_:_:)`` (which needs the page size and list heights).
struct BrowserLayout: Sendable, Hashable {
    /// The smallest usable terminal.
    static let minimumSize = Size(width: 40, height: 10)

    /// The whole screen.
    var screen: Rect
    /// The sidebar's box.
    var sidebar: Rect
    /// The grid's box.
    var grid: Rect
    /// The status line's row.
    var statusRow: Int
    /// The key hint (or input) line's row.
    var hintRow: Int

    /// Whether the terminal is too small to draw the browser.
    var isTooSmall: Bool

    /// Lays out a terminal of `size`.
    init(size: Size) {
        screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        isTooSmall =
            size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        let sidebarWidth = min(36, max(16, size.width / 4))
        let mainHeight = max(0, size.height - 2)
        sidebar = Rect(x: 0, y: 0, width: sidebarWidth, height: mainHeight)
        grid = Rect(x: sidebarWidth, y: 0, width: size.width - sidebarWidth, height: mainHeight)
        statusRow = size.height - 2
        hintRow = size.height - 1
    }

    /// The area inside the sidebar's border.
    var sidebarInner: Rect { sidebar.inset(by: 1) }
    /// The area inside the grid's border.
    var gridInner: Rect { grid.inset(by: 1) }
    /// Rows of data the grid shows (below its two header rows).
    var gridDataRows: Int { max(1, gridInner.height - 2) }
    /// The area of full-screen overlays (help, record view): the main area minus a margin.
    var overlay: Rect {
        Rect(x: 1, y: 0, width: screen.width - 2, height: max(0, screen.height - 2))
    }
}
