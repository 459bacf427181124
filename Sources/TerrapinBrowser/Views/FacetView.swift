import TerminalUI
import TerrapinCore

/// The facet panel over the grid: the column's values (or ranges, years, months) with their
/// counts, a bar and a share of the rows counted, and what was counted (a sample, every row,
/// still counting).
///
/// ```
/// ╔ Facet · genreId · values ═══════════════════════╗
/// ║ 25 values in 2,000 rows                         ║
/// ║                                                 ║
/// ║ 1                  143  ██████████        7.2%  ║
/// ║ ∅                   50  ███               2.5%  ║
/// ╚═════════════════════════════════════════════════╝
/// ```
enum FacetView {
    /// Lines above the list: the summary and a blank line.
    private static let headerLines = 2

    /// The widths of a list line's parts: label, count, bar, share.
    struct Columns {
        var label: Int
        var count: Int
        var bar: Int
        var share = 6

        /// The inside width they need, with a margin and gaps.
        var width: Int { 1 + label + 1 + count + 2 + bar + 1 + share + 1 }
    }

    /// Each bucket's label as drawn: its own (a range, a year, a month) or its value's cell
    /// text. Computed once per frame and handed to ``dialog(in:facet:labels:ascii:)`` and
    /// ``columns(for:labels:maxWidth:)``.
    static func labels(of facet: FacetState, ascii: Bool) -> [String] {
        (facet.result?.buckets ?? []).map {
            $0.label ?? CellText.cell($0.value, usesASCII: ascii)
        }
    }

    /// The parts' widths for the panel's lines: labels (``labels(of:ascii:)``) as wide as
    /// the widest (within what `maxWidth` leaves them).
    static func columns(for facet: FacetState, labels: [String], maxWidth: Int) -> Columns {
        let top = facet.result?.buckets.map(\.count).max() ?? 0
        let count = max(5, DisplayWidth.of(top.formatted(grouping: true)))
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var columns = Columns(label: max(12, widest), count: count, bar: 20)
        let spare = maxWidth - columns.width
        if spare < 0 {
            columns.bar = max(0, columns.bar + spare)
            columns.label = max(4, columns.label + min(0, maxWidth - columns.width))
        }
        return columns
    }

    /// The panel's box for `area` (the grid's box), fitted to the bucket `labels`.
    static func dialog(in area: Rect, facet: FacetState, labels: [String], ascii: Bool)
        -> Dialog
    {
        let lines = max(3, facet.result?.buckets.count ?? 3)
        let inside = columns(for: facet, labels: labels, maxWidth: area.width - 2).width
        return Dialog(
            title: "Facet · \(CellText.name(facet.column, usesASCII: ascii)) · "
                + facet.bucketing.title,
            width: min(area.width, max(56, inside + 2)),
            height: min(area.height, lines + headerLines + 2), border: ascii ? .ascii : .double)
    }

    /// How many list lines the panel shows at most in `area`.
    static func visibleLines(in area: Rect) -> Int {
        max(1, area.height - 2 - headerLines)
    }

    /// The line saying what was counted.
    static func summary(_ state: BrowserState, facet: FacetState) -> (String, Style) {
        let ascii = state.usesASCII
        let elapsed = max(0, state.tick - facet.startTick)
        let seconds = "\(elapsed / 10).\(elapsed % 10) s"
        let spinner = Spinner(isASCII: ascii).frame(at: state.tick)
        switch facet.phase {
        case .failed(let text): return (text, Theme.error)
        case .stopped(let text): return (text, Theme.info)
        case .sampling:
            return (
                "\(spinner) counting the first "
                    + "\(FacetState.sampleLimit.formatted(grouping: true)) rows… \(seconds)",
                Theme.dim
            )
        case .counting:
            guard let result = facet.result else {
                return ("\(spinner) counting… \(seconds) (Esc cancels)", Theme.dim)
            }
            return (
                "\(spinner) first \(result.rowCount.formatted(grouping: true)) rows (a sample); "
                    + "counting every row… \(seconds) (Esc stops)", Theme.dim
            )
        case .done:
            guard let result = facet.result else { return ("", Theme.dim) }
            return (describe(result, bucketing: facet.bucketing), Theme.dim)
        }
    }

