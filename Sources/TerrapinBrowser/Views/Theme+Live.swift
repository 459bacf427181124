import TerminalUI

extension Theme {
    /// A cell that live refresh found changed, just after the reload.
    static let changed = Style(
        foreground: .black, background: .yellow, attributes: [.bold, .underline])
    /// A changed cell in the last moments of its highlight.
    static let changedFading = Style(foreground: .yellow, attributes: .underline)
}
