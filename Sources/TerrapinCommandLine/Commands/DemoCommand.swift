import ArgumentParser
import CursesBackend
import Foundation
import TerrapinDemo

/// `terrapin demo`: builds the sample music store (when its file does not exist yet) and
/// opens it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build (if absent) and open a demo music-store database.",
        discussion: """
            The demo has artists, albums, genres, tracks, customers, invoices and invoice \
            lines, built through Terrapin's own models and bulk inserts. --rows sets the \
            number of tracks (1,000,000 by default); the other tables scale with it. An \
            existing file is opened as it is: delete it to rebuild.
            """
    )

    /// Rows of the big table.
    @Option(name: .long, help: "Rows of the track table; the other tables scale with it.")
    var rows: Int = DemoDatabase.defaultRows

    /// Where the demo database lives.
    @Option(name: .long, help: "The database file.")
    var path: String = DemoDatabase.defaultPath

    /// Whether edits are refused.
    @Flag(name: .long, help: "Open without write access.")
    var readOnly = false

    /// Whether to stop after building.
    @Flag(name: .long, help: "Build the database if needed, then exit without the browser.")
    var buildOnly = false

    /// Whether boxes and symbols are ASCII.
    @Flag(name: .long, help: "Draw with ASCII characters only.")
    var ascii = false

    /// Whether the page follows commits made elsewhere.
    @Flag(name: .long, help: "Do not refresh the page when another process commits.")
    var noLive = false

    func validate() throws {
        guard rows >= 1 else { throw ValidationError("--rows must be at least 1.") }
        guard rows <= 100_000_000 else {
            throw ValidationError("--rows must be at most 100,000,000.")
        }
    }

    func run() async throws {
        try await reportingFailures {
            // Say so before a long build, not after it.
            if !buildOnly {
                if let stream = TerminalCheck.firstNonTerminalStream() {
                    throw CommandFailure(
                        "\(stream) is not a terminal, so the browser cannot start; run "
                            + "`terrapin demo --build-only` to only build the database.")
                }
                do throws(CursesTerminalError) {
                    try TerminalTypeCheck.checkEnvironment()
                } catch {
                    throw CommandFailure(
                        error.description + " (`terrapin demo --build-only` builds the "
                            + "database without the browser).")
                }
            }
            if FileManager.default.fileExists(atPath: path) {
                StandardError.line(
                    "terrapin: opening the existing demo database \(path) as it is "
                        + "(delete it to rebuild with other --rows).")
            } else {
                try await DemoBuilder.build(at: path, rows: rows)
            }
            if buildOnly { return }
            try await BrowserLauncher.launch(
                path, readOnly: readOnly, table: nil, usesASCII: ascii,
                models: DemoDatabase.models, isLive: !noLive)
        }
    }
}
