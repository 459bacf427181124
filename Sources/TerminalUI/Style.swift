/// How a cell is drawn: foreground and background colors plus text attributes.
///
/// ```swift
/// let header = Style(foreground: .brightWhite, background: .blue, attributes: .bold)
/// let selected = Style.plain.with(.reverse)
/// ```
public struct Style: Sendable, Hashable {
    /// Text attributes that can be combined, such as bold and underline.
    public struct Attributes: OptionSet, Sendable, Hashable {
        /// The raw bit set.
        public let rawValue: UInt8

        /// Creates attributes from their raw bits.
        ///
        /// - Parameter rawValue: The bit set.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Heavier or brighter text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Fainter text.
        public static let dim = Attributes(rawValue: 1 << 1)
        /// Foreground and background swapped; the one attribute every terminal shows.
        public static let reverse = Attributes(rawValue: 1 << 2)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 3)
        /// Slanted text (not shown by every terminal).
        public static let italic = Attributes(rawValue: 1 << 4)
    }

    /// The text color.
    public var foreground: Color
    /// The cell color.
    public var background: Color
    /// Bold, dim, reverse, underline, italic.
    public var attributes: Attributes

    /// Creates a style.
    ///
    /// - Parameters:
    ///   - foreground: The text color; the terminal default when omitted.
    ///   - background: The cell color; the terminal default when omitted.
    ///   - attributes: Text attributes; none when omitted.
    public init(
        foreground: Color = .default, background: Color = .default, attributes: Attributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colors without attributes.
    public static let plain = Style()

    /// This style with `attributes` added.
    ///
    /// - Parameter attributes: The attributes to add.
    /// - Returns: A copy with the union of both attribute sets.
    public func with(_ attributes: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
