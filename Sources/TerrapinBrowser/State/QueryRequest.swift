import TerrapinCore

/// Where a page starts, in keyset terms.
enum PageAnchor: Sendable, Hashable {
    /// The first page.
    case first
    /// The page after these ordering values (exclusive).
    case after([SQLValue])
    /// The page before these ordering values (exclusive).
    case before([SQLValue])
    /// The last page of all.
    case last
    /// The page starting at this 0-based row (for views and tables without a unique key,
    /// where keyset paging could skip rows that tie).
    case offset(Int)
}

/// The filtered, sorted view of one table that a page, a count or an export reads.
struct QueryRequest: Sendable, Hashable {
    /// The table or view.
    var table: TableDescription
    /// The active filter, on column names.
    var predicate: QueryPredicate?
    /// The active sort (the row key is appended by the ORM for keyset paging).
    var ordering: [OrderTerm]

    /// The query set this request describes on `database`.
    func querySet(on database: any Database) -> QuerySet<DynamicRow> {
        var querySet = database.table(table)
        if let predicate { querySet = querySet.filter(predicate) }
        if !ordering.isEmpty { querySet = querySet.orderBy(ordering) }
        return querySet
    }

    /// The query set in exactly the grid's order: the sort, then the row key as the pager
    /// appends it (or, without a key, the remaining columns, as offset pages are ordered),
    /// so an export lists rows as the grid pages through them.
    func gridOrderedQuerySet(on database: any Database) throws -> QuerySet<DynamicRow> {
        let querySet = querySet(on: database)
        return querySet.orderBy(try querySet.offsetOrdering())
    }
}

/// One page to fetch.
struct PageRequest: Sendable, Hashable {
    /// What to read.
    var query: QueryRequest
    /// Rows per page.
    var size: Int
    /// Where the page starts.
    var anchor: PageAnchor
}

/// A change to one row: the new values, and the old ones checked before writing.
struct RowEdit: Sendable, Hashable {
    /// The table.
    var table: TableDescription
    /// The row key's values.
    var key: [String: SQLValue]
    /// The new values by column.
    var changes: [String: SQLValue]
    /// The values read before editing, by column.
    var expecting: [String: SQLValue]
    /// The changed columns whose stored value differs from the one written (a trigger or
    /// the column's type rewrote it); ``changes`` then holds what is stored.
    var rewrittenColumns: [String] = []

    /// This edit with ``changes`` replaced by what the database really stored, as re-read
    /// after the write, so that undo's optimistic check compares against the stored values.
    /// The key follows the stored row when the write changed it.
    func storing(_ stored: DynamicRow?) -> RowEdit {
        guard let stored else { return self }
        var edit = self
        for (column, written) in changes {
            guard let value = stored[column], value != written else { continue }
            edit.changes[column] = value
            edit.rewrittenColumns.append(column)
        }
        edit.rewrittenColumns.sort()
        return edit
    }

    /// The edit that restores the old values, checking that the new ones are still there.
    var inverse: RowEdit {
        var newKey = key
        for (column, value) in changes where key[column] != nil { newKey[column] = value }
        return RowEdit(table: table, key: newKey, changes: expecting, expecting: changes)
    }
}

/// The file formats `x` exports to.
enum ExportFormat: String, Sendable, Hashable {
    /// Comma-separated values with a header row.
    case csv
    /// A JSON array of objects.
    case json

    /// The format a path's extension names (`.csv`, `.json`, any case), or `nil`.
    init?(extensionOf path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(rawValue: name[name.index(after: dot)...].lowercased())
    }
}

/// A finished change that `u` can undo.
enum UndoEntry: Sendable, Hashable {
    /// A row was updated.
    case updated(RowEdit)
    /// A row was inserted; it has this key.
    case inserted(table: TableDescription, key: [String: SQLValue])
    /// A row was deleted; these were its values.
    case deleted(table: TableDescription, values: [String: SQLValue])
}
