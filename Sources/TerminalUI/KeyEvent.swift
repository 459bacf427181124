/// A key press as the browser sees it, independent of the terminal library that read it.
///
/// Printable input arrives as ``character(_:)``; Ctrl combinations of letters as
/// ``control(_:)`` with the uppercase letter (`.control("C")` for Ctrl-C); Alt combinations
/// (sent by terminals as Escape followed by the key) as ``alt(_:)``.
public enum KeyEvent: Sendable, Hashable {
    /// A printable character (letters, digits, punctuation, space, CJK, emoji…).
    case character(Character)
    /// Ctrl plus a letter, given as the uppercase letter `A`…`Z`.
    case control(Character)
    /// Alt (Meta) plus a printable character.
    case alt(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return (also Ctrl-M and Ctrl-J).
    case enter
    /// Tab (also Ctrl-I).
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (DEL or Ctrl-H from the terminal).
    case backspace
    /// Delete (forward delete).
    case delete
    /// Escape on its own.
    case escape
    /// Insert.
    case insert
    /// Function key F*n*.
    case function(Int)
    /// Ctrl-Left, usually "word left".
    case controlLeft
    /// Ctrl-Right, usually "word right".
    case controlRight
    /// Alt-Left, usually "back".
    case altLeft
    /// A key code the backend could not name.
    case unknown(Int)
}
