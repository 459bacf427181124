import TerrapinCore

/// A table view to return to with Backspace: its filter, sort, page anchor, count and
/// cursor, without its rows (only the visible page is kept in memory; the page is reloaded
/// at its anchor on return).
struct BackEntry: Sendable, Hashable {
    /// The view as it was left, rows dropped.
    var view: TableViewState
    /// The row key of the row under the cursor, so the cursor lands on the same row even
    /// when rows moved on the page meanwhile.
    var cursorKey: [String: SQLValue]?
}

/// A page load whose arrival puts the cursor on the row with this key.
struct PendingCursor: Sendable, Hashable {
    /// The generation of the page load.
    var generation: Int
    /// The row key to put the cursor on.
    var key: [String: SQLValue]
}
