extension BrowserState {
    /// Whether `other` draws the same screen as this state, judged by comparing everything
    /// except the bookkeeping that no view reads: the last generation number handed out,
    /// and live refresh's poll in flight, baseline token (and its table) and whether the
    /// next token is absorbed.
    ///
    /// Every idle live tick hands out a generation for its poll and every poll answer
    /// stores its token, so a plain `==` would find the state changed four times a second
    /// and the runtime would redraw an unchanged screen for each. Keep this list to fields
    /// that no view reads (`Views/` only): a field drawn on screen must not be copied over
    /// here, or its change would not be drawn.
    ///
    /// - Parameter other: The state before a background message.
    /// - Returns: Whether drawing this state would give the screen `other` gave.
    func isDrawnTheSame(as other: BrowserState) -> Bool {
        var ignoringBookkeeping = self
        ignoringBookkeeping.lastGeneration = other.lastGeneration
        ignoringBookkeeping.live.pollGeneration = other.live.pollGeneration
        ignoringBookkeeping.live.token = other.live.token
        ignoringBookkeeping.live.tokenTable = other.live.tokenTable
        ignoringBookkeeping.live.absorbsNextChange = other.live.absorbsNextChange
        return ignoringBookkeeping == other
    }
}
