import ArgumentParser

/// `terrapin`: the root command. With a path or URL and no subcommand it opens the browser
/// (`open` is the default subcommand); `demo` and `query` are the others.
///
/// ```swift
/// await TerrapinCommand.main()  // parses CommandLine.arguments, runs, exits
/// ```
public struct TerrapinCommand: AsyncParsableCommand {
    /// The command's name, help, version and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "terrapin",
        abstract: "Browse, filter and edit SQLite databases in the terminal.",
        discussion: """
            terrapin PATH_OR_URL opens the browser on a database: a plain path is a SQLite \
            file (it must exist; it is never created), a URL such as \
            sqlite:///abs/path.db?mode=ro passes options to the driver. \
            terrapin demo builds and opens a sample music store. terrapin query prints rows \
            for scripts. A file literally named `demo` or `query` opens with \
            terrapin open demo.
            """,
        version: TerrapinVersion.current,
        subcommands: [OpenCommand.self, DemoCommand.self, QueryCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Creates the command; ArgumentParser fills it in.
    public init() {}
}
