/// A destructive action waiting for the user's yes.
///
/// The action runs only after the question was really on screen: the runtime reports every
/// drawn frame (``BrowserMessage/framePresented``), and keys typed before the dialog was drawn
/// (for example while the terminal was too small to draw it) are ignored.
struct Confirmation: Sendable, Hashable {
    /// What `y` does.
    enum Action: Sendable, Hashable {
        /// Delete one row, checking it still holds these values.
        case deleteRow(RowEdit)
        /// Write an export over an existing file.
        case overwriteFile(ExportJob, existingBytes: Int)
    }

    /// What `y` does.
    var action: Action
    /// Whether the question has been drawn on screen.
    var hasBeenDrawn = false
}

/// An export to run: which rows, where, in which format.
struct ExportJob: Sendable, Hashable {
    /// The rows, in the grid's order.
    var query: QueryRequest
    /// The path as typed (a leading `~` is expanded when written).
    var path: String
    /// The file format.
    var format: ExportFormat
    /// Whether an existing file may be replaced (the user said yes to overwriting it).
    var replacesExistingFile = false
}

/// What is at an export's path, found before writing.
enum ExportTarget: Sendable, Hashable {
    /// Nothing: a new file will be created.
    case newFile
    /// An ordinary file of this many bytes, which writing would replace.
    case existingFile(bytes: Int)
    /// The open database itself (or its journal): never written.
    case openDatabase
    /// Another SQLite database: never written.
    case sqliteDatabase
    /// A folder, or something else that is not an ordinary file.
    case notAFile
    /// The folder does not exist or cannot be written.
    case unwritableFolder(String)
}
