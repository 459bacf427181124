/// What part of a ``LineEditor``'s text to show in a field of a given width, and where the
/// cursor goes. Produced by ``LineEditor/layout(width:)``.
public struct LineEditorLayout: Sendable, Hashable {
    /// The index of the first visible character.
    public var offset: Int
    /// The visible text, already made printable; at most the field's width.
    public var visibleText: String
    /// The cursor's column inside the field (0-based).
    public var cursorColumn: Int
    /// Whether text is hidden left of the field.
    public var isClippedLeft: Bool
    /// Whether text is hidden right of the field.
    public var isClippedRight: Bool
}
