import Foundation

/// Finds out what is at an export's path before anything is written there, so that the
/// browser can ask before replacing a file and never writes over a database.
enum ExportTargetInspector {
    /// The first bytes of every SQLite database file.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// The magic numbers that start a SQLite write-ahead log (big- and little-endian
    /// checksums), from the WAL file format's header.
    static let walMagics: [[UInt8]] = [[0x37, 0x7f, 0x06, 0x82], [0x37, 0x7f, 0x06, 0x83]]

    /// What is at `path`.
    ///
    /// - Parameters:
    ///   - path: The path as typed; `~` and relative paths are resolved.
    ///   - databaseFiles: The open database's files (main file first); the target is
    ///     compared with them by identity (device and inode) and by name, including the
    ///     `-wal`, `-shm` and `-journal` files that SQLite keeps beside the main file.
    static func inspect(_ path: String, protecting databaseFiles: [String]) -> ExportTarget {
        let target = resolve(path)
        if isProtectedName(target, databaseFiles: databaseFiles) { return .openDatabase }
        var info = stat()
        guard stat(target, &info) == 0 else {
            guard errno == ENOENT else {
                return .unwritableFolder(String(cString: strerror(errno)))
            }
            return inspectFolder(of: target)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notAFile }
        for file in databaseFiles {
            var other = stat()
            if stat(resolve(file), &other) == 0, other.st_dev == info.st_dev,
                other.st_ino == info.st_ino
            {
                return .openDatabase
            }
        }
        if isSQLiteFile(at: target) { return .sqliteDatabase }
        return .existingFile(bytes: Int(info.st_size))
    }

    /// `path` with `~` expanded and made absolute against the working directory.
    static func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let absolute =
            expanded.hasPrefix("/")
            ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return (absolute as NSString).standardizingPath
    }

    /// Whether the first bytes of the file are a SQLite database's or journal's header.
    static func isSQLiteFile(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let bytes = Array((try? handle.read(upToCount: sqliteHeader.count)) ?? Data())
        if bytes.starts(with: sqliteHeader), bytes.count == sqliteHeader.count { return true }
        return walMagics.contains { bytes.count >= 4 && Array(bytes.prefix(4)) == $0 }
    }

    /// Whether `target` names the open database or one of the files SQLite keeps beside it,
    /// whether or not that file exists yet.
    private static func isProtectedName(_ target: String, databaseFiles: [String]) -> Bool {
        for file in databaseFiles {
            let main = resolve(file)
            let companions = [main, main + "-wal", main + "-shm", main + "-journal"]
            if companions.contains(target) { return true }
        }
        return false
    }

    /// A new file at `target`: possible when its folder exists and can be written.
    private static func inspectFolder(of target: String) -> ExportTarget {
        let folder = (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return .unwritableFolder("the folder \(folder) does not exist") }
        guard access(folder, W_OK) == 0 else {
            return .unwritableFolder("the folder \(folder) is not writable")
        }
        return .newFile
    }
}
