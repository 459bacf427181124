import Terrapin

/// Streams a query set's rows to standard output in one format.
enum QueryPrinter {
    /// Prints every row of `querySet`, reading it in batches.
    ///
    /// - Parameters:
    ///   - querySet: The rows; checked for unknown fields before anything is printed.
    ///   - columns: The columns to print, a prefix of each row's values (the hidden row key
    ///     a query set adds to tables without a primary key, SQLite's `rowid`, is left out).
    ///   - format: The output format.
    static func print(_ querySet: QuerySet<DynamicRow>, columns: [String], format: OutputFormat)
        async throws
    {
        // Resolving the query first reports an unknown field before any output is written.
        _ = try querySet.selectQuery()
        var formatter = format.makeFormatter(columns: columns)
        var output = OutputStream()
        output.write(formatter.start())
        for try await row in querySet.stream(batchSize: 512) {
            let values =
                row.values.count > columns.count
                ? Array(row.values.prefix(columns.count)) : row.values
            output.write(formatter.format(values))
        }
        output.write(formatter.finish())
        output.flush()
    }
}
