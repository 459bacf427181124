import Foundation
import TerrapinCore

/// Writes a view to a CSV or JSON file, streaming rows in batches so memory stays bounded,
/// with the row formatters `terrapin query` uses.
///
/// Rows go to a temporary file beside the target, which takes the target's name only when
/// every row is written: a failed or cancelled export leaves the target as it was. A new
/// file never replaces one that appeared meanwhile, and a SQLite database is never replaced,
/// whatever the caller says.
enum Exporter {
    /// Exports every row of `querySet` as `job` says; returns the number of rows written.
    ///
    /// - Parameters:
    ///   - querySet: The rows, in the order to write them.
    ///   - job: Where and how; `replacesExistingFile` allows replacing an ordinary file.
    ///   - databaseFiles: The open database's files, never written.
    static func export(
        _ querySet: QuerySet<DynamicRow>, job: ExportJob, protecting databaseFiles: [String]
    ) async throws -> Int {
        let target = ExportTargetInspector.resolve(job.path)
        let temporary = try TemporaryExportFile(besides: target)
        defer { temporary.remove() }
        let count = try await write(querySet, format: job.format, to: temporary.handle)
        try temporary.finishWriting()
        // Checked again at the last moment: what is there now decides.
        switch ExportTargetInspector.inspect(job.path, protecting: databaseFiles) {
        case .newFile:
            try temporary.link(to: target)
        case .existingFile where job.replacesExistingFile:
            try temporary.rename(to: target)
        case .existingFile:
            throw ExportError(path: job.path, reason: "a file appeared there meanwhile; kept it")
        case .openDatabase, .sqliteDatabase:
            throw ExportError(path: job.path, reason: "it is a SQLite database; kept it")
        case .notAFile:
            throw ExportError(path: job.path, reason: "it is not an ordinary file")
        case .unwritableFolder(let reason):
            throw ExportError(path: job.path, reason: reason)
        }
        return count
    }

    /// Streams the rows into `handle`.
    private static func write(
        _ querySet: QuerySet<DynamicRow>, format: ExportFormat, to handle: FileHandle
    ) async throws -> Int {
        let columns = querySet.source.selectedColumns
        var formatter: any RowFormatter =
            switch format {
            case .csv: CSVFormatter(columns: columns)
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

/// A hidden file beside an export's target that receives the rows before taking the
/// target's name.
private final class TemporaryExportFile {
    let path: String
    let handle: FileHandle
    private var isInPlace = false

    /// Creates `.NAME.terrapin-RANDOM` in the target's folder (`O_EXCL`, mode 0644).
    init(besides target: String) throws {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        path = "\(folder)/.\(name).terrapin-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError(path: target, reason: String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Flushes the rows to disk and closes the file.
    func finishWriting() throws {
        try handle.synchronize()
        try handle.close()
    }

    /// Gives the file the target's name, failing if something exists there (`link(2)` never
    /// replaces).
    func link(to target: String) throws {
        guard Glibc.link(path, target) == 0 else {
            let reason =
                errno == EEXIST
                ? "a file appeared there meanwhile; kept it" : String(cString: strerror(errno))
            throw ExportError(path: target, reason: reason)
        }
    }

    /// Replaces the target with the file in one step (`rename(2)`).
    func rename(to target: String) throws {
        guard Glibc.rename(path, target) == 0 else {
            throw ExportError(path: target, reason: String(cString: strerror(errno)))
        }
        isInPlace = true
    }

    /// Deletes the temporary name (the target keeps its own link).
    func remove() {
        try? handle.close()
        if !isInPlace { unlink(path) }
    }
}

/// The export could not be written; the target was left as it was.
struct ExportError: Error, CustomStringConvertible {
    /// The path as typed.
    var path: String
    /// Why, in the user's words.
    var reason: String

    /// The user's words.
    var description: String { "Cannot export to \(path): \(reason). Nothing was replaced." }
}
