import Synchronization

/// Which database implicit queries (`Track.all()`) use: the one bound to the current task,
/// else the default registered by `connect(…)`.
///
/// ```swift
/// try await DatabaseContext.$current.withValue(testDatabase) {
///     let tracks = try await Track.all()   // runs on testDatabase
/// }
/// ```
public enum DatabaseContext {
    /// A database bound to the current task and its children.
    @TaskLocal public static var current: (any Database)?

    /// The process-wide default; `connect(…)` sets it. A `Mutex` makes it safe to read and
    /// write from any task.
    private static let registry = Mutex<(any Database)?>(nil)

    /// The process-wide default database, if any.
    public static var defaultDatabase: (any Database)? {
        get { registry.withLock { $0 } }
        set { registry.withLock { $0 = newValue } }
    }

    /// The database to use: `explicit`, else the task's, else the default.
    /// - Throws: ``TerrapinError/notConnected`` when there is none.
    public static func resolve(_ explicit: (any Database)?) throws -> any Database {
        if let explicit { return explicit }
        if let current { return current }
        if let database = defaultDatabase { return database }
        throw TerrapinError.notConnected
    }
}
