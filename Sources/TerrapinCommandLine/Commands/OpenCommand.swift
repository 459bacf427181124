import ArgumentParser
import TerrapinApp
import TerrapinBrowser

/// `terrapin [open] PATH_OR_URL`: opens the browser on an existing database.
struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the browser on a database (the default subcommand).",
        discussion: """
            A plain path is a SQLite file, which must exist. A URL passes options: \
            sqlite://rel/path.db, sqlite:///abs/path.db?busy_timeout=2000.
            """
    )

    /// The database to open.
    @Argument(
        help: "A SQLite file path, or a database URL (sqlite://… or postgres://user@host/db).")
    var database: String

    /// Whether edits are refused.
    @Flag(name: .long, help: "Open without write access: edits, adds and deletes are refused.")
    var readOnly = false

    /// The table opened at start.
    @Option(name: .long, help: "A table or view to open at start.")
    var table: String?

    /// Whether boxes and symbols are ASCII.
    @Flag(
        name: .long,
        help: "Draw with ASCII characters only (automatic when the locale is not UTF-8).")
    var ascii = false

    /// Whether the page follows commits made elsewhere.
    @Flag(
        name: .long,
        help: "Do not refresh the page when another process commits (L toggles it).")
    var noLive = false

    func run() async throws {
        try await reportingFailures {
            try await BrowserLauncher.launch(
                database, readOnly: readOnly, table: table, usesASCII: ascii, models: [],
                isLive: !noLive)
        }
    }
}
