import TerrapinCore

/// The file format of a demo track, stored as its raw text.
///
/// A closed set: the schema lists the cases, so the browser offers them in the filter
/// builder and the ORM refuses any other value before writing.
public enum MediaKind: String, SQLFieldValue, CaseIterable, Sendable {
    /// An MPEG-1 layer 3 file.
    case mpeg = "MPEG audio"
    /// An AAC file bought from a store.
    case aac = "AAC audio"
    /// A protected AAC file.
    case protectedAAC = "Protected AAC audio"
    /// A lossless FLAC file.
    case flac = "FLAC audio"
    /// A music video.
    case video = "MPEG-4 video"
}