    /// `25 values in 2,000 rows`, `the 50 largest of 1,204 values in 3,503 rows`.
    static func describe(_ result: FacetResult, bucketing: FacetBucketing) -> String {
        let rows =
            "\(result.rowCount.formatted(grouping: true)) row"
            + (result.rowCount == 1 ? "" : "s")
        guard result.groupCount > 0 else { return "No rows." }
        let noun = bucketing.title
        let groups = result.groupCount.formatted(grouping: true)
        if result.buckets.count < result.groupCount {
            return bucketing == .values
                ? "the \(result.buckets.count) largest of \(groups) \(noun) in \(rows)"
                : "the first \(result.buckets.count) of \(groups) \(noun) in \(rows)"
        }
        return "\(groups) \(result.groupCount == 1 ? String(noun.dropLast()) : noun) in \(rows)"
    }

    /// Draws the panel centered over `area`.
    static func draw(
        _ state: BrowserState, facet: FacetState, into buffer: inout ScreenBuffer, in area: Rect
    ) {
        let ascii = state.usesASCII
        let labels = Self.labels(of: facet, ascii: ascii)
        let inner = dialog(in: area, facet: facet, labels: labels, ascii: ascii)
            .draw(into: &buffer, in: area)
        guard inner.height >= 1, inner.width >= 10 else { return }
        let (text, style) = summary(state, facet: facet)
        let summaryLines = TextWrap.lines(text, width: inner.width - 2)
        buffer.put(
            summaryLines.first ?? "", x: inner.x + 1, y: inner.y, style: style,
            maxWidth: inner.width - 2)
        if summaryLines.count > 1, inner.height > 1 {
            buffer.put(
                summaryLines[1], x: inner.x + 1, y: inner.y + 1, style: style,
                maxWidth: inner.width - 2)
        }
        guard let result = facet.result, !result.buckets.isEmpty else { return }
        let listY = inner.y + headerLines
        let visible = max(0, inner.maxY - listY)
        guard visible > 0 else { return }
        let first = max(0, min(facet.selection - visible + 1, result.buckets.count - visible))
        let top = result.buckets.map(\.count).max() ?? 1
        let widths = columns(for: facet, labels: labels, maxWidth: inner.width)
        let countWidth = widths.count
        let shareWidth = widths.share
        let barWidth = widths.bar
        // Labels take what the others leave (the box is at least wide enough for them).
        let labelWidth = max(4, inner.width - widths.width + widths.label)
        for (row, index) in result.buckets.indices.dropFirst(first).prefix(visible).enumerated() {
            let bucket = result.buckets[index]
            let y = listY + row
            let isSelected = index == facet.selection
            var x = inner.x + 1
            let label = labels[index]
            let labelStyle =
                isSelected ? Theme.selected : (bucket.value.isNull ? Theme.dim : .plain)
            buffer.put(
                DisplayWidth.pad(
                    label, toWidth: labelWidth, ellipsis: CellText.cutMark(usesASCII: ascii)),
                x: x, y: y, style: labelStyle, maxWidth: labelWidth)
            x += labelWidth + 1
            buffer.put(
                DisplayWidth.pad(
                    bucket.count.formatted(grouping: true), toWidth: countWidth,
                    alignment: .right),
                x: x, y: y, style: isSelected ? Theme.cursorRow : .plain)
            x += countWidth + 2
            let filled = top > 0 ? (bucket.count * barWidth + top - 1) / top : 0
            buffer.put(
                String(repeating: ascii ? "#" : "█", count: min(barWidth, filled)), x: x, y: y,
                style: Theme.key)
            x += barWidth + 1
            let share =
                result.rowCount > 0 ? Double(bucket.count) * 100 / Double(result.rowCount) : 0
            buffer.put(
                DisplayWidth.pad(percent(share), toWidth: shareWidth, alignment: .right),
                x: x, y: y, style: Theme.dim)
        }
        if first + visible < result.buckets.count {
            let more = ascii ? " v more " : " ↓ more "
            buffer.put(
                more, x: inner.maxX - DisplayWidth.of(more) - 1, y: inner.maxY, style: Theme.key)
        }
    }

    /// `7.2%`, `<0.1%`, `100%`.
    static func percent(_ share: Double) -> String {
        if share >= 99.95 { return "100%" }
        if share > 0, share < 0.05 { return "<0.1%" }
        let tenths = Int((share * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The keys of the panel for the bottom line.
    static func hints(for facet: FacetState) -> [(String, String)] {
        var hints: [(String, String)] = [("Enter", "filter"), ("!", "exclude")]
        if facet.choices.count > 1 {
            let index = facet.choices.firstIndex(of: facet.bucketing) ?? 0
            hints.append(("b", facet.choices[(index + 1) % facet.choices.count].title))
        }
        hints.append(("j/k", "move"))
        hints.append(("Esc", facet.isRunning && facet.result != nil ? "stop" : "close"))
        return hints
    }
}
