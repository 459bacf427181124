import Terrapin

/// Fills a database with the demo music store through the ORM's own models and
/// ``TerrapinCore/Model/bulkCreate(_:on:)``, in batches that each commit in one transaction.
///
/// The same seed and sizes always give the same rows.
///
/// ```swift
/// let database = try await connect("sqlite://demo.sqlite", create: true)
/// try await DemoGenerator(sizes: DemoSizes(tracks: 2_000)).populate(database) { _ in }
/// ```
public struct DemoGenerator: Sendable {
    /// How many rows each table gets.
    public var sizes: DemoSizes
    /// The seed of the pseudo-random data.
    public var seed: UInt64
    /// Rows per `bulkCreate` call (one transaction each).
    public var batchSize: Int

    /// Creates a generator.
    /// - Parameters:
    ///   - sizes: How many rows each table gets.
    ///   - seed: The seed of the pseudo-random data.
    ///   - batchSize: Rows per `bulkCreate` call; at least 1.
    public init(sizes: DemoSizes, seed: UInt64 = 0x7e44_a919, batchSize: Int = 10_000) {
        self.sizes = sizes
        self.seed = seed
        self.batchSize = max(1, batchSize)
    }

    /// Creates the demo tables (when missing) and inserts every row.
    ///
    /// - Parameters:
    ///   - database: An empty, writable database.
    ///   - progress: Called after every batch.
    /// - Throws: Whatever the database throws; batches committed before the error stay.
    public func populate(
        _ database: any Database, progress: @escaping @Sendable (DemoProgress) -> Void
    ) async throws {
        // Tables first and indexes after the rows: SQLite builds an index from sorted keys
        // several times faster than it maintains it through a million random inserts.
        let statements = SchemaGenerator(dialect: database.dialect)
            .statements(for: DemoDatabase.models.map { $0.schema })
        let isIndex = { (sql: String) in sql.hasPrefix("CREATE INDEX") }
        try await execute(statements.filter { !isIndex($0) }, on: database)
        var run = DemoRun(
            generator: self, database: database, progress: progress,
            records: DemoRecords(random: SeededGenerator(seed: seed)))
        try await run.insertAll()
        try await execute(statements.filter(isIndex), on: database)
    }

    private func execute(_ statements: [String], on database: any Database) async throws {
        try await database.transaction { transaction in
            for sql in statements { try await transaction.execute(raw: sql) }
        }
    }
}

/// The state of one ``DemoGenerator/populate(_:progress:)`` call: the keys inserted so far,
/// which later tables refer to.
private struct DemoRun {
    let generator: DemoGenerator
    let database: any Database
    let progress: @Sendable (DemoProgress) -> Void
    var records: DemoRecords
    var inserted = 0

    var sizes: DemoSizes { generator.sizes }

    mutating func insertAll() async throws {
        let genreIDs = try await insert(Genre.self, count: sizes.genres) { _, index in
            Genre(id: nil, name: DemoVocabulary.genres[index])
        }.ids
        let artistIDs = try await insert(Artist.self, count: sizes.artists) { records, _ in
            records.artist()
        }.ids
        let albums = try await insert(Album.self, count: sizes.albums) { records, _ in
            records.album(artistID: records.random.pick(artistIDs))
        }
        let albumIDs = albums.ids
        let albumYears = albums.models.map(\.year)
        let tracks = try await insert(Track.self, count: sizes.tracks, keepsModels: false) {
            records, _ in
            let album = records.random.int(in: 0...(albumIDs.count - 1))
            return records.track(
                albumID: albumIDs[album], albumYear: albumYears[album], genreIDs: genreIDs)
        }
        let customerIDs = try await insert(Customer.self, count: sizes.customers) {
            records, index in
            records.customer(number: index + 1)
        }.ids
        try await insertInvoices(
            customerIDs: customerIDs, trackIDs: tracks.ids, trackPrices: tracks.prices)
    }

    /// What one table's insert produced.
    struct Inserted<M> {
        var ids: [Int] = []
        var models: [M] = []
        var prices: [Double] = []
    }

