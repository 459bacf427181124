import CursesBackend
import TerminalUI
import Terrapin
import TerrapinBrowser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the terrapin browser full-screen in the current terminal until the user quits: the
/// way an app embeds a "Django admin in the terminal" for its own models.
///
/// It takes over the terminal with curses, restores it when the browser returns or throws,
/// and on SIGINT, SIGTERM or SIGHUP restores it and exits with status 128 + the signal. In a
/// locale that is not UTF-8 (`LANG=C`) it draws in ASCII, as `options.usesASCII` asks.
///
/// ```swift
/// import TerrapinApp
///
/// let database = try await connect("sqlite://shop.sqlite", models: [Order.self, Customer.self])
/// try await runBrowser(
///     database: database,
///     options: BrowserOptions(models: [Order.self, Customer.self], initialTable: "order"))
/// ```
///
/// - Parameters:
///   - database: The database to browse; it stays open afterwards.
///   - options: Read-only mode, the models to list, the table to open first, and so on.
/// - Throws: `CursesTerminalError.notATerminal` when standard input or output is not a
///   terminal (piped or redirected), `CursesTerminalError.initializationFailed` when `TERM`
///   is unknown. Nothing has touched the screen when these are thrown.
@MainActor
public func runBrowser(database: any Database, options: BrowserOptions) async throws {
    let terminal = try CursesTerminal()
    defer { terminal.stop() }
    var options = options
    // A locale that is not UTF-8 (LANG=C) can show only ASCII: draw as with --ascii, which
    // also escapes non-ASCII data (`\u{65E5}`) instead of leaving it blank.
    if !terminal.isUTF8Locale { options.usesASCII = true }
    let signals = TerminationSignals { signal in
        terminal.stop()
        exit(128 + signal)
    }
    defer { signals.cancel() }
    let runtime = BrowserRuntime(database: database, options: options, backend: terminal)
    await runtime.run(events: terminal.events())
}
