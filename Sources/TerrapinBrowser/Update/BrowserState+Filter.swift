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
            let text = bar.editor.text.trimmingCharacters(in: .whitespaces)
            if case .failure(let error) = parseFilter(text) {
                bar.error = error.message
            } else {
                bar.error = nil
            }
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

    /// Completes the column name (or lookup name after `__`) before the cursor.
    private func complete(_ bar: inout FilterBarState) {
        guard let view = table else { return }
        let characters = bar.editor.characters
        var start = bar.editor.cursor
        while start > 0,
            characters[start - 1].isLetter || characters[start - 1].isNumber
                || characters[start - 1] == "_"
        {
            start -= 1
        }
        let word = String(characters[start..<bar.editor.cursor])
        var candidates: [String]
        var replaceFrom = start
        if let separator = word.range(of: "__", options: .backwards) {
            let typed = String(word[separator.upperBound...])
            replaceFrom = start + word.distance(from: word.startIndex, to: separator.upperBound)
            candidates = Lookup.allCases.map(\.rawValue).filter { $0.hasPrefix(typed) }
        } else {
            candidates = view.columnNames.filter {
                $0.lowercased().hasPrefix(word.lowercased())
            }
        }
        guard !candidates.isEmpty else {
            bar.completions = []
            return
        }
        let completion =
            candidates.count == 1
            ? (replaceFrom == start
                ? QueryPredicate.lookupTextFieldName(candidates[0]) : candidates[0])
            : Self.commonPrefix(candidates)
        if completion.count >= bar.editor.cursor - replaceFrom {
            bar.editor.replaceRange(replaceFrom..<bar.editor.cursor, with: completion)
        }
        bar.completions = candidates.count == 1 ? [] : candidates
    }

    /// The longest prefix shared by every string (case-sensitive).
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first else { return "" }
        for string in strings.dropFirst() {
            while !string.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// `=` keeps rows whose current column equals the current cell; `!` drops them. A BLOB
    /// cell filters on its bytes (`Cover=x'89504e47'`), as typing that in `/` does.
    mutating func filterOnCurrentCell(excluding: Bool) -> [BrowserEffect] {
        guard var view = table, let row = view.currentRow, let column = view.currentColumn,
            let value = row[column]
        else { return [] }
        let condition: QueryPredicate =
            value.isNull
            ? .condition(field: column, lookup: .isnull, operands: [.integer(1)])
            : .condition(field: column, lookup: .exact, operands: [value])
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
