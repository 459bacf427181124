import TerminalUI

/// The smoke program's state; `apply` is its whole update logic and `render` its view.
struct SmokeState {
    /// The terminal size the frame is drawn for.
    var size: Size
    /// The name of the last key pressed.
    var lastKey = "none"
    /// Whether the user asked to quit.
    var isFinished = false
    /// Whether the filter line has the keyboard.
    var isEditingFilter = false
    /// The filter text.
    var filter = LineEditor()
    /// The list, filtered.
    var list = ListView(items: SmokeState.allItems)
    /// Counts events, to animate the spinner.
    var tick = 0

    /// Rows with ASCII, accents, CJK, Hangul, emoji, a flag, a ZWJ family and a control char.
    static let allItems = [
        "albums", "artists", "tracks", "playlists", "café (combining: cafe\u{301})",
        "日本語のテーブル", "한국어 테이블", "emoji 👍🏽 🎉", "flag 🇫🇷 family 👨‍👩‍👧",
        "tab\there", "genres", "media_types", "invoices", "invoice_items", "customers",
        "employees", "a very long table name that will certainly not fit into a narrow box",
    ]

    /// Rows of the list inside the box.
    var listHeight: Int { max(0, size.height - 5) }

    /// Updates the state for one event.
    mutating func apply(_ event: TerminalEvent) {
        tick += 1
        switch event {
        case .resize(let width, let height):
            size = Size(width: width, height: height)
            lastKey = "resize \(width)×\(height)"
            list.select(list.selectedIndex ?? 0, visibleHeight: listHeight)
        case .key(let key):
            lastKey = key.description
            if isEditingFilter {
                switch key {
                case .enter, .escape: isEditingFilter = false
                default:
                    if filter.handle(key) { applyFilter() }
                }
                return
            }
            switch key {
            case .character("q"), .control("C"): isFinished = true
            case .character("/"): isEditingFilter = true
            default: list.handle(key, visibleHeight: listHeight)
            }
        }
    }

    /// Keeps the rows that contain the filter text.
    private mutating func applyFilter() {
        let needle = filter.text.lowercased()
        list.items = Self.allItems.filter { needle.isEmpty || $0.lowercased().contains(needle) }
        list.select(0, visibleHeight: listHeight)
    }

    /// Draws the frame; returns where the cursor goes when the filter is being edited.
    func render() -> (buffer: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = ScreenBuffer(size: size)
        let header = Style(foreground: .black, background: .cyan, attributes: .bold)
        StatusLine(left: " terrapin · tui-smoke", right: "表示幅 OK ", style: header)
            .draw(into: &buffer, row: 0)
        let label = "Filter: "
        buffer.put(label, x: 1, y: 1, style: Style(attributes: .dim))
        let fieldX = 1 + DisplayWidth.of(label)
        let fieldWidth = max(0, size.width - fieldX - 1)
        let layout = filter.layout(width: fieldWidth)
        buffer.put(
            layout.visibleText, x: fieldX, y: 1, style: Style(attributes: .underline),
            maxWidth: fieldWidth)
        let boxRect = Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3))
        let count = "\(list.items.count) tables"
        let inner = Box(title: "Tables (\(count))", border: .rounded)
            .draw(into: &buffer, in: boxRect)
        list.draw(into: &buffer, in: inner)
        let spinner = Spinner().frame(at: tick)
        let selected = list.selectedIndex.map { "\($0 + 1)/\(list.items.count)" } ?? "–"
        StatusLine(
            left: " \(spinner) key: \(lastKey)  漢字 ✓ 🐢",
            right: "\(selected)  \(size.width)×\(size.height)  q quit ",
            style: Style(attributes: .reverse)
        ).draw(into: &buffer, row: size.height - 1)
        let cursor = isEditingFilter ? (x: fieldX + layout.cursorColumn, y: 1) : nil
        return (buffer, cursor)
    }
}
