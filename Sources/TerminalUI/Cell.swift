/// One terminal cell: a grapheme cluster and its style.
///
/// A wide grapheme (CJK, emoji) is stored in its first cell and followed by a
/// *continuation* cell whose grapheme is empty; the pair always stays together in a
/// ``ScreenBuffer``.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster shown in the cell: one printable `Character`, or `""` for the
    /// second half of a wide character.
    public var grapheme: String
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell. Prefer ``ScreenBuffer/put(_:x:y:style:maxWidth:)``, which keeps wide
    /// characters and their continuation cells consistent.
    ///
    /// - Parameters:
    ///   - grapheme: One printable grapheme cluster, or `""` for a continuation cell.
    ///   - style: How the cell is drawn.
    public init(_ grapheme: String, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// A space in the plain style: what a cleared screen holds.
    public static let blank = Cell(" ")

    /// A space in `style`.
    ///
    /// - Parameter style: The style of the blank cell.
    /// - Returns: A cell holding a space.
    public static func blank(_ style: Style) -> Cell { Cell(" ", style: style) }

    /// Whether this cell is the second half of the wide character to its left.
    public var isContinuation: Bool { grapheme.isEmpty }

    /// The cells the grapheme occupies: 0 for a continuation cell, else 1 or 2.
    public var width: Int {
        // A single printable ASCII byte (the common case) is one cell; see DisplayWidth.of.
        let utf8 = grapheme.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F { return 1 }
        guard let character = grapheme.first else { return 0 }
        return DisplayWidth.of(character)
    }
}
