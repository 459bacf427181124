import Terrapin
import TerrapinApp
import TerrapinBrowser

/// Opens a database with the command line's checks and hands it to the browser.
enum BrowserLauncher {
    /// Opens `location`, checks `table`, and runs the browser until the user quits.
    ///
    /// - Throws: ``CommandFailure`` for a missing or broken file or an unknown table;
    ///   a `CursesTerminalError` when standard input or output is not a terminal, or `TERM`
    ///   is unset, unknown or cannot move the cursor (checked first).
    static func launch(
        _ location: String, readOnly isReadOnly: Bool, table: String?, usesASCII: Bool,
        models: [any Model.Type], isLive: Bool = true
    ) async throws {
        // Before the database is opened (which can take a while) and before curses starts:
        // a terminal the browser cannot draw on is refused with one line, untouched.
        try TerminalCheck.checkBrowserCanStart()
        let (database, tables) = try await DatabaseOpener.open(
            location, readOnly: isReadOnly, models: models)
        do {
            let initialTable = try table.map {
                try DatabaseOpener.table(named: $0, in: tables).name
            }
            let options = BrowserOptions(
                isReadOnly: isReadOnly || database.isReadOnly, models: models,
                initialTable: initialTable, usesASCII: usesASCII, tables: tables,
                isLive: isLive)
            try await runBrowser(database: database, options: options)
        } catch {
            try? await database.close()
            throw error
        }
        try await database.close()
    }
}
