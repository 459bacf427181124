import TerminalUI
import TerrapinCore

/// The fields of a registered model and their metadata.
enum ModelInfoView {
    /// The description lines of a model's fields.
    static func lines(of schema: ModelSchema) -> [String] {
        var lines = ["table \(schema.tableName)"]
        if !schema.ordering.isEmpty {
            lines.append("ordering " + schema.ordering.joined(separator: ", "))
        }
        lines.append("")
        for column in schema.columns {
            var facts = [column.swiftTypeName, column.type.rawValue]
            if column.name != column.fieldName { facts.append("column \(column.name)") }
            if column.isPrimaryKey { facts.append("primary key") }
            if column.isNullable { facts.append("nullable") } else { facts.append("required") }
            if let maxLength = column.maxLength { facts.append("max \(maxLength)") }
            if column.isUnique { facts.append("unique") }
            if column.isIndexed { facts.append("indexed") }
            if let value = column.defaultValue {
                facts.append("default \(value.literalDescription)")
            }
            if let key = column.foreignKey { facts.append("→ \(key.table).\(key.column)") }
            if let allowed = column.allowedValues {
                facts.append("one of " + allowed.map(\.description).joined(separator: "|"))
            }
            lines.append("\(column.fieldName): " + facts.joined(separator: ", "))
        }
        lines.append("")
        lines.append("Enter opens the table · Esc closes")
        return lines
    }

    /// Draws the model's fields in a dialog.
    static func draw(
        _ schema: ModelSchema, scroll: Int, ascii: Bool, into buffer: inout ScreenBuffer,
        in area: Rect
    ) {
        let text = lines(of: schema)
        let width = min(area.width, max(50, (text.map { DisplayWidth.of($0) }.max() ?? 40) + 4))
        let inner = Dialog(
            title: "Model \(schema.modelName)", width: width,
            height: min(area.height, text.count + 2),
            border: ascii ? .ascii : .double
        ).draw(into: &buffer, in: area)
        let wrapped = text.flatMap { TextWrap.lines($0, width: max(1, inner.width - 2)) }
        let first = min(max(0, scroll), max(0, wrapped.count - inner.height))
        for (row, line) in wrapped.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1)
        }
    }
}

/// The Swift code and SQL of the current view (`c`).
enum CodeView {
    /// Draws the code in a dialog.
    static func draw(
        _ code: CodeViewState, ascii: Bool, into buffer: inout ScreenBuffer, in area: Rect
    ) {
        let inner = Dialog(
            title: "Swift code and SQL (Esc closes)", width: min(area.width, 100),
            height: area.height, border: ascii ? .ascii : .double
        ).draw(into: &buffer, in: area)
        guard inner.width > 2 else { return }
        var lines: [(String, Style)] = [("Swift", Theme.heading)]
        let swift = code.swift.isEmpty ? "…" : code.swift
        lines += swift.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            TextWrap.lines(String($0), width: inner.width - 2).map { ($0, Style.plain) }
        }
        lines.append(("", .plain))
        lines.append(("SQL", Theme.heading))
        let sql = code.sql.isEmpty ? "…" : code.sql
        lines += TextWrap.lines(sql, width: inner.width - 2).map { ($0, Style.plain) }
        let first = min(max(0, code.scroll), max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.put(
                line.0, x: inner.x + 1, y: inner.y + row, style: line.1, maxWidth: inner.width - 1)
        }
    }
}
