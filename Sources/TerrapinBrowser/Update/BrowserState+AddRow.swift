import TerminalUI
import TerrapinCore

extension BrowserState {
    /// `a`: opens a form with one field per column that can be written (empty fields get the
    /// column's default; generated columns are computed by the database and left out).
    mutating func startAddingRow() {
        guard refusalToEdit == nil, let view = table else {
            if let refusal = refusalToEdit { message = StatusMessage(text: refusal, isError: true) }
            return
        }
        let fields = view.description.columns.filter { !$0.isGenerated }
            .map { AddRowState.Field(column: $0) }
        mode = .addRow(AddRowState(fields: fields))
    }

    /// Keys of the add-row form: Up/Down/Tab move between fields, Ctrl-N sets NULL, Enter
    /// saves, Esc cancels. The form stays open until the row is inserted; a value that cannot
    /// be stored keeps it open with the reason next to the field.
    mutating func handleAddRowKey(_ key: KeyEvent, form: AddRowState) -> [BrowserEffect] {
        var form = form
        guard !form.fields.isEmpty, let view = table else {
            mode = .browsing
            return []
        }
        if form.isSaving {
            // Typing while the database decides would be lost or confusing; Esc still closes.
            if key == .escape { mode = .browsing }
            return []
        }
        switch key {
        case .escape:
            mode = .browsing
            return []
        case .up, .backTab:
            form.selection = max(0, form.selection - 1)
        case .down, .tab:
            form.selection = min(form.fields.count - 1, form.selection + 1)
        case .control("N"):
            form.fields[form.selection].isNull = true
            form.fields[form.selection].editor.setText("")
            form.fields[form.selection].error = nil
        case .enter:
            guard let values = parsedValues(of: &form, in: view.description) else {
                mode = .addRow(form)
                return []
            }
            form.isSaving = true
            form.error = nil
            mode = .addRow(form)
            return startWrite(isUndo: false) {
                .insertRow(generation: $0, table: view.description, values: values)
            }
        default:
            if form.fields[form.selection].editor.handle(key) {
                form.fields[form.selection].isNull = false
                form.fields[form.selection].error = nil
                form.error = nil
            }
        }
        mode = .addRow(form)
        return []
    }

    /// The values typed into the form, or `nil` after marking every field that cannot be
    /// stored (the first such field gets the cursor).
    private func parsedValues(of form: inout AddRowState, in description: TableDescription)
        -> [String: SQLValue]?
    {
        var values: [String: SQLValue] = [:]
        var firstProblem: Int?
        let model = model(for: description.name)
        for index in form.fields.indices {
            let field = form.fields[index]
            let name = field.column.name
            form.fields[index].error = nil
            if !field.isNull, field.editor.text.isEmpty { continue }
            switch CellValueParser.value(
                from: field.editor.text, isNull: field.isNull, column: name,
                table: description, model: model, oldValue: .null)
            {
            case .success(let value): values[name] = value
            case .failure(let error):
                form.fields[index].error = error.message
                firstProblem = firstProblem ?? index
            }
        }
        if let firstProblem {
            form.selection = firstProblem
            return nil
        }
        return values
    }
}

extension AddRowState {
    /// Shows a failed insert's message next to the field it blames (the first matching
    /// column, ignoring case), or under the form when it blames none.
    mutating func showError(_ message: String, blaming columns: [String]) {
        let blamed = columns.map { $0.lowercased() }
        if let index = fields.firstIndex(where: { blamed.contains($0.column.name.lowercased()) }) {
            fields[index].error = message
            selection = index
            error = nil
        } else {
            error = message
        }
    }
}
