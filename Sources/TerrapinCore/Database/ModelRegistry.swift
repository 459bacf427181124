import Synchronization

/// The models registered for each database by `connect(_:models:)`: what
/// `generateSchemas()` creates and what the browser lists under MODELS.
public enum ModelRegistry {
    private static let models = Mutex<[ObjectIdentifier: [any Model.Type]]>([:])

    /// Registers models for a database (in addition to those already registered).
    public static func register(_ types: [any Model.Type], for database: any Database) {
        models.withLock { registry in
            var list = registry[ObjectIdentifier(database)] ?? []
            for type in types where !list.contains(where: { $0 == type }) { list.append(type) }
            registry[ObjectIdentifier(database)] = list
        }
    }

    /// The models registered for a database.
    public static func models(for database: any Database) -> [any Model.Type] {
        models.withLock { $0[ObjectIdentifier(database)] ?? [] }
    }

    /// Forgets a database's models (when it closes).
    public static func unregister(_ database: any Database) {
        _ = models.withLock { $0.removeValue(forKey: ObjectIdentifier(database)) }
    }
}
