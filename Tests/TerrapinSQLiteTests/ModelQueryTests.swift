import Foundation
import Terrapin
import Testing

@Suite struct ModelQueryTests {
    let directory = TemporaryDirectory()

    @Test func createAssignsKeysAndTimestamps() async throws {
        let database = try await makeMusicDatabase(directory)
        let before = Date()
        let track = try await Track.create(
            Track(name: "Intro", milliseconds: 1, genre: .rock), on: database)
        #expect(track.id != nil)
        #expect(track.createdAt >= before.addingTimeInterval(-1))
        let loaded = try await Track.get(primaryKey: track.id, on: database)
        #expect(loaded.name == "Intro")
        // Stored to the millisecond.
        #expect(SQLTimestamp.format(loaded.createdAt) == SQLTimestamp.format(track.createdAt))
    }

    @Test func bulkCreateReturnsEveryRowWithItsKey() async throws {
        let database = try await makeMusicDatabase(directory)
        let tracks = try await seedTracks(database)
        #expect(tracks.compactMap(\.id).count == 5)
        #expect(Set(tracks.compactMap(\.id)).count == 5)
        #expect(try await Track.count(on: database) == 5)
    }

    @Test func typedLookupAndTextFiltersFindTheSameRows() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        let typed = try await Track.query(on: database)
            .filter { $0.milliseconds > 300_000 && $0.name.icontains("o") }.all()
        let lookups = try await Track.query(on: database)
            .filter(Q("milliseconds__gt", 300_000) & Q("name__icontains", "o")).all()
        let text = try await Track.query(on: database)
            .filter(parsing: "milliseconds__gt=300000 name__icontains=o").all()
        #expect(typed.map(\.name) == ["Bohemian Rhapsody", "So What"])
        #expect(lookups.map(\.name) == typed.map(\.name))
        #expect(text.map(\.name) == typed.map(\.name))
    }

    @Test func orGroupsExcludeAndNullLookupsWork() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        let query = Track.query(on: database)
        let jazzOrShort = try await query.filter(
            parsing: #"genre=jazz | milliseconds__lt=250000"#
        ).orderBy("milliseconds").all()
        #expect(jazzOrShort.map(\.name) == ["Ärger 日本", "Love Song", "Blue in Green", "So What"])
        let withoutComposer = try await query.filter { $0.composer == nil }.count()
        #expect(withoutComposer == 2)
        // exclude keeps rows where the excluded condition is NULL, as in Tortoise.
        let notMercury = try await query.exclude(Q("composer", "Mercury")).count()
        #expect(notMercury == 4)
        let caseSensitive = try await query.filter("name__contains", "love").count()
        #expect(caseSensitive == 0)
        let nonASCII = try await query.filter("name__contains", "日本").count()
        #expect(nonASCII == 1)
    }

    @Test func orderingLimitOffsetFirstAndDistinct() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        let query = Track.query(on: database)
        let page = try await query.orderBy("-milliseconds").offset(1).limit(2).all()
        #expect(page.map(\.name) == ["Bohemian Rhapsody", "Blue in Green"])
        #expect(try await query.orderBy { [$0.milliseconds.ascending] }.first()?.name == "Ärger 日本")
        #expect(try await query.all().map(\.name).first == "Blue in Green")  // default: by name
        let genres = try await query.distinct().orderBy("genre").valuesList("genre")
        #expect(genres == [["classical"], ["jazz"], ["rock"]])
        #expect(try await query.filter("genre", Genre.jazz).exists())
        #expect(try await !query.filter("genre", "pop").exists())
    }

    @Test func getThrowsForNoneAndForSeveral() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        await #expect(throws: TerrapinError.notFound(model: "Track", filter: #"name="Nope""#)) {
            try await Track.get(Q("name", "Nope"), on: database)
        }
        await #expect {
            try await Track.get(Q("genre", "rock"), on: database)
        } throws: { error in
            guard case TerrapinError.multipleFound(let model, _, let count) = error else {
                return false
            }
            return model == "Track" && count == 2
        }
        #expect(try await Track.query(on: database).filter("name", "Nope").getOrNil() == nil)
    }

    @Test func saveUpdatesAndDeleteRemoves() async throws {
        let database = try await makeMusicDatabase(directory)
        var track = try await Track.create(
            Track(name: "Draft", milliseconds: 5, genre: .rock), on: database)
        let created = track.createdAt
        track.name = "Final"
        try await track.save(on: database)
        let reloaded = try await Track.get(primaryKey: track.id, on: database)
        #expect(reloaded.name == "Final")
        #expect(SQLTimestamp.format(reloaded.createdAt) == SQLTimestamp.format(created))
        #expect(reloaded.updatedAt >= created)
        try await reloaded.delete(on: database)
        #expect(try await Track.count(on: database) == 0)
    }

    @Test func savedReturnsAStoredCopyWithoutMutatingTheOriginal() async throws {
        let database = try await makeMusicDatabase(directory)
        let draft = Track(name: "Draft", milliseconds: 5, genre: .rock)
        let stored = try await draft.saved(on: database)
        #expect(draft.id == nil)
        #expect(stored.id != nil)
        #expect(try await Track.get(primaryKey: stored.id, on: database).name == "Draft")
    }

    @Test func querySetUpdateAndDeleteReportRowCounts() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        let query = Track.query(on: database)
        let updated = try await query.filter("composer__isnull", true).update([
            "composer": "Unknown"
        ])
        #expect(updated == 2)
        #expect(try await query.filter("composer", "Unknown").count() == 2)
        let deleted = try await query.filter("genre", Genre.jazz).delete()
        #expect(deleted == 2)
        #expect(try await query.count() == 3)
    }

    @Test func valuesAndRawSQLUseBoundParameters() async throws {
        let database = try await makeMusicDatabase(directory)
        try await seedTracks(database)
        let values = try await Track.query(on: database).filter("genre", Genre.jazz)
            .orderBy("name").values("name", "milliseconds")
        #expect(
            values == [
                ["name": "Blue in Green", "milliseconds": 337_000],
                ["name": "So What", "milliseconds": 562_000],
            ])
        let hostile = "x'; DROP TABLE track; --"
        let raw = try await Track.raw(
            "SELECT * FROM track WHERE name = ? OR ms > ?", [.text(hostile), 500_000], on: database)
        #expect(raw.map(\.name) == ["So What"])
        let rows = try await database.raw(
            "SELECT count(*) AS n FROM track WHERE name <> ?", [.text(hostile)])
        #expect(rows.first?["n"] == 5)
    }

    @Test func streamingYieldsEveryRowInBatches() async throws {
        let database = try await makeMusicDatabase(directory)
        _ = try await Track.bulkCreate(
            (0..<1_000).map { Track(name: "t\($0)", milliseconds: $0, genre: .rock) },
            on: database)
        var total = 0
        var sum = 0
        for try await track in Track.query(on: database).orderBy("milliseconds").stream(
            batchSize: 64)
        {
            total += 1
            sum += track.milliseconds
        }
        #expect(total == 1_000)
        #expect(sum == 999 * 1_000 / 2)
        // Stopping early releases the reader: later queries still run.
        for try await _ in Track.query(on: database).stream(batchSize: 10) { break }
        #expect(try await Track.count(on: database) == 1_000)
    }

    @Test func implicitQueriesUseTheTaskDatabase() async throws {
        let database = try await makeMusicDatabase(directory)
        try await DatabaseContext.$current.withValue(database) {
            try await seedTracks(database)
            #expect(try await Track.all().count == 5)
            #expect(try await Track.filter { $0.genre == .jazz }.count() == 2)
        }
    }

    @Test func uuidKeysAreAssignedByTheApplication() async throws {
        let database = try await makeMusicDatabase(directory)
        let code = UUID()
        var tag = Tag(code: code, label: "live")
        try await tag.save(on: database)  // no row with this key yet: inserted
        tag.label = "studio"
        try await tag.save(on: database)  // updated
        let loaded = try await Tag.get(primaryKey: code, on: database)
        #expect(loaded.label == "studio")
        #expect(try await Tag.count(on: database) == 1)
    }
}
