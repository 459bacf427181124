import Foundation
import TerrapinCore
import Testing

extension ConformanceSuite {
    /// `create` assigns the key and the timestamps, stored to the millisecond.
    public func createAssignsKeysAndTimestamps() async throws {
        try await withMusicDatabase { database in
            let before = Date()
            let track = try await Track.create(
                Track(name: "Intro", milliseconds: 1, genre: .rock), on: database)
            #expect(track.id != nil)
            #expect(track.createdAt >= before.addingTimeInterval(-1))
            let loaded = try await Track.get(primaryKey: track.id, on: database)
            #expect(loaded.name == "Intro")
            #expect(SQLTimestamp.format(loaded.createdAt) == SQLTimestamp.format(track.createdAt))
        }
    }

    /// `generateSchemas()` creates the models' tables, and running it again changes nothing.
    public func generateSchemasIsSafeTwice() async throws {
        try await withMusicDatabase { database in
            try await database.generateSchemas()
            try await Artist.create(Artist(name: "Solo"), on: database)
            #expect(try await Artist.all(on: database).map(\.name) == ["Solo"])
            let tables = try await database.introspect().map(\.name)
            #expect(Set(["artist", "track", "tag"]).isSubset(of: Set(tables)), "\(tables)")
        }
    }

    /// Bool, Date, UUID, Data, Double and enum fields come back as they were saved.
    public func modelsRoundTripEveryFieldType() async throws {
        try await withMusicDatabase { database in
            let code = UUID()
            try await Tag.create(Tag(code: code, label: "live"), on: database)
            #expect(try await Tag.get(primaryKey: code, on: database).code == code)
            let cover = Data([0, 1, 2, 255])
            let track = try await Track.create(
                Track(
                    name: "Intro", milliseconds: 1, genre: .classical, price: 1.25,
                    isExplicit: true, cover: cover),
                on: database)
            let read = try await Track.get(primaryKey: track.id, on: database)
            #expect(read.isExplicit)
            #expect(read.cover == cover)
            #expect(read.price == 1.25)
            #expect(read.genre == .classical)
            #expect(SQLTimestamp.format(read.createdAt) == SQLTimestamp.format(track.createdAt))
            #expect(try await Track.query(on: database).filter("isExplicit", true).count() == 1)
            #expect(try await Track.query(on: database).filter("cover", cover).count() == 1)
        }
    }

    /// `bulkCreate` returns every row with its own key.
    public func bulkCreateReturnsEveryRowWithItsKey() async throws {
        try await withMusicDatabase { database in
            let tracks = try await seedTracks(database)
            #expect(tracks.compactMap(\.id).count == 5)
            #expect(Set(tracks.compactMap(\.id)).count == 5)
            #expect(try await Track.count(on: database) == 5)
            // More rows than one multi-row INSERT holds, and a row with its own key.
            var artists = (0..<2_500).map { Artist(name: "artist \($0)") }
            artists.insert(Artist(id: 10_000, name: "keyed"), at: 7)
            let created = try await Artist.bulkCreate(artists, on: database)
            #expect(created.count == 2_501)
            #expect(created[7].id == 10_000)
            let keys = created.compactMap(\.id)
            #expect(Set(keys).count == 2_501)
            let sample = try #require(created.last)
            let stored = try await Artist.query(on: database).filter("id", sample.id).get()
            #expect(stored.name == sample.name)
            #expect(try await Artist.query(on: database).count() == 2 + 2_501)
        }
    }

    /// `save` updates a stored row (keeping `createdAt`), `delete` removes it.
    public func saveUpdatesAndDeleteRemoves() async throws {
        try await withMusicDatabase { database in
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
    }

    /// `saved` returns a stored copy and leaves the original alone.
    public func savedReturnsAStoredCopyWithoutMutatingTheOriginal() async throws {
        try await withMusicDatabase { database in
            let draft = Track(name: "Draft", milliseconds: 5, genre: .rock)
            let stored = try await draft.saved(on: database)
            #expect(draft.id == nil)
            #expect(stored.id != nil)
            #expect(try await Track.get(primaryKey: stored.id, on: database).name == "Draft")
        }
    }

    /// A UUID key chosen by the application: the first save inserts, the next updates.
    public func uuidKeysAreAssignedByTheApplication() async throws {
        try await withMusicDatabase { database in
            let code = UUID()
            var tag = Tag(code: code, label: "live")
            try await tag.save(on: database)
            tag.label = "studio"
            try await tag.save(on: database)
            #expect(try await Tag.get(primaryKey: code, on: database).label == "studio")
            #expect(try await Tag.count(on: database) == 1)
        }
    }

    /// Queries without `on:` use the task's database.
    public func implicitQueriesUseTheTaskDatabase() async throws {
        try await withMusicDatabase { database in
            try await DatabaseContext.$current.withValue(database) {
                try await seedTracks(database)
                #expect(try await Track.all().count == 5)
                #expect(try await Track.filter { $0.genre == .jazz }.count() == 2)
            }
        }
    }
}
