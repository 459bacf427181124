import TerrapinCore

/// The open table in the grid: its query, the page on screen and the cursor.
struct TableViewState: Sendable, Hashable {
    /// The table or view shown.
    var description: TableDescription
    /// The filter as the user typed it (lookup text).
    var filterText: String = ""
    /// The active filter.
    var predicate: QueryPredicate?
    /// The active sort.
    var ordering: [OrderTerm] = []
    /// The rows on screen (the only rows kept in memory).
    var rows: [DynamicRow] = []
    /// Whether a page has arrived yet.
    var hasLoadedPage = false
    /// Why the first page could not be read (shown in the grid instead of "Loading…").
    var pageError: String?
    /// Whether rows exist before the first row on screen.
    var hasPrevious = false
    /// Whether rows exist after the last row on screen.
    var hasNext = false
    /// The 0-based number of the first row on screen in the whole view, when known.
    var pageStart: Int?
    /// Whether the page on screen is the last page (so its start follows from the count).
    var isLastPage = false
    /// The anchor of the page on screen (reloaded after edits and resizes).
    var anchor: PageAnchor = .first
    /// The exact number of rows matching the filter, once counted.
    var totalCount: Int?
    /// Whether ``totalCount`` may be out of date (rows changed elsewhere; a recount runs).
    var isCountStale = false
    /// How long the last page query took, in milliseconds.
    var elapsedMilliseconds: Int?
    /// The cursor's row on the page.
    var cursorRow = 0
    /// The cursor's column (index into ``columnNames``).
    var cursorColumn = 0
    /// The first scrolled (not pinned) column shown.
    var columnOffset = 0

    /// The columns shown, which the cursor can land on: the table's declared columns. The
    /// driver's hidden row key (``TableDescription/hiddenRowKey``, the key of a table without
    /// a primary key: SQLite's rowid) is read with every row, for paging and edits, but is
    /// not a column of the grid: it can be neither landed on nor edited, as in `sqlite3`.
    var columnNames: [String] { description.columns.map(\.name) }

    /// Whether pages are found by row number (`OFFSET`) instead of keyset: the rows have no
    /// unique key to make the order total (views, tables without a key), and a keyset
    /// condition would skip rows that tie.
    var usesOffsetPaging: Bool { description.rowKey.isEmpty }

    /// Every column a filter may name: the shown ones plus a hidden row key.
    var filterableColumnNames: [String] {
        columnNames + description.rowKey.filter { !columnNames.contains($0) }
    }

    /// The columns kept in view while scrolling sideways: the row key's columns.
    var pinnedColumns: [Int] {
        let key = description.rowKey
        return columnNames.indices.filter { key.contains(columnNames[$0]) }
    }

    /// The request for the current filter and sort.
    var query: QueryRequest {
        QueryRequest(table: description, predicate: predicate, ordering: ordering)
    }

    /// The row under the cursor.
    var currentRow: DynamicRow? {
        rows.indices.contains(cursorRow) ? rows[cursorRow] : nil
    }

    /// The column name under the cursor.
    var currentColumn: String? {
        columnNames.indices.contains(cursorColumn) ? columnNames[cursorColumn] : nil
    }

    /// The ordering values of a row in the total ordering used for keyset paging.
    func position(of row: DynamicRow) -> [SQLValue] {
        var fields = ordering.map(\.field)
        for key in description.rowKey where !fields.contains(key) { fields.append(key) }
        return fields.map { row[$0] ?? .null }
    }

    /// The row key's values of a row.
    func key(of row: DynamicRow) -> [String: SQLValue] { description.key(of: row) }

    /// The sort direction of a column: ascending, descending, or `nil` when not sorted.
    func sortDirection(of column: String) -> OrderTerm? {
        ordering.first { $0.field == column }
    }
}
