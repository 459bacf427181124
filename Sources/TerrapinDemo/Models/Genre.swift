import TerrapinCore

/// A musical genre.
@Model(table: "genre", ordering: ["name"])
public struct Genre: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The genre's name, unique.
    @Field(maxLength: 60, unique: true) public var name: String
}
