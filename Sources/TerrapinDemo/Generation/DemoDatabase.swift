import Foundation
import Terrapin

/// The demo music store: its models, where `terrapin demo` keeps it, and how it is built.
///
/// ```swift
/// let path = try await DemoDatabase.create(at: "demo.sqlite", sizes: DemoSizes(tracks: 2_000))
/// ```
public enum DemoDatabase {
    /// The demo's models, parents before children, for registration with the browser.
    public static let models: [any Model.Type] = [
        Genre.self, Artist.self, Album.self, Track.self, Customer.self, Invoice.self,
        InvoiceLine.self,
    ]

    /// Where `terrapin demo` keeps the database when no `--path` is given: in the current
    /// directory.
    public static let defaultPath = "terrapin-demo.sqlite"

    /// Rows of the big `track` table when no `--rows` is given.
    public static let defaultRows = 1_000_000

    /// Builds the demo database at `path`, which must not exist yet.
    ///
    /// Rows go into `path` + `.partial` first, which is renamed to `path` only once complete,
    /// so an interrupted build never leaves a half-filled database where `terrapin demo` would
    /// open it.
    ///
    /// - Parameters:
    ///   - path: The file to create.
    ///   - generator: The sizes, seed and batch size.
    ///   - progress: Called after every batch.
    /// - Throws: ``TerrapinError/cannotOpen(path:reason:)`` when `path` exists or its folder is
    ///   not writable, or any error of the inserts.
    public static func create(
        at path: String, generator: DemoGenerator,
        progress: @escaping @Sendable (DemoProgress) -> Void = { _ in }
    ) async throws {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else {
            throw TerrapinError.cannotOpen(path: path, reason: "the file exists already")
        }
        let partial = path + ".partial"
        removeDatabaseFiles(at: partial)
        var configuration = SQLiteConfiguration(path: partial)
        configuration.createIfMissing = true
        configuration.readerCount = 1
        // No journal and no fsync while building: the partial file is thrown away if
        // anything fails, so crash safety buys nothing here, and there is no `-wal` file
        // to carry along with the rename. Opening the result later switches it to WAL.
        configuration.journalMode = "OFF"
        do {
            let database = try await SQLiteDatabase.open(configuration)
            do {
                try await database.execute(raw: "PRAGMA synchronous = OFF")
                try await database.execute(raw: "PRAGMA cache_size = -262144")
                try await generator.populate(database, progress: progress)
                try await database.execute(raw: "ANALYZE")
                try await database.close()
            } catch {
                try? await database.close()
                throw error
            }
            try files.moveItem(atPath: partial, toPath: path)
            removeDatabaseFiles(at: partial)
        } catch {
            removeDatabaseFiles(at: partial)
            throw error
        }
    }

    /// Deletes a database file with its `-wal` and `-shm` companions, ignoring missing ones.
    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
