import TerrapinCore

/// A track's genre, stored as its raw text.
public enum Genre: String, SQLFieldValue, CaseIterable, Sendable {
    /// Rock.
    case rock
    /// Jazz.
    case jazz
    /// Classical.
    case classical
}
