/// How many rows each table of the demo database gets, all derived from the size of the big
/// `track` table so that `--rows N` scales the whole store.
///
/// For `tracks = 1_000_000`: 20,000 artists, 100,000 albums, 25 genres, 5,000 customers,
/// 50,000 invoices and 250,000 invoice lines.
public struct DemoSizes: Sendable, Hashable {
    /// Rows of `track`.
    public var tracks: Int
    /// Rows of `album`.
    public var albums: Int
    /// Rows of `artist`.
    public var artists: Int
    /// Rows of `genre`.
    public var genres: Int
    /// Rows of `customer`.
    public var customers: Int
    /// Rows of `invoice`.
    public var invoices: Int
    /// Rows of `invoice_line`.
    public var invoiceLines: Int

    /// Sizes scaled from the number of tracks (at least one row per table).
    /// - Parameter tracks: Rows of the big table; values below 1 count as 1.
    public init(tracks: Int) {
        let tracks = max(1, tracks)
        self.tracks = tracks
        albums = max(1, tracks / 10)
        artists = max(1, tracks / 50)
        genres = min(DemoVocabulary.genres.count, max(1, tracks / 10))
        customers = max(1, tracks / 200)
        invoices = max(1, tracks / 20)
        invoiceLines = max(invoices, tracks / 4)
    }

    /// Rows of all tables together.
    public var total: Int {
        tracks + albums + artists + genres + customers + invoices + invoiceLines
    }
}
