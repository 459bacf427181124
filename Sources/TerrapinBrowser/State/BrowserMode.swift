import TerminalUI
import TerrapinCore

/// What has the keyboard right now, besides the sidebar and the grid.
enum BrowserMode: Sendable, Hashable {
    /// Plain browsing: keys go to the focused pane.
    case browsing
    /// The `/` filter bar.
    case filterBar(FilterBarState)
    /// Editing one cell.
    case editingCell(CellEditState)
    /// Asking before a destructive action (deleting a row, overwriting a file).
    case confirming(Confirmation)
    /// The help overlay, scrolled by this many lines.
    case help(scroll: Int)
    /// The record view of one row.
    case record(RecordViewState)
    /// The fields of a registered model.
    case modelInfo(index: Int, scroll: Int)
    /// The Swift code and SQL of the current view (text arrives from the runtime).
    case code(CodeViewState)
    /// Asking for the path to export to.
    case exportPrompt(LineEditor)
    /// Asking which format to export to a path without a known extension.
    case exportFormatPrompt(path: String)
    /// The add-row form.
    case addRow(AddRowState)
    /// The filter builder dialog.
    case filterBuilder(FilterBuilderState)
    /// The facet panel: value counts of one column.
    case facet(FacetState)
}

/// The filter bar's text and the problem with it, if any.
struct FilterBarState: Sendable, Hashable {
    /// The lookup text being edited.
    var editor: LineEditor
    /// The parse or column error, shown inline.
    var error: String?
    /// Column names offered by the last Tab, when more than one matched.
    var completions: [String] = []
    /// What ``completions`` are (`Columns` or `Lookups`), for the status line.
    var completionTitle = "Columns"
}

/// A cell being edited.
struct CellEditState: Sendable, Hashable {
    /// The column.
    var column: String
    /// The row's key.
    var key: [String: SQLValue]
    /// The value before editing.
    var oldValue: SQLValue
    /// The new text.
    var editor: LineEditor
    /// Whether the new value is NULL (Ctrl-N); typing clears it.
    var isNull: Bool
    /// Why the typed value cannot be saved, if it cannot.
    var error: String?
}

/// The record view: every field of one row.
struct RecordViewState: Sendable, Hashable {
    /// The row.
    var row: DynamicRow
    /// The selected field.
    var selection = 0
    /// Referenced rows of foreign-key columns, once loaded.
    var references: [String: DynamicRow] = [:]
    /// Whether the referenced rows have arrived (a key missing from ``references`` then
    /// refers to no row).
    var hasLoadedReferences = false
}

/// The code view.
struct CodeViewState: Sendable, Hashable {
    /// The Swift code, once described.
    var swift: String = ""
    /// The SQL, once described.
    var sql: String = ""
    /// The first visible line.
    var scroll = 0
}

/// The add-row form.
struct AddRowState: Sendable, Hashable {
    /// One field of the form.
    struct Field: Sendable, Hashable {
        /// The column.
        var column: ColumnDescription
        /// The typed text; empty means "leave to the default".
        var editor = LineEditor()
        /// Whether NULL was chosen with Ctrl-N.
        var isNull = false
        /// Why this field's value cannot be stored, shown next to it.
        var error: String?
    }

    /// The fields, one per column.
    var fields: [Field]
    /// The field being typed in.
    var selection = 0
    /// Why the row cannot be saved, when no single field is to blame.
    var error: String?
    /// Whether the row is being inserted (the form stays open until the database says yes,
    /// so nothing typed is lost when it says no).
    var isSaving = false
}

/// The filter builder: conditions combined with AND or OR, each optionally negated.
struct FilterBuilderState: Sendable, Hashable {
    /// One condition of the builder.
    struct Condition: Sendable, Hashable {
        /// The column, by index into the table's column names.
        var column: Int
        /// The operator.
        var lookup: Lookup
        /// The value as typed.
        var value = LineEditor()
        /// Whether the condition is negated (Ctrl-T): rows where it holds are left out.
        var isNegated = false
    }

    /// Which part of a condition row has the keyboard.
    enum Part: Int, Sendable, Hashable {
        /// The column.
        case column
        /// The operator.
        case lookup
        /// The value.
        case value
    }

    /// The conditions.
    var conditions: [Condition]
    /// Whether conditions are combined with OR instead of AND.
    var usesOr = false
    /// The selected condition.
    var selection = 0
    /// The selected part of the selected condition.
    var part: Part = .column
    /// The problem with the current conditions, if any.
    var error: String?
    /// The live count of matching rows, when known.
    var matchCount: Int?
    /// Why the builder did not start from the active filter, when it could not.
    var note: String?
}
