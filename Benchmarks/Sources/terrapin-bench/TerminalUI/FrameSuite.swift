import TerminalUI

/// In-process rendering and diffing of a full 200x60 frame with `TerminalUI`: a table view
/// like the browser's (header, 58 rows of six columns, status line), drawn into a
/// `ScreenBuffer`, then diffed against the previous frame (the same table scrolled by one
/// row, so nearly every cell changes: the worst case short of a resize).
enum FrameSuite {
    static let width = 200
    static let height = 60

    struct Result {
        let renderMicroseconds: Double
        let diffMicroseconds: Double
        let updates: Int
    }

    static func render(firstRow: Int, rows: [PlainUser]) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        let header = Style(attributes: [.bold, .reverse])
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: header)
        let columns = [("id", 8), ("name", 40), ("email", 50), ("age", 5), ("score", 10),
                       ("created_at", 24)]
        var x = 0
        for (title, columnWidth) in columns {
            buffer.put(title, x: x, y: 0, style: header, maxWidth: columnWidth)
            x += columnWidth + 1
        }
        for line in 1..<(height - 1) {
            let user = rows[(firstRow + line) % rows.count]
            let style: Style = line == 5 ? Style(attributes: .reverse) : .plain
            let cells = [String(user.id), user.name, user.email, String(user.age),
                         String(user.score), user.createdAt]
            var x = 0
            for ((_, columnWidth), text) in zip(columns, cells) {
                buffer.put(text, x: x, y: line, style: style, maxWidth: columnWidth)
                x += columnWidth + 1
            }
        }
        buffer.put(
            "user — \(rows.count) rows — row \(firstRow + 1)  [/] filter  [G] last  [q] quit",
            x: 0, y: height - 1, style: Style(attributes: .dim))
        return buffer
    }

    /// Renders and diffs `frames` frames per repetition; returns the median per-frame times.
    static func run(data: DataSet, frames: Int, repetitions: Int) -> Result {
        let rows = Array(data.users.prefix(1_000))
        var renderTimes: [Double] = []
        var diffTimes: [Double] = []
        var updates = 0
        var previous = render(firstRow: 0, rows: rows)
        for repetition in 0...max(1, repetitions) {
            var renderTotal = 0.0
            var diffTotal = 0.0
            for frame in 1...frames {
                let (renderSeconds, buffer) = timedSync { render(firstRow: frame, rows: rows) }
                let (diffSeconds, diff) = timedSync {
                    ScreenBuffer.diff(from: previous, to: buffer)
                }
                renderTotal += renderSeconds
                diffTotal += diffSeconds
                updates = diff.count
                previous = buffer
            }
            if repetition > 0 {  // repetition 0 is the warm-up
                renderTimes.append(renderTotal / Double(frames) * 1e6)
                diffTimes.append(diffTotal / Double(frames) * 1e6)
            }
        }
        return Result(
            renderMicroseconds: renderTimes.median, diffMicroseconds: diffTimes.median,
            updates: updates)
    }
}
