import TerrapinCore

/// An album by one artist.
@Model(table: "album", ordering: ["title"])
public struct Album: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The album's title.
    @Field(maxLength: 160, index: true) public var title: String
    /// The artist who recorded it.
    @ForeignKey(Artist.self, onDelete: .cascade) public var artistId: Int
    /// The year it came out, when known.
    public var year: Int?
}
