import Foundation
import Synchronization
import Terrapin
import Testing

@testable import TerrapinDemo

/// Builds small demo databases in temporary files and checks them with the ORM and SQL.
@Suite struct DemoGeneratorTests {
    /// A fresh path in the temporary directory, removed with its companions afterwards.
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-demo-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", ".partial"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    static func count(_ table: String, in database: any Database, where condition: String = "")
        async throws -> Int
    {
        let rows = try await database.raw("SELECT count(*) AS n FROM \(table) \(condition)")
        guard case .integer(let count) = rows.first?["n"] else { return -1 }
        return Int(count)
    }

    @Test func buildsTheRequestedRowCountsWithForeignKeysThatResolve() async throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        let sizes = DemoSizes(tracks: 3_000)
        let reports = ProgressLog()
        try await DemoDatabase.create(
            at: path, generator: DemoGenerator(sizes: sizes, batchSize: 700)
        ) { reports.append($0) }
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))

        let database = try await SQLiteDatabase.open(url: path)
        #expect(try await Track.count(on: database) == sizes.tracks)
        #expect(try await Album.count(on: database) == sizes.albums)
        #expect(try await Artist.count(on: database) == sizes.artists)
        #expect(try await Genre.count(on: database) == sizes.genres)
        #expect(try await Customer.count(on: database) == sizes.customers)
        #expect(try await Invoice.count(on: database) == sizes.invoices)
        #expect(try await InvoiceLine.count(on: database) == sizes.invoiceLines)

        // Every foreign key points at an existing row.
        let violations = try await database.raw("PRAGMA foreign_key_check")
        #expect(violations.isEmpty)
        let orphans = try await Self.count(
            "track", in: database,
            where: "WHERE albumId NOT IN (SELECT id FROM album)"
                + " OR (genreId IS NOT NULL AND genreId NOT IN (SELECT id FROM genre))")
        #expect(orphans == 0)
        let lineOrphans = try await Self.count(
            "invoice_line", in: database,
            where: "WHERE trackId NOT IN (SELECT id FROM track)"
                + " OR invoiceId NOT IN (SELECT id FROM invoice)")
        #expect(lineOrphans == 0)

        // Each invoice's total is the sum of its lines.
        let mismatched = try await Self.count(
            "invoice", in: database,
            where: """
                WHERE abs(total - (SELECT coalesce(sum(unitPrice * quantity), 0) \
                FROM invoice_line WHERE invoiceId = invoice.id)) > 0.005
                """)
        #expect(mismatched == 0)

        // NULLs, enums, long text and wide characters are there.
        #expect(try await Self.count("track", in: database, where: "WHERE composer IS NULL") > 0)
        #expect(try await Self.count("track", in: database, where: "WHERE length(notes) > 300") > 0)
        let kinds = try await database.raw("SELECT DISTINCT mediaKind FROM track")
        #expect(kinds.count == MediaKind.allCases.count)
        let wide =
            try await Track.query(on: database).filter("name__contains", "東京").count()
            + Track.query(on: database).filter("name__contains", "🎸").count()
        #expect(wide > 0)

        // The typed models read every row back.
        #expect(try await Track.query(on: database).limit(500).all().count == 500)
        try await database.close()

        #expect(reports.last?.inserted == sizes.total)
        #expect(reports.last?.fraction == 1)
    }

    @Test func equalSeedsBuildEqualDatabases() async throws {
        let first = Self.temporaryPath()
        let second = Self.temporaryPath()
        defer {
            Self.remove(first)
            Self.remove(second)
        }
        let generator = DemoGenerator(sizes: DemoSizes(tracks: 300), seed: 99)
        try await DemoDatabase.create(at: first, generator: generator)
        try await DemoDatabase.create(at: second, generator: generator)
        var dumps: [[DynamicRow]] = []
        for path in [first, second] {
            let database = try await SQLiteDatabase.open(url: path)
            dumps.append(try await database.table("track").orderBy("id").all())
            try await database.close()
        }
        #expect(dumps[0].count == 300)
        #expect(dumps[0] == dumps[1])
    }

    @Test func refusesToOverwriteAnExistingFile() async throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data("keep me".utf8)))
        await #expect(throws: TerrapinError.self) {
            try await DemoDatabase.create(
                at: path, generator: DemoGenerator(sizes: DemoSizes(tracks: 10)))
        }
        #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
    }
}

/// Progress reports collected from the generator's callback.
final class ProgressLog: Sendable {
    private let reports = Mutex<[DemoProgress]>([])

    func append(_ report: DemoProgress) { reports.withLock { $0.append(report) } }
    var last: DemoProgress? { reports.withLock { $0.last } }
}
