import Synchronization

/// Thread-safe records shared by concurrent tasks.
public final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    /// Creates an empty record.
    public init() {}

    /// Adds a value.
    public func append(_ value: Value) { storage.withLock { $0.append(value) } }

    /// Everything added so far, in order.
    public var values: [Value] { storage.withLock { $0 } }
}
