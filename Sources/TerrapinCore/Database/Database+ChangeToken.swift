extension Database {
    /// No change detection: the default for drivers that cannot notice commits made
    /// elsewhere cheaply. The browser then refreshes only after its own writes.
    public func changeToken(for table: String) async throws -> ChangeToken? { nil }
}
