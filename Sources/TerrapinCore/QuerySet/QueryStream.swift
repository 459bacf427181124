/// The rows of a query set as an `AsyncSequence`, fetched batch by batch from an open
/// cursor; see ``QuerySet/stream(batchSize:)``.
public struct QueryStream<Record: Sendable>: AsyncSequence, Sendable {
    /// The element type.
    public typealias Element = Record

    let querySet: QuerySet<Record>
    let batchSize: Int

    /// Starts iterating; the query runs on the first call to `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(querySet: querySet, batchSize: batchSize)
    }

    /// Reads rows from the cursor's current batch, fetching the next batch when it runs out.
    public struct Iterator: AsyncIteratorProtocol {
        let querySet: QuerySet<Record>
        let batchSize: Int
        var cursor: DatabaseCursor<Record>?
        var batch: [Record] = []
        var position = 0
        var isFinished = false

        init(querySet: QuerySet<Record>, batchSize: Int) {
            self.querySet = querySet
            self.batchSize = batchSize
        }

        /// The next row, or `nil` at the end.
        public mutating func next() async throws -> Record? {
            if position < batch.count {
                defer { position += 1 }
                return batch[position]
            }
            if isFinished { return nil }
            if cursor == nil {
                let database = try querySet.resolveDatabase()
                let statement = try SQLRenderer(dialect: database.dialect).render(
                    querySet.selectQuery())
                cursor = try await database.openCursor(
                    statement, batchSize: batchSize, decode: querySet.source.decode)
            }
            guard let rows = try await cursor?.next(), !rows.isEmpty else {
                isFinished = true
                cursor = nil
                return nil
            }
            batch = rows
            position = 1
            return rows[0]
        }
    }
}
