/// Why the curses terminal could not start.
public enum CursesTerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal(stream: String)
    /// ncurses could not set up the terminal, usually because `TERM` is unset or unknown.
    case initializationFailed(term: String?)

    /// A message for the user saying what happened and what to do.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; run the browser in an interactive terminal "
                + "(not through a pipe or redirection)"
        case .initializationFailed(let term):
            let name = term.map { "'\($0)'" } ?? "(unset)"
            return "cannot initialise the terminal: TERM is \(name); set TERM to a terminal "
                + "type known to terminfo, such as xterm-256color"
        }
    }
}
