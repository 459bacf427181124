/// A one-line text input with a cursor, editing keys as in readline, and horizontal
/// scrolling when the text is wider than its field.
///
/// The cursor counts `Character`s (grapheme clusters) from the start, from 0 (before the
/// first) to `count` (after the last).
///
/// Handled keys: printable characters insert; Backspace and Delete (and Ctrl-D) delete;
/// Left/Right move; Home/End and Ctrl-A/Ctrl-E jump; Ctrl-U clears to the start, Ctrl-K to the
/// end; Ctrl-W deletes the previous word; Alt-B/Alt-F and Ctrl-Left/Ctrl-Right move by word;
/// Alt-D deletes the next word. Everything else (Enter, Esc, Tab, Ctrl-F, Ctrl-B, …) is left
/// to the caller.
///
/// ```swift
/// var editor = LineEditor(text: "name")
/// editor.handle(.character("s"))  // "names"
/// editor.handle(.control("W"))    // ""
/// ```
public struct LineEditor: Sendable, Hashable {
    /// The text being edited, one element per grapheme cluster.
    public private(set) var characters: [Character]
    /// The cursor position in `characters`, from 0 to `characters.count`.
    public private(set) var cursor: Int
    /// The index of the first visible character; kept by ``scrollToCursor(width:)``.
    public var scrollOffset: Int = 0

    /// Creates an editor holding `text` with the cursor at its end.
    ///
    /// - Parameter text: The initial text.
    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The edited text.
    public var text: String { String(characters) }

    /// Replaces the whole text and puts the cursor at its end.
    ///
    /// - Parameter text: The new text.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        scrollOffset = 0
    }

    /// Moves the cursor to `position`, clamped to the text.
    ///
    /// - Parameter position: A character index.
    public mutating func moveCursor(to position: Int) {
        cursor = min(max(0, position), characters.count)
    }

    /// Inserts `text` at the cursor and moves the cursor after it.
    ///
    /// - Parameter text: Text to insert (typed or pasted).
    public mutating func insert(_ text: String) {
        let inserted = Array(text)
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
    }

    /// Replaces the characters in `range` (clamped to the text) with `replacement` and puts
    /// the cursor after the replacement, as a completion would.
    ///
    /// - Parameters:
    ///   - range: Character indices to replace.
    ///   - replacement: The new text.
    public mutating func replaceRange(_ range: Range<Int>, with replacement: String) {
        let lower = min(max(0, range.lowerBound), characters.count)
        let upper = min(max(lower, range.upperBound), characters.count)
        let inserted = Array(replacement)
        characters.replaceSubrange(lower..<upper, with: inserted)
        cursor = lower + inserted.count
    }

    /// Applies an editing key.
    ///
    /// - Parameter key: The key pressed.
    /// - Returns: `true` when the key was an editing key (even if it changed nothing, such as
    ///   Backspace at the start), `false` when the caller should handle it.
    @discardableResult
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("D"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .control("A"):
            cursor = 0
        case .end, .control("E"):
            cursor = characters.count
        case .control("U"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("K"):
            characters.removeSubrange(cursor..<characters.count)
        case .control("W"):
            let start = previousWordStart(isSeparator: { $0.isWhitespace })
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .alt("b"), .alt("B"), .controlLeft:
            cursor = previousWordStart(isSeparator: Self.isWordSeparator)
        case .alt("f"), .alt("F"), .controlRight:
            cursor = nextWordEnd()
        case .alt("d"), .alt("D"):
            characters.removeSubrange(cursor..<nextWordEnd())
        default:
            return false
        }
        return true
    }

    /// The start of the word before the cursor: separators right before the cursor are
    /// skipped, then everything up to the previous separator.
    private func previousWordStart(isSeparator: (Character) -> Bool) -> Int {
        var index = cursor
        while index > 0, isSeparator(characters[index - 1]) { index -= 1 }
        while index > 0, !isSeparator(characters[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after the cursor (readline's `forward-word`).
    private func nextWordEnd() -> Int {
        var index = cursor
        while index < characters.count, Self.isWordSeparator(characters[index]) { index += 1 }
        while index < characters.count, !Self.isWordSeparator(characters[index]) { index += 1 }
        return index
    }

    /// Word boundaries for Alt-B/Alt-F: anything that is not a letter, number or underscore.
    private static func isWordSeparator(_ character: Character) -> Bool {
        !(character.isLetter || character.isNumber || character == "_")
    }
}
