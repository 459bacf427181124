import ArgumentParser

extension TerrapinCommand {
    /// Parses the process's arguments, runs the chosen subcommand and exits: the program's
    /// entry point.
    ///
    /// ArgumentParser's own `main()` is overloaded sync and async, and from a `main.swift`
    /// the compiler picks the sync one, which refuses async subcommands; this spells out the
    /// async path.
    public static func runMain() async -> Never {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit()
        } catch {
            exit(withError: error)
        }
    }
}
