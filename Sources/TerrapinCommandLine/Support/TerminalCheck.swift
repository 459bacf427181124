#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the browser could take over this terminal, checked before slow work.
enum TerminalCheck {
    /// "standard input" or "standard output" when that stream is not a terminal, else `nil`.
    static func firstNonTerminalStream() -> String? {
        if isatty(STDIN_FILENO) != 1 { return "standard input" }
        if isatty(STDOUT_FILENO) != 1 { return "standard output" }
        return nil
    }
}
