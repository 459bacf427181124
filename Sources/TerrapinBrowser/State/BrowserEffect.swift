import TerrapinCore

/// Work ``update(_:_:)`` asks the runtime to do, as data; named in the imperative.
///
/// Every query carries the generation number its result will come back with, so a result of
/// superseded work can be recognised and dropped.
enum BrowserEffect: Sendable, Hashable {
    /// Introspect the database.
    case loadTables
    /// Count a table's rows for the sidebar.
    case countRows(table: TableDescription)
    /// Load a page.
    case loadPage(generation: Int, PageRequest)
    /// Cancel the work of a generation.
    case cancel(generation: Int)
    /// Count the rows of a view.
    case countMatches(generation: Int, QueryRequest)
    /// Count the rows of the filter builder's conditions.
    case countBuilderMatches(generation: Int, QueryRequest)
    /// Update one row with an optimistic check.
    case saveEdit(generation: Int, RowEdit)
    /// Insert a row.
    case insertRow(generation: Int, table: TableDescription, values: [String: SQLValue])
    /// Delete one row with an optimistic check.
    case deleteRow(
        generation: Int, table: TableDescription, key: [String: SQLValue],
        expecting: [String: SQLValue])
    /// Load the first row of each query (the rows foreign keys refer to), by column.
    case loadReferences(generation: Int, [String: QueryRequest])
    /// Describe the Swift code and SQL of a view.
    case describeQuery(generation: Int, PageRequest)
    /// Find out what is at an export's path before anything is written.
    case inspectExportTarget(generation: Int, ExportJob)
    /// Export a view to a file (never over a database; over an existing file only when the
    /// job says the user agreed).
    case exportRows(generation: Int, ExportJob)
    /// Count a column's values (the facet panel), within the request's time budget.
    case loadFacet(generation: Int, FacetRequest)
    /// Read the database's change token for a table (live refresh).
    case pollChanges(generation: Int, table: String)
    /// Reload the page on screen after a change elsewhere, and find out which of the rows
    /// with `previousKeys` (the old page's, missing from the new one) were deleted.
    case reloadChangedPage(generation: Int, PageRequest, previousKeys: [[String: SQLValue]])
    /// Quit the browser.
    case quit
}
