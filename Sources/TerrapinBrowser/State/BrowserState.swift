import TerminalUI
import TerrapinCore

/// Which pane has the keyboard while browsing.
enum Focus: Sendable, Hashable {
    /// The table list.
    case sidebar
    /// The data grid.
    case grid
}

/// A line shown in the status bar until the next key.
struct StatusMessage: Sendable, Hashable {
    /// The text.
    var text: String
    /// Whether it reports a failure (drawn in red).
    var isError: Bool
}

/// The generation numbers of the work in flight, one per kind of query; results carrying
/// any other generation are stale and dropped.
struct InFlight: Sendable, Hashable {
    /// The page being loaded.
    var page: Int?
    /// The count of the current view.
    var count: Int?
    /// The write (update, insert, delete) being saved, and whether it is an undo.
    var write: Int?
    /// Whether ``write`` is an undo (so it is not pushed on the undo stack).
    var isUndoWrite = false
    /// Said with the result of ``write`` when it succeeds (a value that does not fit the
    /// declared type, say).
    var writeNote: String?
    /// The referenced rows of the record view.
    var references: Int?
    /// The export being written.
    var export: Int?
    /// The live count of the filter builder.
    var builderCount: Int?
    /// The description of the current view for `c`.
    var code: Int?

    /// Whether anything is running.
    var isBusy: Bool {
        page != nil || count != nil || write != nil || references != nil || export != nil
            || builderCount != nil || code != nil
    }
}

/// Everything the browser shows and remembers: a plain value that only ``update(_:_:)``
/// changes and that ``render(_:into:)`` draws.
struct BrowserState: Sendable, Hashable {
    /// The terminal size.
    var size: Size
    /// Whether every edit is refused.
    var isReadOnly: Bool
    /// Whether to draw with ASCII only.
    var usesASCII: Bool
    /// Rows per page asked for on the command line; `nil` fits the screen.
    var pageSizeOverride: Int?
    /// The registered models' schemas.
    var models: [ModelSchema]
    /// The registered model types, whose rules edits of their tables must pass.
    var modelTypes = ModelTypes([])
    /// A table to open as soon as the tables are known.
    var pendingInitialTable: String?

    /// Every table and view, once introspected.
    var tables: [TableDescription] = []
    /// Whether the table list is still loading.
    var isLoadingTables = true
    /// Row counts of tables, filled in as they arrive.
    var rowCounts: [String: Int] = [:]
    /// The sidebar.
    var sidebar = SidebarState()
    /// Which pane has the keyboard.
    var focus: Focus = .sidebar
    /// The open table, if any.
    var table: TableViewState?
    /// What has the keyboard besides the panes.
    var mode: BrowserMode = .browsing
    /// Work in flight.
    var inFlight = InFlight()
    /// The page being loaded, with what is known about it in advance.
    var pendingPage: PendingPage?
    /// The last generation number handed out.
    var lastGeneration = 0
    /// The status message.
    var message: StatusMessage?
    /// Changes that `u` can undo, newest last (bounded).
    var undoStack: [UndoEntry] = []
    /// The table views Backspace returns to, newest last (bounded by ``backLimit``).
    var backStack: [BackEntry] = []
    /// Where the cursor goes when the page returned to by Backspace arrives.
    var pendingCursor: PendingCursor?
    /// The spinner's frame counter.
    var tick = 0
    /// Whether the user asked to quit.
    var isQuitting = false
    /// Live refresh (see `BrowserState+Live.swift`).
    var live = LiveState()
    /// Keys typed in the grid while a page was loading, acted on in order once it arrives
    /// (so `j` pressed 40 times lands 40 rows on, and `e` after them edits that row).
    var queuedKeys: [KeyEvent] = []

    /// The most keys kept while a page loads; more are dropped (and said so).
    static let queuedKeyLimit = 256

    /// Creates the state at start-up.
    init(
        size: Size, isReadOnly: Bool = false, usesASCII: Bool = false, pageSize: Int? = nil,
        models: [ModelSchema] = [], initialTable: String? = nil
    ) {
        self.size = size
        self.isReadOnly = isReadOnly
        self.usesASCII = usesASCII
        self.pageSizeOverride = pageSize
        self.models = models
        self.pendingInitialTable = initialTable
    }

    /// The most undo entries kept.
    static let undoLimit = 50

    /// The most table views Backspace can return to.
    static let backLimit = 20

    /// Hands out a new generation number.
    mutating func nextGeneration() -> Int {
        lastGeneration += 1
        return lastGeneration
    }

    /// Whether any work is in flight (the spinner turns).
    var isBusy: Bool {
        isLoadingTables || inFlight.isBusy(ignoring: live.backgroundGenerations)
            || isFacetRunning
    }

    /// The model whose table is `table`, if one is registered.
    func model(for table: String) -> ModelSchema? {
        models.first { $0.tableName == table }
    }
}

/// What is known, before a page arrives, about the number of its first row.
enum PageStartHint: Sendable, Hashable {
    /// Nothing.
    case unknown
    /// The page starts at this row.
    case exact(Int)
    /// The page ends just before this row (a backwards page).
    case endingBefore(Int)
    /// The page is the last page.
    case last
}
