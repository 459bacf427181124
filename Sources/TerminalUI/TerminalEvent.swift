/// Something the terminal reported: a key press or a new size.
public enum TerminalEvent: Sendable, Hashable {
    /// A key was pressed.
    case key(KeyEvent)
    /// The terminal now has `width` columns and `height` rows.
    case resize(width: Int, height: Int)
}
