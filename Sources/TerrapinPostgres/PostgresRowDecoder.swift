import PostgresNIO
import Synchronization
import TerrapinCore

/// Converts the rows of one result to values and runs the caller's decode closure on each,
/// on the connection's event loop; the column names are built once, from the first row.
final class PostgresRowDecoder<Row: Sendable>: Sendable {
    private let decode: @Sendable (any SQLRowReader) throws -> Row
    private let context: PostgresTextForm.Context
    private let state = Mutex(State())

    private struct State {
        var names: [String]?
        var rows: [Row] = []
        var lastRowValues: [SQLValue]?
    }

    /// Creates a decoder; `keepsRows` false drops the decoded rows (a write's `RETURNING`).
    init(
        context: PostgresTextForm.Context,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) {
        self.context = context
        self.decode = decode
    }

    /// The values of one row.
    static func values(of row: PostgresRow, context: PostgresTextForm.Context) -> [SQLValue] {
        var values: [SQLValue] = []
        values.reserveCapacity(row.count)
        for cell in row { values.append(PostgresValueConversion.value(of: cell, context: context)) }
        return values
    }

    /// The column names of a row.
    static func names(of row: PostgresRow) -> [String] { row.map(\.columnName) }

    /// Decodes and keeps one row.
    func consume(_ row: PostgresRow) throws {
        let values = Self.values(of: row, context: context)
        let names = state.withLock { state in
            if let names = state.names { return names }
            let names = Self.names(of: row)
            state.names = names
            return names
        }
        let decoded = try decode(ArrayRowReader(names: names, values: values))
        state.withLock { state in
            state.rows.append(decoded)
            state.lastRowValues = values
        }
    }

    /// The decoded rows so far.
    var rows: [Row] { state.withLock { $0.rows } }
    /// The values of the last row, for a write's `RETURNING`.
    var lastRowValues: [SQLValue]? { state.withLock { $0.lastRowValues } }
}
