import TerminalUI
import TerrapinCore

extension BrowserState {
    /// `a`: opens a form with one field per column (empty fields get the column's default).
    mutating func startAddingRow() {
        guard refusalToEdit == nil, let view = table else {
            if let refusal = refusalToEdit { message = StatusMessage(text: refusal, isError: true) }
            return
        }
        let fields = view.description.columns.map { AddRowState.Field(column: $0) }
        mode = .addRow(AddRowState(fields: fields))
    }

    /// Keys of the add-row form: Up/Down/Tab move between fields, Ctrl-N sets NULL, Enter
    /// saves, Esc cancels.
    mutating func handleAddRowKey(_ key: KeyEvent, form: AddRowState) -> [BrowserEffect] {
        var form = form
        guard !form.fields.isEmpty, let view = table else {
            mode = .browsing
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
        case .enter:
            var values: [String: SQLValue] = [:]
            let model = model(for: view.description.name)
            for (index, field) in form.fields.enumerated() {
                let name = field.column.name
                if !field.isNull, field.editor.text.isEmpty { continue }
                switch CellValueParser.value(
                    from: field.editor.text, isNull: field.isNull, column: name,
                    table: view.description, model: model, oldValue: .null)
                {
                case .success(let value): values[name] = value
                case .failure(let error):
                    form.error = error.message
                    form.selection = index
                    mode = .addRow(form)
                    return []
                }
            }
            mode = .browsing
            return startWrite(isUndo: false) {
                .insertRow(generation: $0, table: view.description, values: values)
            }
        default:
            if form.fields[form.selection].editor.handle(key) {
                form.fields[form.selection].isNull = false
                form.error = nil
            }
        }
        mode = .addRow(form)
        return []
    }
}
