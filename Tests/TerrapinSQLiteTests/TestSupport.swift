import Foundation
import Terrapin

enum Genre: String, SQLFieldValue, CaseIterable {
    case rock, jazz, classical
}

@Model(table: "artist")
struct Artist {
    var id: Int?
    @Field(maxLength: 40, unique: true) var name: String
}

@Model(table: "track", ordering: ["name"])
struct Track {
    var id: Int?
    @Field(maxLength: 200, index: true) var name: String
    @Field(column: "ms") var milliseconds: Int
    var composer: String?
    var genre: Genre
    @ForeignKey(Artist.self, onDelete: .cascade) var artistId: Int?
    var price: Double = 0.99
    var isExplicit: Bool = false
    var cover: Data?
    @Field(autoNowAdd: true) var createdAt: Date = Date(timeIntervalSince1970: 0)
    @Field(autoNow: true) var updatedAt: Date = Date(timeIntervalSince1970: 0)
}

@Model
struct Tag {
    @PrimaryKey var code: UUID
    var label: String
}

/// A fresh temporary directory per test, removed when the value is deinitialised.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "terrapin-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Opens a new file database with the test models' tables.
func makeMusicDatabase(_ directory: TemporaryDirectory, options: String = "") async throws
    -> any Database
{
    let database = try await connect(
        "sqlite://\(directory.path("music.db"))\(options)",
        models: [Artist.self, Track.self, Tag.self], create: true, makeDefault: false)
    try await database.generateSchemas()
    return database
}

/// Inserts a small catalogue: 2 artists, 5 tracks.
@discardableResult
func seedTracks(_ database: any Database) async throws -> [Track] {
    let queen = try await Artist.create(Artist(name: "Queen"), on: database)
    let miles = try await Artist.create(Artist(name: "Miles Davis"), on: database)
    return try await Track.bulkCreate(
        [
            Track(
                name: "Bohemian Rhapsody", milliseconds: 354_000, composer: "Mercury", genre: .rock,
                artistId: queen.id),
            Track(
                name: "Love Song", milliseconds: 200_000, composer: nil, genre: .rock,
                artistId: queen.id),
            Track(
                name: "So What", milliseconds: 562_000, composer: "Davis", genre: .jazz,
                artistId: miles.id),
            Track(
                name: "Blue in Green", milliseconds: 337_000, composer: "Evans", genre: .jazz,
                artistId: miles.id),
            Track(
                name: "Ärger 日本", milliseconds: 1_000, composer: nil, genre: .classical,
                artistId: nil),
        ], on: database)
}
