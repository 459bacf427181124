extension KeyEvent: CustomStringConvertible {
    /// A short human-readable name such as `"a"`, `"Ctrl-W"`, `"Alt-b"`, `"PageDown"`, `"F5"`.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(DisplayWidth.visible(character))
        case .control(let letter): return "Ctrl-\(letter)"
        case .alt(let character): return "Alt-\(DisplayWidth.visible(character))"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .insert: return "Insert"
        case .function(let number): return "F\(number)"
        case .controlLeft: return "Ctrl-Left"
        case .controlRight: return "Ctrl-Right"
        case .altLeft: return "Alt-Left"
        case .unknown(let code): return "Key(\(code))"
        }
    }
}
