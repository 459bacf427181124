/// Why the curses terminal could not start.
public enum CursesTerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal(stream: String)
    /// ncurses could not set up the terminal, usually because `TERM` is unset or unknown.
    case initializationFailed(term: String?)
    /// `TERM` is unset or empty (`nil`), or names a type terminfo does not know.
    case unknownTerminalType(term: String?)
    /// No terminfo database was found to look `TERM` up in.
    case noTerminfoDatabase(term: String)
    /// The terminal type cannot move the cursor (its terminfo entry has no `cup`, as `dumb`),
    /// so a full-screen program cannot draw on it.
    case cannotAddressCursor(term: String)

    /// A message for the user saying what happened and what to do.
    public var description: String {
        let advice = "set TERM to the type your terminal emulates, such as xterm-256color"
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; run the browser in an interactive terminal "
                + "(not through a pipe or redirection)"
        case .initializationFailed(let term):
            let name = term.map { "'\($0)'" } ?? "(unset)"
            return "cannot initialise the terminal: TERM is \(name); set TERM to a terminal "
                + "type known to terminfo, such as xterm-256color"
        case .unknownTerminalType(nil):
            return "TERM is not set, so the browser cannot tell how to draw on this terminal; "
                + advice + " (e.g. TERM=xterm-256color terrapin ...)"
        case .unknownTerminalType(let term?):
            return "the terminal type TERM='\(term)' is not in the terminfo database; "
                + advice + " (e.g. TERM=xterm-256color terrapin ...)"
        case .noTerminfoDatabase(let term):
            return "no terminfo database was found to look up TERM='\(term)'; install the "
                + "ncurses terminfo files (ncurses-base, ncurses-term) or set TERMINFO to "
                + "their folder"
        case .cannotAddressCursor(let term):
            return "the terminal type TERM='\(term)' cannot move the cursor (its terminfo "
                + "entry has no cup), so the browser cannot draw on it; run terrapin in a "
                + "full-screen terminal, or " + advice
        }
    }
}
