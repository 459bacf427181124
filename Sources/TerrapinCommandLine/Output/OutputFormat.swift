import ArgumentParser
import TerrapinCore

/// The formats `terrapin query` can print.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Comma-separated values (RFC 4180 quoting).
    case csv
    /// A JSON array of objects.
    case json
    /// Aligned columns for reading.
    case table

    /// A formatter for rows with these columns.
    func makeFormatter(columns: [String]) -> any RowFormatter {
        switch self {
        case .csv: return CSVFormatter(columns: columns)
        case .json: return JSONFormatter(columns: columns)
        case .table: return TableFormatter(columns: columns)
        }
    }
}
