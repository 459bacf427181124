import Foundation
import TerrapinCore

/// Writes a view to a CSV or JSON file, streaming rows in batches so memory stays bounded.
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
        var chunk = ""
        var count = 0
        switch format {
        case .csv: chunk = columns.map(csvField).joined(separator: ",") + "\r\n"
        case .json: chunk = "["
        }
        for try await row in querySet.stream(batchSize: 500) {
            try Task.checkCancellation()
            switch format {
            case .csv:
                chunk += row.values.map(csvValue).joined(separator: ",") + "\r\n"
            case .json:
                let fields = zip(columns, row.values).map { jsonString($0) + ":" + jsonValue($1) }
                chunk += (count == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}"
            }
            count += 1
            if chunk.utf8.count > 64 * 1024 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        if format == .json { chunk += "\n]\n" }
        try handle.write(contentsOf: Data(chunk.utf8))
        return count
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A value as a CSV field: NULL empty, BLOBs as hex.
    static func csvValue(_ value: SQLValue) -> String {
        switch value {
        case .null: return ""
        case .blob(let data): return data.hexString
        default: return csvField(value.description)
        }
    }

    /// A value as JSON: numbers, strings, null; BLOBs as hex strings.
    static func jsonValue(_ value: SQLValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .text(let text): return jsonString(text)
        case .blob(let data): return jsonString(data.hexString)
        }
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// The export file could not be created.
struct ExportError: Error, CustomStringConvertible {
    /// The path.
    var path: String

    /// The user's words.
    var description: String { "Cannot create \(path): check the folder exists and is writable." }
}
