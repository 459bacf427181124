import Foundation
import Synchronization

/// Database files of one run, in a temporary folder removed at the end.
final class ScratchFiles: Sendable {
    let directory: String
    private let counter = Atomic<Int>(0)

    init() throws {
        directory = NSTemporaryDirectory() + "terrapin-bench-\(getpid())"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
    }

    /// A path no file has used in this run.
    func fresh(_ stem: String) -> String {
        let number = counter.add(1, ordering: .relaxed).newValue
        return "\(directory)/\(stem)-\(number).db"
    }

    /// Removes a database with its WAL and shared-memory files.
    func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func removeAll() { try? FileManager.default.removeItem(atPath: directory) }
}
