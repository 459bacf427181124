/// What the user named on the command line: a path to a SQLite file, or a database URL.
///
/// A plain path always means SQLite, and is never parsed as a URL, so file names with `?`
/// or `%` work. Anything with a scheme (`sqlite://…`, `postgres://…`) is a URL.
enum DatabaseLocation: Equatable, Sendable {
    /// A SQLite file.
    case path(String)
    /// A URL for ``connect(_:models:create:makeDefault:)``.
    case url(String)

    /// Classifies command-line text.
    init(_ text: String) {
        if text.contains("://") || text.hasPrefix("sqlite:") {
            self = .url(text)
        } else {
            self = .path(text)
        }
    }

    /// The URL with read-only mode asked for (`mode=ro`) when `isReadOnly`.
    static func url(_ url: String, readOnly isReadOnly: Bool) -> String {
        guard isReadOnly else { return url }
        return url + (url.contains("?") ? "&" : "?") + "mode=ro"
    }
}
