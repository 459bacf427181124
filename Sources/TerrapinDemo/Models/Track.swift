import Foundation
import TerrapinCore

/// One track of an album: the demo's big table (a million rows by default).
@Model(table: "track", indexes: [["genreId", "releasedAt"]])
public struct Track: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The track's name; sometimes non-ASCII (accents, CJK, emoji).
    @Field(maxLength: 200, index: true) public var name: String
    /// The album it belongs to.
    @ForeignKey(Album.self, onDelete: .cascade) public var albumId: Int
    /// Its genre, when classified.
    @ForeignKey(Genre.self, onDelete: .setNull) public var genreId: Int?
    /// The file format.
    public var mediaKind: MediaKind
    /// Who wrote it; `NULL` for about a third of the tracks.
    public var composer: String?
    /// The duration in milliseconds.
    @Field(index: true) public var milliseconds: Int
    /// The file size in bytes.
    public var bytes: Int
    /// The price of one copy.
    public var unitPrice: Double
    /// Whether it carries an explicit-content label.
    public var isExplicit: Bool
    /// When it was released (UTC).
    public var releasedAt: Date
    /// Lyrics or liner notes: usually `NULL`, sometimes several long paragraphs.
    public var notes: String?
}
