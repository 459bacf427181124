@_exported import TerrapinCore
@_exported import TerrapinSQLite

#if PostgreSQL
    @_exported import TerrapinPostgres
#endif

/// Opens a database from a URL, registers the models for it, and makes it the default
/// database for implicit queries (`Track.all()`), as Tortoise's `Tortoise.init`.
///
/// ```swift
/// let database = try await connect("sqlite://music.db", models: [Track.self], create: true)
/// try await database.generateSchemas()
/// ```
///
/// - Parameters:
///   - url: `sqlite://path/to/file.db`, `sqlite://:memory:` or a plain path (SQLite),
///     with options in the query string (see ``SQLiteConfiguration``); or
///     `postgres://user:password@host:port/database` (also `postgresql://`, see
///     ``PostgresConfiguration``).
///   - models: The models to register (for ``Database/generateSchemas(for:)`` and the
///     browser).
///   - create: Whether a missing database file may be created; otherwise a missing file is
///     an error, so a typo never silently creates an empty database.
///   - makeDefault: Whether implicit queries use this database from now on.
/// - Throws: ``TerrapinError/invalidURL(url:reason:)`` for an unknown scheme or option,
///   ``TerrapinError/databaseNotFound(path:)``, ``TerrapinError/cannotOpen(path:reason:)``.
@discardableResult
public func connect(
    _ url: String, models: [any Model.Type] = [], create: Bool = false, makeDefault: Bool = true
) async throws -> any Database {
    let database: any Database
    let scheme = url.range(of: "://").map { String(url[..<$0.lowerBound]).lowercased() }
    switch scheme {
    case nil, "sqlite", "file":
        let sqliteURL = scheme == "file" ? String(url.dropFirst("file://".count)) : url
        database = try await SQLiteDatabase.open(url: sqliteURL, create: create)
    case "postgres", "postgresql":
        #if PostgreSQL
            database = try await PostgresDatabase.open(url: url)
        #else
            throw TerrapinError.invalidURL(
                url: redactedDatabaseURL(url),
                reason: "this build has no PostgreSQL support (built without the PostgreSQL "
                    + "trait); build it with the default traits")
        #endif
    default:
        throw TerrapinError.invalidURL(
            url: redactedDatabaseURL(url),
            reason: "unknown scheme \"\(scheme ?? "")\"; use sqlite:// or postgres://")
    }
    ModelRegistry.register(models, for: database)
    if makeDefault { DatabaseContext.defaultDatabase = database }
    return database
}

/// Creates the tables and indexes of the models registered with ``connect(_:models:create:makeDefault:)``
/// on the given database (the task's or the default when `nil`), as Tortoise's
/// `Tortoise.generate_schemas()`. Safe to call twice.
public func generateSchemas(on database: (any Database)? = nil) async throws {
    try await DatabaseContext.resolve(database).generateSchemas()
}

/// The URL with any password replaced by `***` (`postgres://bob:***@db/shop`), for
/// messages, logs and screens. Text that is not a URL, and URLs without a password, come
/// back unchanged.
public func redactedDatabaseURL(_ url: String) -> String {
    #if PostgreSQL
        PostgresURLRedaction.redact(url)
    #else
        // Without the driver's parser: hide what follows the user name up to the last `@`.
        guard let schemeEnd = url.range(of: "://"),
            let at = url[schemeEnd.upperBound...].lastIndex(of: "@"),
            let colon = url[schemeEnd.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    #endif
}
