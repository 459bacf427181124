import Foundation
import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Keys of the help overlay: scroll (up to its last line), or close with Esc, `q` or `?`.
    mutating func handleHelpKey(_ key: KeyEvent, scroll: Int) {
        let last = HelpView.maximumScroll(in: layout.overlay, ascii: usesASCII)
        switch key {
        case .escape, .character("q"), .character("?"), .enter: mode = .browsing
        case .down, .character("j"): mode = .help(scroll: min(last, scroll + 1))
        case .up, .character("k"): mode = .help(scroll: max(0, scroll - 1))
        case .pageDown, .control("F"), .character(" "): mode = .help(scroll: min(last, scroll + 10))
        case .pageUp, .control("B"): mode = .help(scroll: max(0, scroll - 10))
        case .home, .character("g"): mode = .help(scroll: 0)
        case .end, .character("G"): mode = .help(scroll: last)
        default: break
        }
    }

    /// Enter on a row: the record view, loading the rows its foreign keys refer to.
    mutating func openRecord() -> [BrowserEffect] {
        guard let view = table, let row = view.currentRow else { return [] }
        let references = referenceRequests(for: row, in: view.description)
        mode = .record(RecordViewState(row: row, hasLoadedReferences: references.isEmpty))
        guard !references.isEmpty else { return [] }
        var effects: [BrowserEffect] = []
        if let old = inFlight.references { effects.append(.cancel(generation: old)) }
        let generation = nextGeneration()
        inFlight.references = generation
        effects.append(.loadReferences(generation: generation, references))
        return effects
    }

    /// For each foreign-key column of `row` with a value, the query of the row it refers to.
    func referenceRequests(for row: DynamicRow, in description: TableDescription)
        -> [String: QueryRequest]
    {
        var requests: [String: QueryRequest] = [:]
        for foreignKey in description.foreignKeys {
            guard let column = foreignKey.columns.first,
                let request = referenceRequest(for: column, row: row, in: description)
            else { continue }
            requests[column] = request
        }
        return requests
    }

    /// The query of the row that `column`'s foreign key points to from `row`.
    func referenceRequest(for column: String, row: DynamicRow, in description: TableDescription)
        -> QueryRequest?
    {
        guard let foreignKey = description.foreignKey(for: column),
            let target = table(named: foreignKey.referencedTable)
        else { return nil }
        let targetColumns =
            foreignKey.referencedColumns.isEmpty ? target.rowKey : foreignKey.referencedColumns
        guard targetColumns.count == foreignKey.columns.count else { return nil }
        var conditions: [QueryPredicate] = []
        for (source, destination) in zip(foreignKey.columns, targetColumns) {
            guard let value = row[source], !value.isNull else { return nil }
            // `REFERENCES Sense(id)` may name a column spelled `ID`: SQLite ignores the case.
            let column = target.column(named: destination)?.name ?? destination
            conditions.append(.condition(field: column, lookup: .exact, operands: [value]))
        }
        let predicate = conditions.count == 1 ? conditions[0] : .and(conditions)
        return QueryRequest(table: target, predicate: predicate, ordering: [])
    }

    /// Keys of the record view: move between fields, Enter follows a foreign key, Esc closes.
    /// Any key clears the previous status message.
    mutating func handleRecordKey(_ key: KeyEvent, record: RecordViewState) -> [BrowserEffect] {
        var record = record
        message = nil
        let count = record.row.values.count
        switch key {
        case .escape, .character("q"), .left, .character("h"):
            mode = .browsing
            return []
        case .down, .character("j"), .tab: record.selection = min(count - 1, record.selection + 1)
        case .up, .character("k"), .backTab: record.selection = max(0, record.selection - 1)
        case .home, .character("g"): record.selection = 0
        case .end, .character("G"): record.selection = count - 1
        case .enter:
            guard record.row.columns.names.indices.contains(record.selection) else { return [] }
            return followReference(of: record.row.columns.names[record.selection], in: record)
        default:
            break
        }
        mode = .record(record)
        return []
    }

    /// Keys of the model field list: scroll, Enter opens the model's table, Esc closes.
    mutating func handleModelInfoKey(_ key: KeyEvent, index: Int, scroll: Int) -> [BrowserEffect] {
        switch key {
        case .escape, .character("q"):
            mode = .browsing
        case .down, .character("j"): mode = .modelInfo(index: index, scroll: scroll + 1)
        case .up, .character("k"): mode = .modelInfo(index: index, scroll: max(0, scroll - 1))
        case .enter:
            mode = .browsing
            guard models.indices.contains(index) else { return [] }
            guard let description = table(named: models[index].tableName) else {
                message = StatusMessage(
                    text: "The table \(models[index].tableName) does not exist yet "
                        + "(generateSchemas() creates it).", isError: true)
                return []
            }
            rememberViewForBack()
            return openTable(description)
        default: break
        }
        return []
    }

    /// `c`: shows the Swift code and SQL of the current view.
    mutating func showCode() -> [BrowserEffect] {
        guard let view = table else { return [] }
        mode = .code(CodeViewState())
        var effects: [BrowserEffect] = []
        if let old = inFlight.code { effects.append(.cancel(generation: old)) }
        let generation = nextGeneration()
        inFlight.code = generation
        // The page on screen, as it was read: offset pages by their first row.
        let anchor = view.usesOffsetPaging ? .offset(view.pageStart ?? 0) : view.anchor
        effects.append(
            .describeQuery(
                generation: generation,
                PageRequest(query: view.query, size: pageSize, anchor: anchor)))
        return effects
    }

    /// Keys of the code view.
    mutating func handleCodeKey(_ key: KeyEvent, code: CodeViewState) -> [BrowserEffect] {
        var code = code
        switch key {
        case .down, .character("j"): code.scroll += 1
        case .up, .character("k"): code.scroll = max(0, code.scroll - 1)
        default:
            mode = .browsing
            return []
        }
        mode = .code(code)
        return []
    }
}
