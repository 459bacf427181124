import Synchronization

/// A flag set once from any thread.
public final class Flag: Sendable {
    private let storage = Mutex(false)

    /// Creates an unset flag.
    public init() {}

    /// Sets the flag.
    public func set() { storage.withLock { $0 = true } }

    /// Whether it was set.
    public var isSet: Bool { storage.withLock { $0 } }
}
