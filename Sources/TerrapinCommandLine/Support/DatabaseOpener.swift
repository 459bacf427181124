import Foundation
import Terrapin

/// Opens what the user named, with checks that turn the usual mistakes into clear messages:
/// a missing file is never created, a directory or a file that is not a database is named
/// as such, and the tables are read once so a broken file fails here rather than later.
enum DatabaseOpener {
    /// Opens a database and introspects it.
    ///
    /// - Parameters:
    ///   - text: A path or URL from the command line.
    ///   - isReadOnly: Open without write access.
    ///   - models: Models to register with the database.
    /// - Returns: The database and its tables and views.
    /// - Throws: ``CommandFailure`` with a message for the user.
    static func open(_ text: String, readOnly isReadOnly: Bool, models: [any Model.Type] = [])
        async throws -> (database: any Database, tables: [TableDescription])
    {
        let database: any Database
        do {
            switch DatabaseLocation(text) {
            case .path(let path):
                try checkFile(at: path)
                var configuration = SQLiteConfiguration(path: path)
                configuration.isReadOnly = isReadOnly
                // A browser must not rewrite someone's file: keep its journal mode rather
                // than switching it to WAL (which persists in the file).
                configuration.journalMode = nil
                database = try await SQLiteDatabase.open(configuration, url: path)
                ModelRegistry.register(models, for: database)
            case .url(let url):
                do {
                    database = try await connect(
                        DatabaseLocation.url(url, readOnly: isReadOnly), models: models,
                        makeDefault: false)
                } catch TerrapinError.invalidURL(_, let reason) {
                    // Quote the URL as the user typed it (password hidden), not with the
                    // `mode=ro` added here.
                    throw TerrapinError.invalidURL(url: redactedDatabaseURL(url), reason: reason)
                } catch TerrapinError.databaseNotFound(let path) where isReadOnly {
                    throw CommandFailure(
                        "no database at \(path). This command opens databases read-only and "
                            + "never creates one; check the path.")
                }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            // The text may be a URL with a password: never print it as typed.
            throw CommandFailure("cannot open \(redactedDatabaseURL(text)): \(describe(error))")
        }
        do {
            let tables = try await database.introspect()
            return (database, tables)
        } catch {
            try? await database.close()
            throw CommandFailure("cannot read \(redactedDatabaseURL(text)): \(describe(error))")
        }
    }

    /// Fails unless `path` is an existing regular file (a directory or a missing file would
    /// otherwise make SQLite fail obscurely, or create a new database).
    static func checkFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(
                "no such file: \(path). Check the path; to try the browser on sample data, "
                    + "run `terrapin demo`.")
        }
        if isDirectory.boolValue {
            throw CommandFailure("\(path) is a directory, not a SQLite database file.")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandFailure("\(path) is not readable: check its permissions.")
        }
    }

    /// An error in plain words, with SQLite's "not a database" made explicit.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("not a database") {
            return "this is not a SQLite database (or it is encrypted or damaged)"
        }
        return text
    }

    /// The table or view called `name`, or a failure listing the ones that exist.
    static func table(named name: String, in tables: [TableDescription]) throws
        -> TableDescription
    {
        // As the database matches names (SQLite: ignoring ASCII case), the exact name first.
        let matching = tables.first?.identifierMatching ?? .exact
        if let resolved = matching.resolve(name, among: tables.map(\.name)),
            let table = tables.first(where: { $0.name == resolved })
        {
            return table
        }
        let known = tables.map(\.name).sorted()
        let list =
            known.isEmpty ? "the database has none" : "known: " + known.joined(separator: ", ")
        throw CommandFailure("no table or view named \"\(name)\" (\(list)).")
    }
}
