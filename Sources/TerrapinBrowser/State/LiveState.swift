import TerrapinCore

/// Live refresh: the poll of the database's change token, the reload of the visible page it
/// caused, and the cells that reload found changed (highlighted for a moment).
///
/// Polls are asked for by ``BrowserState/liveTicked()`` on the runtime's live timer, one at
/// a time and only while the browser is idle; see `BrowserState+Live.swift`.
struct LiveState: Sendable, Hashable {
    /// Whether live refresh is on (`--no-live` starts with it off; `L` toggles it).
    var isEnabled = true
    /// Whether the database can tell about commits made elsewhere (`false` once the driver
    /// answered that it cannot).
    var isSupported = true
    /// The generation of the poll in flight, if any.
    var pollGeneration: Int?
    /// The last token acted on, and the table it was read for.
    var token: ChangeToken?
    /// The table ``token`` belongs to.
    var tokenTable: String?
    /// Whether the next token read only becomes the new baseline: the browser's own write
    /// changed it, and its own reload already shows the result.
    var absorbsNextChange = false
    /// The reload of the visible page that a change caused, while it runs.
    var reload: LiveReload?
    /// The cells of the page on screen that the last reload found changed.
    var highlights: Set<GridCell> = []
    /// Live ticks left before the highlights go.
    var highlightTicksLeft = 0
    /// Live ticks a highlight lasts (about 1.5 s of the live interval; the runtime sets it
    /// with ``highlightTicks(for:)``).
    var highlightTicks = Self.defaultHighlightTicks
    /// The view whose count must be taken again when the count in flight arrives (a change
    /// came while it ran, so it may be out of date already).
    var recountQuery: QueryRequest?
    /// The generation of a count that live refresh started (it runs without the spinner).
    var recountGeneration: Int?

    /// Whether the runtime's live timer must run: to poll, or to fade highlights.
    func needsTimer(hasTable: Bool) -> Bool {
        (isEnabled && isSupported && hasTable) || !highlights.isEmpty
    }

    /// Whether the highlight is in its last ticks (drawn fainter).
    var isFading: Bool { highlightTicksLeft <= max(1, highlightTicks / 3) }

    /// The generations of live work that runs in the background, without the spinner.
    var backgroundGenerations: Set<Int> {
        Set([reload?.generation, recountGeneration].compactMap { $0 })
    }

    /// Live ticks a highlight lasts at the default interval of 250 ms, and whenever the
    /// interval is not positive.
    static let defaultHighlightTicks = 6

    /// Live ticks in about 1.5 s: how long a changed cell stays highlighted.
    static func highlightTicks(for interval: Duration) -> Int {
        guard interval > .zero else { return defaultHighlightTicks }
        return max(2, Int((Duration.milliseconds(1500) / interval).rounded()))
    }
}

/// The reload of the visible page after a change elsewhere.
struct LiveReload: Sendable, Hashable {
    /// The generation of the page load.
    var generation: Int
    /// The rows on screen before it.
    var oldRows: [DynamicRow]
    /// The token that caused it: the new baseline once the page is on screen (a reload
    /// that never arrives leaves the old one, so the next poll tries again).
    var token: ChangeToken
    /// The rows of the old page that no longer exist, once the reload found out.
    var deletedCount: Int?

    /// Whether the rows of `view` are told apart by their key, else by their place on the
    /// page: a view paged by row number has no key. Asked of the view when the reload starts
    /// and when it arrives, which is the same table (a key or another table drops a reload).
    static func matchesByKey(in view: TableViewState) -> Bool { !view.usesOffsetPaging }
}

/// One cell of the page on screen: row on the page, column index.
struct GridCell: Sendable, Hashable {
    /// The row on the page.
    var row: Int
    /// The column (index into ``TableViewState/columnNames``).
    var column: Int
}

/// What one poll of the change token found.
enum ChangePoll: Sendable, Hashable {
    /// The token now.
    case token(ChangeToken)
    /// The database cannot tell.
    case unsupported
    /// Reading the token failed (the message is for logs; polls fail quietly).
    case failed(String)
}
