/// An activity indicator that shows a different frame on each tick.
///
/// ```swift
/// let spinner = Spinner()
/// buffer.put(spinner.frame(at: tick), x: 0, y: 0)
/// ```
public struct Spinner: Sendable, Hashable {
    /// Braille dots frames: `⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏`.
    public static let unicodeFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    /// Frames for terminals without Unicode: `|/-\`.
    public static let asciiFrames = ["|", "/", "-", "\\"]

    /// Whether to use the ASCII frames.
    public var isASCII: Bool

    /// Creates a spinner.
    ///
    /// - Parameter isASCII: Use `|/-\` instead of Braille dots.
    public init(isASCII: Bool = false) {
        self.isASCII = isASCII
    }

    /// The frames in order.
    public var frames: [String] { isASCII ? Self.asciiFrames : Self.unicodeFrames }

    /// The frame to show at `tick` (any integer; frames repeat).
    ///
    /// - Parameter tick: A counter that increases on every timer tick.
    /// - Returns: A one-cell string.
    public func frame(at tick: Int) -> String {
        let count = frames.count
        return frames[((tick % count) + count) % count]
    }
}
