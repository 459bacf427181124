/// A row of any table, as column names and ``SQLValue``s: the browser's and the CLI's view
/// of data they have no Swift type for.
///
/// ```swift
/// let rows = try await database.table("Track").filter(Q("Milliseconds__gt", 300_000)).all()
/// print(rows[0]["Name"])
/// ```
public struct DynamicRow: Sendable, Hashable {
    /// The column names, shared by all rows of one query.
    public let columns: ColumnNames
    /// The values, one per column.
    public var values: [SQLValue]

    /// Creates a row.
    public init(columns: ColumnNames, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of a column, or `nil` when the row has no such column.
    public subscript(column: String) -> SQLValue? {
        columns.index(of: column).map { values[$0] }
    }

    /// Reads every column of the current row.
    public static func decode(_ row: any SQLRowReader, columns: ColumnNames) -> DynamicRow {
        var values = [SQLValue]()
        values.reserveCapacity(row.columnCount)
        for index in 0..<row.columnCount { values.append(row.value(at: index)) }
        return DynamicRow(columns: columns, values: values)
    }
}

/// An ordered list of column names with a lookup by name, shared between rows.
public final class ColumnNames: Sendable, Hashable {
    /// The names, in order.
    public let names: [String]
    private let positions: [String: Int]

    /// Creates the list. Later duplicates of a name are reachable only by index.
    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil {
            positions[name] = index
        }
        self.positions = positions
    }

    /// The index of a column.
    public func index(of name: String) -> Int? { positions[name] }

    /// Equal when the names are equal.
    public static func == (lhs: ColumnNames, rhs: ColumnNames) -> Bool { lhs.names == rhs.names }
    /// Hashes the names.
    public func hash(into hasher: inout Hasher) { hasher.combine(names) }
}
