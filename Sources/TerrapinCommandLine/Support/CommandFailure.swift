/// An error the command line reports in plain words on standard error before exiting with a
/// non-zero status.
struct CommandFailure: Error, CustomStringConvertible, Equatable {
    /// What went wrong and what to do, in the user's terms.
    var message: String

    /// Creates a failure with a message.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
