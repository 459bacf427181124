extension LineEditor {
    /// Lays the text out in a field `width` cells wide, scrolling horizontally so the cursor
    /// stays visible.
    ///
    /// Starts from ``scrollOffset`` and moves it as little as possible: left when the cursor
    /// is before it, right when the cursor would fall past the right edge, and back left when
    /// that leaves free space at the end. Wide characters are never split. Persist the
    /// returned offset with ``scrollToCursor(width:)`` to keep scrolling stable between frames.
    ///
    /// - Parameter width: The field's width in cells.
    /// - Returns: The visible text and the cursor's column.
    public func layout(width: Int) -> LineEditorLayout {
        guard width > 0 else {
            return LineEditorLayout(
                offset: cursor, visibleText: "", cursorColumn: 0,
                isClippedLeft: cursor > 0, isClippedRight: cursor < characters.count)
        }
        let widths = characters.map { DisplayWidth.of($0) }
        // The cursor needs the cell(s) of the character under it, or one cell past the end.
        let cursorWidth = cursor < characters.count ? max(1, widths[cursor]) : 1
        var offset = min(max(0, scrollOffset), cursor)
        var beforeCursor = widths[offset..<cursor].reduce(0, +)
        while offset < cursor, beforeCursor + cursorWidth > width {
            beforeCursor -= widths[offset]
            offset += 1
        }
        // Use free space at the end to show more of the text on the left.
        let afterCursor = widths[cursor...].reduce(0, +)
        var used = beforeCursor + afterCursor + (cursor == characters.count ? 1 : 0)
        while offset > 0, used + widths[offset - 1] <= width {
            offset -= 1
            used += widths[offset]
            beforeCursor += widths[offset]
        }
        var visible = ""
        var column = 0
        var index = offset
        while index < characters.count, column + widths[index] <= width {
            visible.append(DisplayWidth.visible(characters[index]))
            column += widths[index]
            index += 1
        }
        return LineEditorLayout(
            offset: offset,
            visibleText: visible,
            cursorColumn: beforeCursor,
            isClippedLeft: offset > 0,
            isClippedRight: index < characters.count
        )
    }

    /// Stores the scroll offset that ``layout(width:)`` chooses for `width`, so the view does
    /// not jump on the next frame.
    ///
    /// - Parameter width: The field's width in cells.
    public mutating func scrollToCursor(width: Int) {
        scrollOffset = layout(width: width).offset
    }
}
