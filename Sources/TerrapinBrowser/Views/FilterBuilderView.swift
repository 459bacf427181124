import TerminalUI
import TerrapinCore

/// The filter builder dialog: conditions (each may be negated), AND/OR, the lookup text, a
/// live count, and why it did not start from the active filter when it could not.
enum FilterBuilderView {
    /// Draws the dialog; returns the cursor when a value is being typed.
    static func draw(
        _ state: BrowserState, builder: FilterBuilderState, into buffer: inout ScreenBuffer,
        in area: Rect
    ) -> CursorPosition? {
        guard let view = state.table else { return nil }
        let height = min(area.height, builder.conditions.count + 10)
        let inner = Dialog(
            title: "Filter builder · \(view.description.name)", width: min(area.width, 90),
            height: height, border: state.usesASCII ? .ascii : .double
        ).draw(into: &buffer, in: area)
        guard inner.height > 6, inner.width > 20 else { return nil }
        let header = builder.usesOr ? "any of these, joined by OR" : "all of these, joined by AND"
        buffer.put(header, x: inner.x + 1, y: inner.y, style: Theme.heading)
        var cursor: CursorPosition?
        let columnWidth = min(20, max(8, view.columnNames.map { DisplayWidth.of($0) }.max() ?? 8))
        let lookupWidth = 12
        for (index, condition) in builder.conditions.enumerated().prefix(inner.height - 7) {
            let y = inner.y + 2 + index
            let isSelected = index == builder.selection
            var x = inner.x + 1
            x += buffer.put(isSelected ? "▸ " : "  ", x: x, y: y, style: Theme.key)
            x += buffer.put(condition.isNegated ? "NOT " : "    ", x: x, y: y, style: Theme.key)
            let column =
                view.columnNames.indices.contains(condition.column)
                ? view.columnNames[condition.column] : "?"
            func style(_ part: FilterBuilderState.Part) -> Style {
                isSelected && builder.part == part ? Theme.selected : Style(attributes: .underline)
            }
            buffer.put(
                DisplayWidth.pad("‹\(column)›", toWidth: columnWidth + 2), x: x, y: y,
                style: style(.column))
            x += columnWidth + 3
            buffer.put(
                DisplayWidth.pad("‹\(condition.lookup.rawValue)›", toWidth: lookupWidth),
                x: x, y: y, style: style(.lookup))
            x += lookupWidth + 1
            let valueWidth = max(1, inner.maxX - x - 1)
            let layout = condition.value.layout(width: valueWidth)
            let shown =
                layout.visibleText.isEmpty && !(isSelected && builder.part == .value)
                ? (condition.lookup == .isnull
                    ? "true" : "value" + Theme.ellipsis(ascii: state.usesASCII))
                : layout.visibleText
            buffer.put(
                DisplayWidth.pad(shown, toWidth: valueWidth), x: x, y: y,
                style: isSelected && builder.part == .value
                    ? Style(attributes: .underline)
                    : Theme.dim.with(.underline))
            if isSelected, builder.part == .value {
                cursor = CursorPosition(x: x + layout.cursorColumn, y: y)
            }
        }
        let infoY = inner.maxY - 4
        if let note = builder.note {
            // One line, or two using the blank line under the conditions.
            let lines = TextWrap.lines(note, width: max(1, inner.width - 2)).prefix(2)
            for (index, line) in lines.enumerated() {
                buffer.put(
                    line, x: inner.x + 1, y: infoY - lines.count + index, style: Theme.dim,
                    maxWidth: inner.width - 2)
            }
        }
        switch state.builderPredicate(builder) {
        case .success(let predicate):
            buffer.put(
                "Lookup: " + (predicate?.lookupText ?? "(all rows)"), x: inner.x + 1,
                y: infoY, maxWidth: inner.width - 2)
        case .failure:
            break
        }
        if let error = builder.error {
            buffer.put(
                error, x: inner.x + 1, y: infoY + 1, style: Theme.error,
                maxWidth: inner.width - 2)
        } else {
            let count =
                builder.matchCount.map {
                    "\($0.formatted(grouping: true)) \($0 == 1 ? "row matches" : "rows match")"
                }
                ?? "counting" + Theme.ellipsis(ascii: state.usesASCII)
            buffer.put(count, x: inner.x + 1, y: infoY + 1, style: Theme.info)
        }
        buffer.put(
            "Tab part · ←→ choose · ↑↓ row · ^N add · ^X remove · ^O and/or · ^T not row",
            x: inner.x + 1, y: inner.maxY - 2, style: Theme.dim, maxWidth: inner.width - 2)
        buffer.put(
            "Enter applies · Esc cancels", x: inner.x + 1, y: inner.maxY - 1,
            style: Theme.dim, maxWidth: inner.width - 2)
        return cursor
    }
}
