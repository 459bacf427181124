extension ScreenBuffer {
    /// The updates that turn a terminal showing `old` into one showing `new`: runs of
    /// changed cells per row, or a clear followed by every row when the sizes differ.
    ///
    /// Runs are widened so that a wide character is always written whole, and runs separated
    /// by a single unchanged cell are merged (rewriting one cell is cheaper than moving the
    /// cursor).
    ///
    /// ```swift
    /// for update in ScreenBuffer.diff(from: lastFrame, to: frame) { apply(update) }
    /// ```
    ///
    /// - Parameters:
    ///   - old: What the terminal shows now.
    ///   - new: What it should show.
    /// - Returns: The updates in top-to-bottom, left-to-right order; empty when nothing changed.
    public static func diff(from old: ScreenBuffer, to new: ScreenBuffer) -> [ScreenUpdate] {
        guard old.width == new.width, old.height == new.height else {
            var updates: [ScreenUpdate] = [.clear(width: new.width, height: new.height)]
            guard new.width > 0 else { return updates }
            for row in 0..<new.height {
                let start = row * new.width
                let cells = Array(new.cells[start..<start + new.width])
                updates.append(.run(x: 0, y: row, cells: cells))
            }
            return updates
        }
        var updates: [ScreenUpdate] = []
        let width = new.width
        for row in 0..<new.height {
            let base = row * width
            var column = 0
            var runStart: Int?
            var runEnd = 0
            while column < width {
                if old.cells[base + column] != new.cells[base + column] {
                    var start = column
                    // Never start on a continuation: include the wide character it belongs to.
                    if new.cells[base + start].isContinuation, start > 0 { start -= 1 }
                    var end = column + 1
                    // Never end between a wide character and its continuation.
                    if new.cells[base + column].width == 2, end < width { end += 1 }
                    if let open = runStart, start <= runEnd + 1 {
                        runStart = open
                    } else {
                        if let open = runStart {
                            let cells = Array(new.cells[base + open..<base + runEnd])
                            updates.append(.run(x: open, y: row, cells: cells))
                        }
                        runStart = start
                    }
                    runEnd = max(runEnd, end)
                    column = end
                } else {
                    column += 1
                }
            }
            if let open = runStart {
                let cells = Array(new.cells[base + open..<base + runEnd])
                updates.append(.run(x: open, y: row, cells: cells))
            }
        }
        return updates
    }
}
