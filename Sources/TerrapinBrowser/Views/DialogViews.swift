import TerminalUI
import TerrapinCore

/// The delete confirmation and the add-row form.
enum DialogViews {
    /// Asks before a destructive action: what will happen, and `y` to go ahead.
    static func drawConfirmation(
        _ confirmation: Confirmation, ascii: Bool, into buffer: inout ScreenBuffer, in area: Rect
    ) {
        let title: String
        let lines: [String]
        let note: String
        let action: String
        switch confirmation.action {
        case .deleteRow(let deletion):
            let key = SQLValue.describe(key: deletion.key)
            title = "Delete row?"
            lines = ["Delete the row \(key) of \(deletion.table.name)?"]
            note = "u undoes it afterwards."
            action = " delete   any other key keeps it"
        case .overwriteFile(let job, let bytes):
            title = "Replace file?"
            lines = [
                "\(job.path) exists (\(bytes.formatted(grouping: true)) bytes).",
                "Replace it with the \(job.format.rawValue.uppercased()) export?",
            ]
            note = "The old file stays until every row is written."
            action = " replace   any other key keeps the file"
        }
        let inner = Dialog(
            title: title, width: min(area.width, 64), height: 5 + lines.count,
            border: ascii ? .ascii : .double
        ).draw(into: &buffer, in: area)
        for (index, line) in lines.enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 2)
        }
        buffer.put(
            note, x: inner.x + 1, y: inner.y + lines.count, style: Theme.dim,
            maxWidth: inner.width - 2)
        buffer.put("y", x: inner.x + 1, y: inner.y + lines.count + 2, style: Theme.key)
        buffer.put(
            action, x: inner.x + 2, y: inner.y + lines.count + 2, maxWidth: inner.width - 3)
    }

    /// The add-row form; returns the cursor in the selected field.
    ///
    /// Each row is `name  type  value`, with a field's error after its value (or, when the
    /// field is narrow, in place of the footer). Type names get the room they need, up to a
    /// quarter of the form.
    static func drawAddRow(
        _ state: BrowserState, form: AddRowState, into buffer: inout ScreenBuffer, in area: Rect
    ) -> CursorPosition? {
        let height = min(area.height, form.fields.count + 5)
        let inner = Dialog(
            title: "Add a row to \(state.table?.description.name ?? "")",
            width: min(area.width, 100), height: height, border: state.usesASCII ? .ascii : .double
        ).draw(into: &buffer, in: area)
        guard inner.height > 3, inner.width > 10 else { return nil }
        let nameWidth = min(
            inner.width / 4, form.fields.map { DisplayWidth.of($0.column.name) }.max() ?? 4)
        let typeWidth = min(
            max(4, inner.width / 4),
            form.fields.map { DisplayWidth.of(typeLabel($0.column)) }.max() ?? 4)
        let fieldX = inner.x + 1 + nameWidth + 1 + typeWidth + 1
        let fieldWidth = max(1, inner.maxX - fieldX - 1)
        let visible = inner.height - 2
        let offset = form.selection < visible ? 0 : form.selection - visible + 1
        var cursor: CursorPosition?
        for (row, index) in form.fields.indices.dropFirst(offset).prefix(visible).enumerated() {
            let field = form.fields[index]
            let y = inner.y + row
            let isSelected = index == form.selection
            buffer.put(
                DisplayWidth.pad(field.column.name, toWidth: nameWidth), x: inner.x + 1, y: y,
                style: isSelected
                    ? Theme.selected : (field.error == nil ? Theme.heading : Theme.error))
            buffer.put(
                DisplayWidth.pad(typeLabel(field.column), toWidth: typeWidth),
                x: inner.x + 2 + nameWidth, y: y, style: Theme.dim)
            var valueWidth = 0
            if field.isNull {
                valueWidth = buffer.put("NULL", x: fieldX, y: y, style: Theme.dim)
            } else if field.editor.text.isEmpty {
                let placeholder =
                    field.column.defaultSQL.map { "default \($0)" }
                    ?? (field.column.primaryKeyPosition > 0 ? "auto" : "")
                valueWidth = buffer.put(
                    placeholder, x: fieldX, y: y, style: Theme.dim, maxWidth: fieldWidth)
            }
            let errorWidth = field.error.map { min(fieldWidth / 2, DisplayWidth.of($0) + 3) } ?? 0
            let editorWidth = max(1, fieldWidth - errorWidth)
            let layout = field.editor.layout(width: editorWidth)
            if !field.editor.text.isEmpty {
                valueWidth = buffer.put(
                    layout.visibleText, x: fieldX, y: y, style: Style(attributes: .underline))
            }
            if let error = field.error {
                let errorX = fieldX + max(min(valueWidth, editorWidth), 0) + 1
                buffer.put(
                    (state.usesASCII ? "< " : "◀ ") + error, x: errorX, y: y, style: Theme.error,
                    maxWidth: max(0, inner.maxX - errorX - 1))
            }
            if isSelected { cursor = CursorPosition(x: fieldX + layout.cursorColumn, y: y) }
        }
        let footerY = inner.maxY - 1
        if let error = form.error ?? form.fields[safe: form.selection]?.error {
            buffer.put(
                error, x: inner.x + 1, y: footerY, style: Theme.error, maxWidth: inner.width - 2)
        } else if form.isSaving {
            buffer.put(
                "Saving…", x: inner.x + 1, y: footerY, style: Theme.dim, maxWidth: inner.width - 2)
        } else {
            buffer.put(
                "Empty = default · Ctrl-N NULL · Enter saves · Esc cancels", x: inner.x + 1,
                y: footerY, style: Theme.dim, maxWidth: inner.width - 2)
        }
        return cursor
    }

    /// `pk integer`, `varchar(120)`, `any` (no declared type), lowercase.
    static func typeLabel(_ column: ColumnDescription) -> String {
        var type = column.declaredType.isEmpty ? "any" : column.declaredType.lowercased()
        if column.primaryKeyPosition > 0 { type = "pk " + type }
        return type
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
