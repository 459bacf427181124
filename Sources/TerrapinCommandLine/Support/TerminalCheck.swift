import CursesBackend

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the browser could take over this terminal, checked before slow work (opening the
/// database, building the demo) and before anything is written to the terminal.
enum TerminalCheck {
    /// "standard input" or "standard output" when that stream is not a terminal, else `nil`.
    static func firstNonTerminalStream() -> String? {
        if isatty(STDIN_FILENO) != 1 { return "standard input" }
        if isatty(STDOUT_FILENO) != 1 { return "standard output" }
        return nil
    }

    /// Throws when the browser cannot run here: standard input or output is not a terminal,
    /// or `TERM` is unset, unknown to terminfo or cannot move the cursor (such as `dumb`).
    ///
    /// - Throws: A ``CursesTerminalError`` whose description says what to do.
    static func checkBrowserCanStart() throws {
        if let stream = firstNonTerminalStream() {
            throw CursesTerminalError.notATerminal(stream: stream)
        }
        try TerminalTypeCheck.checkEnvironment()
    }
}
