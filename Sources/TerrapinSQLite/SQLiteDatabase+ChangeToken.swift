import TerrapinCore

extension SQLiteDatabase {
    /// `PRAGMA data_version` of a connection kept for watching (``SQLiteChangeWatcher``):
    /// it changes whenever another connection commits, this database's own writer and other
    /// processes alike. It covers the whole file, so `table` is ignored. One call reads an
    /// integer from shared memory (WAL) or the file header: microseconds, no lock waited
    /// for. `nil` in memory, where no other connection can write.
    public func changeToken(for table: String) async throws -> ChangeToken? {
        guard !configuration.isInMemory else { return nil }
        return ChangeToken(try await changeWatcher.dataVersion())
    }
}