    /// Inserts `count` records made by `make`, in batches; returns their keys (and the
    /// models when `keepsModels`).
    mutating func insert<M: Model>(
        _ type: M.Type, count: Int, keepsModels: Bool = true,
        make: (inout DemoRecords, Int) -> M
    ) async throws -> Inserted<M> {
        var result = Inserted<M>()
        result.ids.reserveCapacity(count)
        var start = 0
        while start < count {
            let end = min(count, start + generator.batchSize)
            var batch: [M] = []
            batch.reserveCapacity(end - start)
            for index in start..<end { batch.append(make(&records, index)) }
            let created = try await M.bulkCreate(batch, on: database)
            for model in created {
                result.ids.append(try Self.key(of: model))
                if let track = model as? Track { result.prices.append(track.unitPrice) }
            }
            if keepsModels { result.models.append(contentsOf: created) }
            inserted += end - start
            report(M.schema.tableName, tableInserted: end, tableTotal: count)
            start = end
        }
        return result
    }

    /// Inserts the invoices and their lines; each invoice's total is the sum of its lines.
    mutating func insertInvoices(customerIDs: [Int], trackIDs: [Int], trackPrices: [Double])
        async throws
    {
        let invoiceCount = sizes.invoices
        let lineCount = sizes.invoiceLines
        var pendingLines: [InvoiceLine] = []
        var linesInserted = 0
        var start = 0
        while start < invoiceCount {
            let end = min(invoiceCount, start + generator.batchSize)
            var invoices: [Invoice] = []
            var lineDrafts: [[(track: Int, price: Double, quantity: Int)]] = []
            for index in start..<end {
                // Spread the lines evenly so the table gets exactly `lineCount` rows.
                let lines =
                    (index + 1) * lineCount / invoiceCount - index * lineCount / invoiceCount
                var drafts: [(track: Int, price: Double, quantity: Int)] = []
                for _ in 0..<lines {
                    let track = records.random.int(in: 0...(trackIDs.count - 1))
                    let quantity = records.random.chance(0.9) ? 1 : records.random.int(in: 2...3)
                    drafts.append((trackIDs[track], trackPrices[track], quantity))
                }
                let total = drafts.reduce(0) { $0 + $1.price * Double($1.quantity) }
                invoices.append(
                    records.invoice(
                        customerID: records.random.pick(customerIDs),
                        total: (total * 100).rounded() / 100))
                lineDrafts.append(drafts)
            }
            let created = try await Invoice.bulkCreate(invoices, on: database)
            inserted += created.count
            report(Invoice.schema.tableName, tableInserted: end, tableTotal: invoiceCount)
            for (invoice, drafts) in zip(created, lineDrafts) {
                let invoiceID = try Self.key(of: invoice)
                for draft in drafts {
                    pendingLines.append(
                        InvoiceLine(
                            id: nil, invoiceId: invoiceID, trackId: draft.track,
                            unitPrice: draft.price, quantity: draft.quantity))
                }
            }
            if pendingLines.count >= generator.batchSize || end == invoiceCount {
                try await InvoiceLine.bulkCreate(pendingLines, on: database)
                inserted += pendingLines.count
                linesInserted += pendingLines.count
                pendingLines.removeAll(keepingCapacity: true)
                report(
                    InvoiceLine.schema.tableName, tableInserted: linesInserted,
                    tableTotal: lineCount)
            }
            start = end
        }
    }

    func report(_ table: String, tableInserted: Int, tableTotal: Int) {
        progress(
            DemoProgress(
                table: table, tableInserted: tableInserted, tableTotal: tableTotal,
                inserted: inserted, total: sizes.total))
    }

    static func key(of model: some Model) throws -> Int {
        guard case .integer(let key) = model.primaryKeyValue else {
            throw TerrapinError.unexpectedResult(
                operation: "building the demo", expected: "an integer key for a new row",
                found: model.primaryKeyValue)
        }
        return Int(key)
    }
}
