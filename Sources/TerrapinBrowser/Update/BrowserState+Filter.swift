import Foundation
import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Opens the `/` filter bar with the current filter's text.
    mutating func openFilterBar() {
        guard let view = table else { return }
        mode = .filterBar(FilterBarState(editor: LineEditor(text: view.filterText)))
    }

    /// Keys of the filter bar: editing, Tab to complete a column name, Enter to apply, Esc to
    /// leave the filter as it was.
    mutating func handleFilterBarKey(_ key: KeyEvent, bar: FilterBarState) -> [BrowserEffect] {
        var bar = bar
        switch key {
        case .escape:
            mode = .browsing
            return []
        case .enter:
            let text = bar.editor.text.trimmingCharacters(in: .whitespaces)
            switch parseFilter(text) {
            case .success(let predicate):
                mode = .browsing
                table?.filterText = text
                table?.predicate = predicate
                return reloadView()
            case .failure(let error):
                bar.error = error.message
                mode = .filterBar(bar)
                return []
            }
        case .tab:
            complete(&bar)
        default:
            bar.editor.handle(key)
            bar.completions = []
            refreshError(&bar)
        }
        mode = .filterBar(bar)
        return []
    }

    /// Parses lookup text and resolves its field names to the open table's columns (exact
    /// spelling first, then ignoring case, as SQLite does): the predicate names the columns
    /// as the table spells them.
    func parseFilter(_ text: String) -> Result<QueryPredicate?, FilterError> {
        guard !text.isEmpty else { return .success(nil) }
        let predicate: QueryPredicate?
        do {
            predicate = try QueryPredicate.parse(lookupText: text)
        } catch {
            return .failure(FilterError(message: Self.describeFilterError(error)))
        }
        guard let predicate, let view = table else { return .success(predicate) }
        var columns: [String: String] = [:]
        for field in predicate.fieldNames where columns[field] == nil {
            switch view.resolveColumn(field) {
            case .success(let column): columns[field] = column
            case .failure(let error): return .failure(error)
            }
        }
        return .success(predicate.mapFields { columns[$0] ?? $0 })
    }

    /// The user's words for a parse error.
    static func describeFilterError(_ error: any Error) -> String {
        if let syntax = error as? LookupSyntaxError { return syntax.description }
        if let terrapin = error as? TerrapinError { return terrapin.description }
        return String(describing: error)
    }

    /// Tab: completes the column name (or the lookup name after `__`) before the cursor,
    /// ignoring case. A single candidate is written out whole; several complete to their
    /// common prefix and are listed on the status line. The inline error is then
    /// recomputed for the completed text.
    private func complete(_ bar: inout FilterBarState) {
        guard let view = table else { return }
        let context = QueryPredicate.completionContext(
            in: bar.editor.text, cursor: bar.editor.cursor)
        let names: [String]
        let isFieldName: Bool
        switch context.kind {
        case .fieldName:
            names = view.columnNames
            isFieldName = true
            bar.completionTitle = "Columns"
        case .lookupName:
            names = Lookup.allCases.map(\.rawValue)
            isFieldName = false
            bar.completionTitle = "Lookups"
        case .value, .none:
            bar.completions = []
            return
        }
        let typed = TableViewState.foldingASCIICase(context.prefix)
        let candidates = names.filter { TableViewState.foldingASCIICase($0).hasPrefix(typed) }
        guard let first = candidates.first else {
            bar.completions = []
            return
        }
        let completion: String
        if candidates.count == 1 {
            completion = isFieldName ? QueryPredicate.lookupTextFieldName(first) : first
        } else {
            let prefix = Self.commonPrefix(candidates)
            completion = isFieldName ? Self.openFieldName(prefix) : prefix
        }
        bar.editor.replaceRange(context.range, with: completion)
        bar.completions = candidates.count == 1 ? [] : candidates
        refreshError(&bar)
    }

    /// Recomputes the filter bar's inline error for its current text.
    private func refreshError(_ bar: inout FilterBarState) {
        let text = bar.editor.text.trimmingCharacters(in: .whitespaces)
        if case .failure(let error) = parseFilter(text) {
            bar.error = error.message
        } else {
            bar.error = nil
        }
    }

    /// The start of a field name as lookup text: as is when it is a plain identifier, else
    /// after an opening backtick (left open, so that typing or Tab can go on).
    static func openFieldName(_ prefix: String) -> String {
        let written = QueryPredicate.lookupTextFieldName(prefix)
        guard written != prefix, written.hasSuffix("`") else { return prefix }
        return String(written.dropLast())
    }

    /// The longest prefix shared by every string, ignoring ASCII case, spelled as in the
    /// first string.
    static func commonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var length = first.count
        let folded = TableViewState.foldingASCIICase(first)
        for string in strings.dropFirst() {
            let other = TableViewState.foldingASCIICase(string)
            length = min(
                length, zip(folded, other).prefix { $0 == $1 }.count)
        }
        return String(first.prefix(length))
    }

    /// `=` keeps rows whose current column equals the current cell; `!` drops them. A BLOB
    /// cell filters on its bytes (`Cover=x'89504e47'`), as typing that in `/` does.
    mutating func filterOnCurrentCell(excluding: Bool) -> [BrowserEffect] {
        guard let view = table, let row = view.currentRow, let column = view.currentColumn,
            let value = row[column]
        else { return [] }
        return addToFilter(.equalityCondition(column, value), excluding: excluding)
    }

    /// ANDs `condition` (or, `excluding`, its negation) onto the active filter, shows the
    /// filter as lookup text, and reloads the view from its first page.
    ///
    /// - Parameters:
    ///   - condition: The condition to add.
    ///   - excluding: Whether to add its negation instead (drop the rows it matches).
    /// - Returns: The effects of the reload.
    mutating func addToFilter(_ condition: QueryPredicate, excluding: Bool) -> [BrowserEffect] {
        guard var view = table else { return [] }
        let added = excluding ? !condition : condition
        let predicate = view.predicate.map { $0 && added } ?? added
        view.predicate = predicate
        view.filterText = predicate.lookupText
        table = view
        return reloadView()
    }
}

/// Why filter text cannot be applied, in the user's words.
struct FilterError: Error, Sendable, Hashable {
    /// The message shown inline.
    var message: String
}
