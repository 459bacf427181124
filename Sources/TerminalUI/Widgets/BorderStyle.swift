/// The characters a ``Box`` is drawn with.
public struct BorderStyle: Sendable, Hashable {
    /// Top-left corner.
    public var topLeft: Character
    /// Top-right corner.
    public var topRight: Character
    /// Bottom-left corner.
    public var bottomLeft: Character
    /// Bottom-right corner.
    public var bottomRight: Character
    /// Top and bottom edges.
    public var horizontal: Character
    /// Left and right edges.
    public var vertical: Character

    /// Creates a border from its six characters (each must be one cell wide).
    ///
    /// - Parameters:
    ///   - topLeft: Top-left corner.
    ///   - topRight: Top-right corner.
    ///   - bottomLeft: Bottom-left corner.
    ///   - bottomRight: Bottom-right corner.
    ///   - horizontal: Top and bottom edges.
    ///   - vertical: Left and right edges.
    public init(
        topLeft: Character, topRight: Character, bottomLeft: Character,
        bottomRight: Character, horizontal: Character, vertical: Character
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// `┌─┐│└┘`
    public static let single = BorderStyle(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontal: "─", vertical: "│")
    /// `╭─╮│╰╯`
    public static let rounded = BorderStyle(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        horizontal: "─", vertical: "│")
    /// `╔═╗║╚╝`
    public static let double = BorderStyle(
        topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
        horizontal: "═", vertical: "║")
    /// `+-+|++` for terminals without line drawing characters.
    public static let ascii = BorderStyle(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|")
}
