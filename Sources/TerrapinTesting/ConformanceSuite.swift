import TerrapinCore
import Testing

/// The driver conformance suite: the ORM's behaviour checked against `any Database`, so that
/// every driver proves the same models and queries work on it (Fluent's FluentBenchmarker).
///
/// A driver's test target constructs the suite with a way to open a fresh, empty database and
/// runs every capability, one test each:
///
/// ```swift
/// @Suite struct SQLiteConformanceTests {
///     @Test(arguments: ConformanceCapability.allCases)
///     func conforms(_ capability: ConformanceCapability) async throws {
///         try await ConformanceSuite { request in try await openFreshSQLite(request) }
///             .run(capability)
///     }
/// }
/// ```
///
/// The checks use Swift Testing's `#expect` and `#require`, so failures are recorded on the
/// calling test with the line in the suite that failed. Anything a database decides (how it
/// sorts `NULL`, its key column definition, whether identifiers match ignoring case) is asked
/// from the dialect or the introspection, never assumed from SQLite.
public struct ConformanceSuite: Sendable {
    /// Opens a fresh, empty database for one check, with `request.models` registered (the
    /// suite calls `generateSchemas()` itself where it needs the models' tables). The suite
    /// closes it when the check ends.
    public typealias Factory = @Sendable (ConformanceRequest) async throws -> any Database

    /// How the suite opens databases.
    let makeDatabase: Factory

    /// Creates the suite over a factory of fresh databases.
    public init(makeDatabase: @escaping Factory) {
        self.makeDatabase = makeDatabase
    }

    /// Runs one capability's checks on a fresh database (or several, where the check needs
    /// them).
    public func run(_ capability: ConformanceCapability) async throws {
        try await capability.check(self)
    }

    /// Opens a fresh database for `request`, runs `body` and closes the database, whether
    /// `body` throws or not.
    func withDatabase<Result>(
        _ request: ConformanceRequest = ConformanceRequest(),
        _ body: (any Database) async throws -> Result
    ) async throws -> Result {
        let database = try await makeDatabase(request)
        do {
            let result = try await body(database)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    /// A fresh database with the suite's models (``Artist``, ``Track``, ``Tag``) and their
    /// tables.
    func withMusicDatabase<Result>(
        connections: Int? = nil, _ body: (any Database) async throws -> Result
    ) async throws -> Result {
        try await withDatabase(
            ConformanceRequest(
                models: [Artist.self, Track.self, Tag.self], connections: connections)
        ) { database in
            try await database.generateSchemas()
            return try await body(database)
        }
    }
}
