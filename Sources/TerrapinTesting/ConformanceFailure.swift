/// A check of the suite that cannot run on this database, in words that say what to do.
public struct ConformanceFailure: Error, CustomStringConvertible {
    /// What is missing.
    public var description: String

    /// Creates a failure.
    public init(_ description: String) { self.description = description }
}
