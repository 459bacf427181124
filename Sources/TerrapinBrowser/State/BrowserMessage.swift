import TerminalUI
import TerrapinCore

/// A page as the runtime hands it to ``update(_:_:)``.
struct LoadedPage: Sendable, Hashable {
    /// The rows in view order.
    var rows: [DynamicRow]
    /// Whether rows exist beyond the page in the direction it was fetched.
    var hasMore: Bool
    /// How long the query took, in milliseconds.
    var elapsedMilliseconds: Int
    /// The 0-based number of the page's first row, when the query knows it (offset pages).
    var startRow: Int?
}

/// Something that happened: a key, a resize, a timer tick, or the result of work the runtime
/// did for an effect. Named in the past tense.
enum BrowserMessage: Sendable, Hashable {
    /// A key was pressed.
    case keyPressed(KeyEvent)
    /// The terminal was resized.
    case resized(Size)
    /// The spinner's timer fired.
    case ticked
    /// Introspection finished.
    case tablesLoaded([TableDescription])
    /// Introspection failed.
    case tablesFailed(String)
    /// A table's row count arrived (for the sidebar).
    case rowCountLoaded(table: String, count: Int)
    /// A page arrived.
    case pageLoaded(generation: Int, LoadedPage)
    /// The count of the current view arrived.
    case countLoaded(generation: Int, count: Int)
    /// A query failed; `message` is for the user.
    case queryFailed(generation: Int, message: String)
    /// A query was cancelled.
    case queryCancelled(generation: Int)
    /// An update was saved.
    case rowUpdated(generation: Int, RowEdit)
    /// A row was inserted with this key.
    case rowInserted(generation: Int, table: TableDescription, key: [String: SQLValue])
    /// A row was deleted; these were its values.
    case rowDeleted(generation: Int, table: TableDescription, values: [String: SQLValue])
    /// A write failed; `message` is for the user, `columns` the columns it blames (if any).
    case writeFailed(generation: Int, message: String, columns: [String] = [])
    /// The referenced rows of the record view arrived, by foreign-key column.
    case referencesLoaded(generation: Int, [String: DynamicRow])
    /// The Swift code and SQL of the current view were described.
    case queryDescribed(generation: Int, swift: String, sql: String)
    /// What is at an export's path was found out.
    case exportTargetInspected(generation: Int, ExportJob, ExportTarget)
    /// A frame was drawn on the terminal (so a confirmation on screen has been seen).
    case framePresented
    /// An export finished.
    case exportFinished(generation: Int, path: String, rowCount: Int)
    /// The filter builder's live count arrived.
    case builderCountLoaded(generation: Int, count: Int)
    /// A facet's counts arrived.
    case facetLoaded(generation: Int, FacetResult)
    /// A facet query failed; `message` is for the user.
    case facetFailed(generation: Int, message: String)
    /// A facet query ran out of its time budget and was stopped.
    case facetTimedOut(generation: Int)
    /// The live refresh timer fired.
    case liveTicked
    /// A poll of the change token of `table` finished.
    case changesPolled(generation: Int, table: String, ChangePoll)
    /// The page reloaded after a change elsewhere arrived; `deletedCount` of the old page's
    /// rows no longer exist (`nil` when unknown).
    case livePageLoaded(generation: Int, LoadedPage, deletedCount: Int?)
}
