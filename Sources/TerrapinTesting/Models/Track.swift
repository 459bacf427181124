import Foundation
import TerrapinCore

/// A track: every field type the ORM maps, a renamed column, a foreign key, defaults and
/// automatic timestamps.
@Model(table: "track", ordering: ["name"])
public struct Track: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The title, indexed.
    @Field(maxLength: 200, index: true) public var name: String
    /// The length, stored in the column `ms`.
    @Field(column: "ms") public var milliseconds: Int
    /// Who wrote it, when known.
    public var composer: String?
    /// The genre.
    public var genre: Genre
    /// The artist; deleting the artist deletes the track.
    @ForeignKey(Artist.self, onDelete: .cascade) public var artistId: Int?
    /// The price.
    public var price: Double
    /// Whether it has explicit lyrics.
    public var isExplicit: Bool
    /// Cover art bytes.
    public var cover: Data?
    /// Set on insert.
    @Field(autoNowAdd: true) public var createdAt: Date
    /// Set on every save.
    @Field(autoNow: true) public var updatedAt: Date

    /// Creates a track.
    public init(
        id: Int? = nil, name: String, milliseconds: Int, composer: String? = nil, genre: Genre,
        artistId: Int? = nil, price: Double = 0.99, isExplicit: Bool = false, cover: Data? = nil,
        createdAt: Date = Date(timeIntervalSince1970: 0),
        updatedAt: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.id = id
        self.name = name
        self.milliseconds = milliseconds
        self.composer = composer
        self.genre = genre
        self.artistId = artistId
        self.price = price
        self.isExplicit = isExplicit
        self.cover = cover
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
