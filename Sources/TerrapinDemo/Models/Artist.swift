import TerrapinCore

/// A performer whose albums the demo store sells.
@Model(table: "artist", ordering: ["name"])
public struct Artist: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The artist's name; sometimes non-ASCII (accents, CJK, emoji).
    @Field(maxLength: 120, index: true) public var name: String
    /// The country the artist comes from, when known.
    public var country: String?
}
