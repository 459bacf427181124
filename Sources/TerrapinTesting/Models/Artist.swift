import TerrapinCore

/// An artist with a unique name: the suite's simplest model.
@Model(table: "artist")
public struct Artist: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The artist's name, unique.
    @Field(maxLength: 40, unique: true) public var name: String

    /// Creates an artist (without a key, the database assigns one).
    public init(id: Int? = nil, name: String) {
        self.id = id
        self.name = name
    }
}
