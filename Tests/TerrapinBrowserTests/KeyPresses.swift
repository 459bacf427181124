import TerminalUI

@testable import TerrapinBrowser

/// Key presses for the update suites: the effects of each key, in order.
func press(_ state: inout BrowserState, _ keys: KeyEvent...) -> [BrowserEffect] {
    keys.flatMap { update(&state, .keyPressed($0)) }
}

/// Types `text` one character at a time, discarding the effects.
func type(_ state: inout BrowserState, _ text: String) {
    for character in text { _ = update(&state, .keyPressed(.character(character))) }
}
