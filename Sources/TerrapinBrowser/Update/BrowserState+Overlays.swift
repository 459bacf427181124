import Foundation
import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Keys of the help overlay: scroll, or close with Esc, `q` or `?`.
    mutating func handleHelpKey(_ key: KeyEvent, scroll: Int) {
        switch key {
        case .escape, .character("q"), .character("?"), .enter: mode = .browsing
        case .down, .character("j"): mode = .help(scroll: scroll + 1)
        case .up, .character("k"): mode = .help(scroll: max(0, scroll - 1))
        case .pageDown, .control("F"), .character(" "): mode = .help(scroll: scroll + 10)
        case .pageUp, .control("B"): mode = .help(scroll: max(0, scroll - 10))
        default: break
        }
    }

    /// Enter on a row: the record view, loading the rows its foreign keys refer to.
    mutating func openRecord() -> [BrowserEffect] {
        guard let view = table, let row = view.currentRow else { return [] }
        mode = .record(RecordViewState(row: row))
        let references = referenceRequests(for: row, in: view.description)
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
            conditions.append(.condition(field: destination, lookup: .exact, operands: [value]))
        }
        let predicate = conditions.count == 1 ? conditions[0] : .and(conditions)
        return QueryRequest(table: target, predicate: predicate, ordering: [])
    }

    /// Keys of the record view: move between fields, Enter follows a foreign key, Esc closes.
    mutating func handleRecordKey(_ key: KeyEvent, record: RecordViewState) -> [BrowserEffect] {
        var record = record
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
            guard let view = table, record.row.columns.names.indices.contains(record.selection)
            else { return [] }
            let column = record.row.columns.names[record.selection]
            guard let request = referenceRequest(for: column, row: record.row, in: view.description)
            else {
                message = StatusMessage(text: "\(column) is not a foreign key.", isError: false)
                mode = .record(record)
                return []
            }
            return openTable(request.table, predicate: request.predicate)
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
        effects.append(.describeQuery(generation: generation, view.query, pageSize: pageSize))
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
