import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Why the open table cannot be edited now, or `nil` when it can.
    var refusalToEdit: String? {
        if isReadOnly { return "Read-only mode: edits are refused; nothing was written." }
        guard let view = table else { return "Open a table first." }
        if let reason = view.description.whyNotWritable {
            return "\(view.description.name) cannot be edited: \(reason)."
        }
        if inFlight.write != nil { return "Still saving the previous change; try again." }
        return nil
    }

    /// Refuses with a message when editing is not possible; returns whether it is.
    private mutating func checkEditable() -> Bool {
        if let refusal = refusalToEdit {
            message = StatusMessage(text: refusal, isError: true)
            return false
        }
        return true
    }

    /// `e`: edits the current cell in a line editor prefilled with its value.
    mutating func startEditingCell() {
        guard checkEditable(), let view = table, let row = view.currentRow,
            let column = view.currentColumn, let value = row[column]
        else { return }
        if view.description.column(named: column)?.isGenerated == true {
            message = StatusMessage(
                text: "\(column) is a generated column: the database computes it. Edit the "
                    + "columns it is computed from.", isError: true)
            return
        }
        if case .blob = value {
            message = StatusMessage(
                text: "\(column) holds bytes, which cannot be edited here.", isError: true)
            return
        }
        mode = .editingCell(
            CellEditState(
                column: column, key: view.key(of: row), oldValue: value,
                editor: LineEditor(text: CellText.editable(value)), isNull: value.isNull))
    }

    /// Keys of the cell editor: Enter saves, Esc cancels, Ctrl-N sets NULL.
    mutating func handleEditKey(_ key: KeyEvent, edit: CellEditState) -> [BrowserEffect] {
        var edit = edit
        switch key {
        case .escape:
            mode = .browsing
            return []
        case .control("N"):
            edit.isNull = true
            edit.editor.setText("")
        case .enter:
            guard let view = table else { return [] }
            let parsed = CellValueParser.parse(
                edit.editor.text, isNull: edit.isNull, column: edit.column,
                table: view.description, model: model(for: view.description.name),
                oldValue: edit.oldValue)
            switch parsed {
            case .failure(let error):
                edit.error = error.message
            case .success(let cell):
                let value = cell.value
                if let row = view.currentRow {
                    // A registered model's own rules (`validate()` too) run on the edited row.
                    var values: [String: SQLValue] = [:]
                    for (index, name) in row.columns.names.enumerated() {
                        values[name] = row.values[index]
                    }
                    values[edit.column] = value
                    if let problem = modelTypes.problem(
                        in: view.description.name, values: values)
                    {
                        edit.error = problem
                        mode = .editingCell(edit)
                        return []
                    }
                }
                mode = .browsing
                guard value != edit.oldValue else {
                    message = StatusMessage(text: "Nothing changed.", isError: false)
                    return []
                }
                let change = RowEdit(
                    table: view.description, key: edit.key, changes: [edit.column: value],
                    expecting: [edit.column: edit.oldValue])
                let effects = startWrite(isUndo: false) { .saveEdit(generation: $0, change) }
                inFlight.writeNote = cell.warning
                return effects
            }
        default:
            if edit.editor.handle(key) {
                edit.isNull = false
                edit.error = nil
            }
        }
        mode = .editingCell(edit)
        return []
    }

    /// `d`: asks before deleting the current row.
    mutating func askToDeleteRow() {
        guard checkEditable(), let view = table, let row = view.currentRow else { return }
        var values: [String: SQLValue] = [:]
        for (index, name) in row.columns.names.enumerated() { values[name] = row.values[index] }
        let deletion = RowEdit(
            table: view.description, key: view.key(of: row), changes: [:], expecting: values)
        mode = .confirming(Confirmation(action: .deleteRow(deletion)))
    }

    /// `u`: undoes the last change by writing its inverse.
    mutating func undo() -> [BrowserEffect] {
        guard let entry = undoStack.last else {
            message = StatusMessage(text: "Nothing to undo.", isError: false)
            return []
        }
        if isReadOnly {
            message = StatusMessage(text: "Read-only mode: nothing to undo.", isError: true)
            return []
        }
        if inFlight.write != nil {
            message = StatusMessage(text: "Still saving the previous change.", isError: true)
            return []
        }
        // Undo acts on what is on screen: the last change to another table is named, not
        // silently undone out of sight.
        if entry.table.name != table?.description.name {
            message = StatusMessage(
                text: "The last change was to \(entry.summary) of \(entry.table.name): open "
                    + "\(entry.table.name) to undo it.", isError: false)
            return []
        }
        undoStack.removeLast()
        switch entry {
        case .updated(let edit):
            return startWrite(isUndo: true) { .saveEdit(generation: $0, edit.inverse) }
        case .inserted(let table, let key):
            return startWrite(isUndo: true) {
                .deleteRow(generation: $0, table: table, key: key, expecting: [:])
            }
        case .deleted(let table, let values):
            return startWrite(isUndo: true) {
                .insertRow(generation: $0, table: table, values: values)
            }
        }
    }

    /// Starts a write with a new generation.
    mutating func startWrite(isUndo: Bool, _ effect: (Int) -> BrowserEffect) -> [BrowserEffect] {
        let generation = nextGeneration()
        inFlight.write = generation
        inFlight.isUndoWrite = isUndo
        inFlight.writeNote = nil
        return [effect(generation)]
    }

    /// A write finished: remember it for undo, say so, reload what it changed, and poll the
    /// change token so that live refresh takes the write's change as its new baseline.
    mutating func receiveWrite(_ entry: UndoEntry, generation: Int) -> [BrowserEffect] {
        guard generation == inFlight.write else { return [] }
        inFlight.write = nil
        if case .addRow(let form) = mode, form.isSaving { mode = .browsing }
        let tableName: String
        let changesCount: Bool
        switch entry {
        case .updated(let edit):
            tableName = edit.table.name
            changesCount = false
            let columns = edit.changes.keys.sorted().joined(separator: ", ")
            var text: String
            if !inFlight.isUndoWrite {
                text = "Saved \(columns) (u undoes)."
            } else if edit.rewrittenColumns.isEmpty {
                text = "Undone: \(columns) restored."
            } else {
                text = "Undone: wrote \(columns) back."
            }
            for column in edit.rewrittenColumns {
                let stored = edit.changes[column]?.literalDescription ?? "NULL"
                text += " The database stored \(column) = \(stored) (a trigger or its type)."
            }
            message = StatusMessage(text: text, isError: false)
            // Older changes of this row expect what our own write (and its triggers) left in
            // the columns it wrote: they must not take it for someone else's change.
            refreshUndoExpectations(after: edit)
        case .inserted(let table, _):
            tableName = table.name
            changesCount = true
            message = StatusMessage(
                text: inFlight.isUndoWrite ? "Undone: the row is back." : "Row added (u undoes).",
                isError: false)
        case .deleted(let table, _):
            tableName = table.name
            changesCount = true
            message = StatusMessage(
                text: inFlight.isUndoWrite
                    ? "Undone: the added row is deleted." : "Row deleted (u undoes).",
                isError: false)
        }
        if !inFlight.isUndoWrite {
            undoStack.append(entry)
            if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
        }
        inFlight.isUndoWrite = false
        if let note = inFlight.writeNote, var saved = message {
            saved.text += " Note: \(note)."
            message = saved
        }
        inFlight.writeNote = nil
        var effects: [BrowserEffect] = []
        if let view = table, view.description.name == tableName {
            effects += loadPage(
                view.anchor, start: view.pageStart.map { .exact($0) } ?? .unknown, cursor: .keep)
            if changesCount { effects += recount() }
        }
        if changesCount, let described = self.table(named: tableName), described.kind == .table {
            effects.append(.countRows(table: described))
        }
        return effects + pollAfterOwnWrite()
    }

    /// After a write of `edit`, makes earlier undo entries of the same row expect the values
    /// now stored in the columns that write changed. Only those columns: a change someone
    /// else made to other columns must still be caught.
    private mutating func refreshUndoExpectations(after edit: RowEdit) {
        let newKey = edit.inverse.key
        for index in undoStack.indices {
            guard case .updated(var older) = undoStack[index], older.table.name == edit.table.name,
                older.inverse.key == newKey || older.inverse.key == edit.key
            else { continue }
            for (column, stored) in edit.changes where older.changes[column] != nil {
                older.changes[column] = stored
            }
            undoStack[index] = .updated(older)
        }
    }
}

extension UndoEntry {
    /// The table the change was made to.
    var table: TableDescription {
        switch self {
        case .updated(let edit): edit.table
        case .inserted(let table, _), .deleted(let table, _): table
        }
    }

    /// The change in a few words: `qty of the row id=2`, `the added row id=9`.
    var summary: String {
        switch self {
        case .updated(let edit):
            return "\(edit.changes.keys.sorted().joined(separator: ", ")) of the row "
                + SQLValue.describe(key: edit.inverse.key)
        case .inserted(_, let key): return "the added row \(SQLValue.describe(key: key))"
        case .deleted(let table, let values):
            let key = table.rowKey.reduce(into: [String: SQLValue]()) { $0[$1] = values[$1] }
            return "the deleted row \(SQLValue.describe(key: key))"
        }
    }
}
