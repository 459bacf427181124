import TerrapinCore

/// What the suite asks of a driver's factory for one check.
public struct ConformanceRequest: @unchecked Sendable {
    // @unchecked: `any Model.Type` is a metatype, immutable and safe to share across tasks,
    // but `Model` does not refine `Sendable` for its metatypes on this toolchain.

    /// The models to register for the database (`generateSchemas()` creates their tables).
    public var models: [any Model.Type]
    /// How many connections may read at once (SQLite's `readers`, PostgreSQL's `pool`);
    /// `nil` for the driver's default. The cancellation checks ask for `1`, so that the one
    /// connection must be usable again; the overlap check asks for `4`.
    public var connections: Int?

    /// Creates a request.
    public init(models: [any Model.Type] = [], connections: Int? = nil) {
        self.models = models
        self.connections = connections
    }
}
