/// Read access to the current row of a running query, by column index.
///
/// Drivers implement it over their native cursor (a `sqlite3_stmt`, a Postgres data row).
/// A reader is only valid inside the decode closure it is passed to; it never escapes.
public protocol SQLRowReader {
    /// The number of columns in the row.
    var columnCount: Int { get }
    /// The name of a column, as the query produced it.
    func columnName(at index: Int) -> String
    /// The value of a column.
    func value(at index: Int) -> SQLValue
}

extension SQLRowReader {
    /// Reads and converts one field, or throws an error that names the model, the field and
    /// the value that did not fit.
    ///
    /// - Parameters:
    ///   - type: The field's Swift type.
    ///   - index: The column index.
    ///   - model: The model name, for the error.
    ///   - field: The field name, for the error.
    @inlinable
    public func decode<Value: SQLFieldValue>(
        _ type: Value.Type, at index: Int, model: String, field: String
    ) throws -> Value {
        let value = self.value(at: index)
        guard let decoded = Value.fromSQLValue(value) else {
            throw TerrapinError.decodingFailed(
                model: model, field: field, column: columnName(at: index),
                expected: String(describing: Value.self), found: value)
        }
        return decoded
    }
}

/// A row reader over values already in memory: used by drivers that decode whole rows first
/// and by tests.
public struct ArrayRowReader: SQLRowReader {
    /// The column names.
    public let names: [String]
    /// The values, one per column.
    public let values: [SQLValue]

    /// Creates a reader over the given columns and values.
    public init(names: [String], values: [SQLValue]) {
        self.names = names
        self.values = values
    }

    /// The number of values.
    public var columnCount: Int { values.count }
    /// The name at `index`, or `column<index>` when names are missing.
    public func columnName(at index: Int) -> String {
        index < names.count ? names[index] : "column\(index)"
    }
    /// The value at `index`.
    public func value(at index: Int) -> SQLValue { values[index] }
}
