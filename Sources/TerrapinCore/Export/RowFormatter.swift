/// Turns the rows of a query into text for one output format, row by row, so that output
/// can stream without holding the whole result. The `terrapin query` command and the
/// browser's export share these, so a file looks the same whichever wrote it.
public protocol RowFormatter {
    /// Text to write before the first row (a header, an opening bracket).
    mutating func start() -> String
    /// Text to write for one row; may be empty while the formatter buffers.
    /// - Parameter values: One value per column, in column order.
    mutating func format(_ values: [SQLValue]) -> String
    /// Text to write after the last row (buffered rows, a closing bracket, a count).
    mutating func finish() -> String
}
