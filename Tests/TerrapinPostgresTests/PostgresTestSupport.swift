import Foundation
import Synchronization
import Terrapin
import TerrapinPostgresFixture
import Testing

@testable import TerrapinPostgres

/// The trait of every suite that needs a server: skipped, with the reason, only where there
/// is no PostgreSQL at all.
let needsPostgres = ConditionTrait.enabled(
    if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipReason))

/// A fresh database on the test server, opened with the driver (`options` are added to
/// the URL's query), closed after `body` whether it throws or not.
func withFreshDatabase(
    options: String = "",
    _ body: (PostgresDatabase, PostgresTestServer, String) async throws -> Void
) async throws {
    let server = try await PostgresTestServer.shared()
    let url = try await server.makeDatabase()
    let database = try await PostgresDatabase.open(
        url: url + (options.isEmpty ? "" : "?" + options))
    do {
        try await body(database, server, url)
    } catch {
        try? await database.close()
        throw error
    }
    try await database.close()
}

/// The last path component of a URL: the database name.
func databaseName(of url: String) -> String {
    String(url.split(separator: "/").last ?? "").components(separatedBy: "?")[0]
}

/// Thread-safe records shared by concurrent tasks.
final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])
    func append(_ value: Value) { storage.withLock { $0.append(value) } }
    var values: [Value] { storage.withLock { $0 } }
}
