import Foundation
import Terrapin
import TerrapinTesting

/// A fresh temporary directory per test, removed when the value is deinitialised.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "terrapin-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Opens a new file database with the test models' tables.
func makeMusicDatabase(_ directory: TemporaryDirectory, options: String = "") async throws
    -> any Database
{
    let database = try await connect(
        "sqlite://\(directory.path("music.db"))\(options)",
        models: [Artist.self, Track.self, Tag.self], create: true, makeDefault: false)
    try await database.generateSchemas()
    return database
}

/// Inserts the conformance suite's small catalogue: 2 artists, 5 tracks.
@discardableResult
func seedTracks(_ database: any Database) async throws -> [Track] {
    try await ConformanceSuite { _ in database }.seedTracks(database)
}
