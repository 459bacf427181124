import CCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks, before curses takes the screen, that the terminal type in `TERM` can be driven:
/// terminfo knows it and it can move the cursor.
///
/// `newterm` accepts a type such as `dumb`, which has no cursor addressing, and the browser
/// would then draw garbage for as long as it runs; an unknown type makes `newterm` fail only
/// after the caller may have done slow work. This check looks the type up with `setupterm`,
/// which writes nothing to the terminal, so a caller can refuse with one line on standard
/// error and leave the terminal as it was.
///
/// ```swift
/// try TerminalTypeCheck.check(term: ProcessInfo.processInfo.environment["TERM"])
/// ```
public enum TerminalTypeCheck {
    /// Throws when curses could not drive the terminal type `term`.
    ///
    /// Call it before curses starts and never while a ``CursesTerminal`` is active: it uses
    /// terminfo's global current terminal for the lookup (and frees it again).
    ///
    /// - Parameter term: The terminal type, normally the `TERM` variable; `nil` or empty
    ///   when unset.
    /// - Throws: ``CursesTerminalError/unknownTerminalType(term:)`` when `term` is unset or
    ///   not in terminfo, ``CursesTerminalError/noTerminfoDatabase(term:)`` when there is no
    ///   terminfo database, ``CursesTerminalError/cannotAddressCursor(term:)`` when the type
    ///   has no `cup` capability (such as `dumb`).
    public static func check(term: String?) throws(CursesTerminalError) {
        guard let term, !term.isEmpty else { throw .unknownTerminalType(term: nil) }
        let support = term.withCString { ccurses_check_terminal_type($0) }
        switch support {
        case ccurses_terminal_usable: return
        case ccurses_terminal_no_database: throw .noTerminfoDatabase(term: term)
        case ccurses_terminal_no_cursor_addressing: throw .cannotAddressCursor(term: term)
        default: throw .unknownTerminalType(term: term)
        }
    }

    /// ``check(term:)`` for the process's `TERM` variable.
    ///
    /// - Throws: What ``check(term:)`` throws.
    public static func checkEnvironment() throws(CursesTerminalError) {
        try check(term: getenv("TERM").map { String(cString: $0) })
    }
}
