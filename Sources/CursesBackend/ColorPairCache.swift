import CCurses
import TerminalUI

/// Maps (foreground, background) color combinations to curses color pairs, allocating pairs
/// on first use.
///
/// Pair 0 is curses' fixed default pair. When the terminal runs out of pairs, further
/// combinations fall back to pair 0 rather than failing.
@MainActor
struct ColorPairCache {
    private var pairs: [Key: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maximumPairs: Int32
    private let colorCount: Int32
    private let hasDefaultColors: Bool

    private struct Key: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Creates a cache for a terminal with `colorCount` colors and `maximumPairs` pairs.
    ///
    /// - Parameters:
    ///   - colorCount: `COLORS` after `start_color`.
    ///   - maximumPairs: `COLOR_PAIRS` after `start_color`.
    ///   - hasDefaultColors: Whether `use_default_colors` succeeded, so -1 means "default".
    init(colorCount: Int32, maximumPairs: Int32, hasDefaultColors: Bool) {
        self.colorCount = colorCount
        self.maximumPairs = maximumPairs
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair number for the style's colors, plus `A_BOLD` when a bright foreground has to
    /// be approximated on an 8-color terminal.
    mutating func pair(for style: Style) -> (pair: Int32, extraAttributes: attr_t) {
        let foreground = curses(style.foreground, isForeground: true)
        let background = curses(style.background, isForeground: false)
        let extra = foreground.needsBold ? ccurses_a_bold() : ccurses_a_normal()
        if style.foreground == .default && style.background == .default { return (0, extra) }
        let key = Key(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return (pair, extra) }
        guard nextPair < maximumPairs, nextPair <= Int32(Int16.max) else { return (0, extra) }
        let pair = nextPair
        // init_pair(3X): "changes the definition of a color-pair"; the numbers must be below
        // COLOR_PAIRS and colors below COLORS, or -1 after use_default_colors.
        guard init_pair(Int16(pair), Int16(foreground.number), Int16(background.number)) != ERR
        else { return (0, extra) }
        nextPair += 1
        pairs[key] = pair
        return (pair, extra)
    }

    /// The curses color number for `color`; bright colors use 8–15 when the terminal has 16
    /// colors, otherwise the base color (and bold for a foreground).
    private func curses(_ color: Color, isForeground: Bool) -> (number: Int32, needsBold: Bool) {
        let index: Int32
        switch color {
        case .default:
            if hasDefaultColors { return (-1, false) }
            return (isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK), false)
        case .black: index = 0
        case .red: index = 1
        case .green: index = 2
        case .yellow: index = 3
        case .blue: index = 4
        case .magenta: index = 5
        case .cyan: index = 6
        case .white: index = 7
        case .brightBlack: index = 8
        case .brightRed: index = 9
        case .brightGreen: index = 10
        case .brightYellow: index = 11
        case .brightBlue: index = 12
        case .brightMagenta: index = 13
        case .brightCyan: index = 14
        case .brightWhite: index = 15
        }
        if index >= 8 && colorCount < 16 { return (index - 8, isForeground) }
        return (index, false)
    }
}
