import Foundation
import TerrapinCore

/// Writes a view to a CSV or JSON file, streaming rows in batches so memory stays bounded,
/// with the row formatters `terrapin query` uses.
enum Exporter {
    /// Exports every row of `querySet` to `path`; returns the number of rows written.
    static func export(_ querySet: QuerySet<DynamicRow>, to path: String, format: ExportFormat)
        async throws -> Int
    {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ExportError(path: url.path)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let columns = querySet.source.selectedColumns
        // The same formats as `terrapin query`; CSV lines end in RFC 4180's CR LF.
        var formatter: any RowFormatter =
            switch format {
            case .csv: CSVFormatter(columns: columns, lineEnding: "\r\n")
            case .json: JSONFormatter(columns: columns)
            }
        var chunk = formatter.start()
        var count = 0
        for try await row in querySet.stream(batchSize: 500) {
            try Task.checkCancellation()
            chunk += formatter.format(row.values)
            count += 1
            if chunk.utf8.count > 64 * 1024 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        chunk += formatter.finish()
        try handle.write(contentsOf: Data(chunk.utf8))
        return count
    }
}

/// The export file could not be created.
struct ExportError: Error, CustomStringConvertible {
    /// The path.
    var path: String

    /// The user's words.
    var description: String { "Cannot create \(path): check the folder exists and is writable." }
}
