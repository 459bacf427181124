/// A vertical list of text items with one selected item, scrolled so the selection is
/// always visible.
///
/// `ListView` is plain state: keep it in the app state, feed it keys with
/// ``handle(_:visibleHeight:)``, and draw it each frame with ``draw(into:in:)``.
///
/// ```swift
/// var tables = ListView(items: ["albums", "artists", "tracks"])
/// tables.handle(.down, visibleHeight: 10)   // selects "artists"
/// tables.draw(into: &buffer, in: inner)
/// ```
public struct ListView: Sendable, Hashable {
    /// The lines shown, one per item.
    public var items: [String] {
        didSet { clampSelection() }
    }
    /// The index of the selected item; `nil` only when the list is empty.
    public private(set) var selectedIndex: Int?
    /// The index of the first visible item.
    public private(set) var offset: Int = 0
    /// The style of unselected items and of the empty space.
    public var style: Style
    /// The style of the selected item's whole row.
    public var selectedStyle: Style

    /// Creates a list with the first item selected.
    ///
    /// - Parameters:
    ///   - items: The lines to show.
    ///   - style: Style of unselected rows.
    ///   - selectedStyle: Style of the selected row; reverse video by default, which also works
    ///     on monochrome terminals.
    public init(
        items: [String] = [],
        style: Style = .plain,
        selectedStyle: Style = Style(attributes: .reverse)
    ) {
        self.items = items
        self.style = style
        self.selectedStyle = selectedStyle
        self.selectedIndex = items.isEmpty ? nil : 0
    }

    /// The selected item's text, if any.
    public var selectedItem: String? { selectedIndex.map { items[$0] } }

    /// Selects the item at `index` (clamped) and scrolls so it is visible.
    ///
    /// - Parameters:
    ///   - index: The item to select.
    ///   - visibleHeight: How many rows the list is drawn in.
    public mutating func select(_ index: Int, visibleHeight: Int) {
        guard !items.isEmpty else {
            selectedIndex = nil
            offset = 0
            return
        }
        selectedIndex = min(max(0, index), items.count - 1)
        offset = visibleOffset(height: visibleHeight)
    }

    /// Moves the selection by `delta` items (negative is up), clamped to the list.
    ///
    /// - Parameters:
    ///   - delta: How many items to move.
    ///   - visibleHeight: How many rows the list is drawn in.
    public mutating func moveSelection(by delta: Int, visibleHeight: Int) {
        select((selectedIndex ?? 0) + delta, visibleHeight: visibleHeight)
    }

    /// Applies a navigation key: Up/Down and `k`/`j` move by one, PageUp/PageDown (and
    /// Ctrl-B/Ctrl-F) by a page, Home/End (and `g`/`G`) jump to the ends.
    ///
    /// - Parameters:
    ///   - key: The key pressed.
    ///   - visibleHeight: How many rows the list is drawn in.
    /// - Returns: `true` when the key was a navigation key.
    @discardableResult
    public mutating func handle(_ key: KeyEvent, visibleHeight: Int) -> Bool {
        let page = max(1, visibleHeight - 1)
        switch key {
        case .up, .character("k"): moveSelection(by: -1, visibleHeight: visibleHeight)
        case .down, .character("j"): moveSelection(by: 1, visibleHeight: visibleHeight)
        case .pageUp, .control("B"): moveSelection(by: -page, visibleHeight: visibleHeight)
        case .pageDown, .control("F"): moveSelection(by: page, visibleHeight: visibleHeight)
        case .home, .character("g"): select(0, visibleHeight: visibleHeight)
        case .end, .character("G"): select(items.count - 1, visibleHeight: visibleHeight)
        default: return false
        }
        return true
    }

    /// The first visible item for a list drawn `height` rows high: the stored offset, moved as
    /// little as possible so the selection is visible and no rows are wasted at the end.
    ///
    /// - Parameter height: How many rows the list is drawn in.
    /// - Returns: The index of the first item to draw.
    public func visibleOffset(height: Int) -> Int {
        guard height > 0, !items.isEmpty else { return 0 }
        var first = min(offset, max(0, items.count - height))
        if let selected = selectedIndex {
            if selected < first { first = selected }
            if selected >= first + height { first = selected - height + 1 }
        }
        return max(0, first)
    }

    /// Draws the visible items into `rect`, one per row, the selected row highlighted across
    /// the full width. Items are made printable and truncated with `…`.
    ///
    /// - Parameters:
    ///   - buffer: Where to draw.
    ///   - rect: The list's area.
    public func draw(into buffer: inout ScreenBuffer, in rect: Rect) {
        buffer.fill(rect, style: style)
        guard !rect.isEmpty else { return }
        let first = visibleOffset(height: rect.height)
        for row in 0..<rect.height {
            let index = first + row
            guard index < items.count else { break }
            let rowStyle = index == selectedIndex ? selectedStyle : style
            let line = DisplayWidth.pad(items[index], toWidth: rect.width)
            buffer.put(line, x: rect.x, y: rect.y + row, style: rowStyle, maxWidth: rect.width)
        }
    }

    /// Keeps the selection valid after `items` changed.
    private mutating func clampSelection() {
        if items.isEmpty {
            selectedIndex = nil
            offset = 0
        } else {
            selectedIndex = min(selectedIndex ?? 0, items.count - 1)
            offset = min(offset, items.count - 1)
        }
    }
}
