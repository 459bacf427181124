import Foundation
import TerminalUI
import TerrapinCore

extension BrowserState {
    /// The operators offered for a column, by its type.
    static func lookups(for type: SQLType) -> [Lookup] {
        switch type {
        case .integer, .real, .timestamp:
            return [.exact, .not, .gt, .gte, .lt, .lte, .range, .in, .notIn, .isnull]
        case .text, .uuid:
            return [
                .icontains, .exact, .iexact, .not, .contains, .istartswith, .startswith,
                .iendswith, .endswith, .gt, .lt, .in, .notIn, .isnull,
            ]
        case .boolean:
            return [.exact, .not, .isnull]
        case .blob:
            return [.isnull, .exact, .not, .gt, .lt, .in]
        }
    }

    /// The type of a column of the open table; a name that is no column (the driver's hidden
    /// row key) is taken for an integer, as SQLite's rowid is.
    func columnType(_ column: String) -> SQLType {
        guard let view = table else { return .text }
        if let field = model(for: view.description.name)?.column(named: column) {
            return field.type
        }
        return view.description.column(named: column)?.logicalType ?? .integer
    }

    /// `F`: the filter builder, starting from the active filter when the builder can show it
    /// (a flat AND or OR of conditions it offers), else from a condition on the current
    /// column with a note saying why; asks for the live count at once.
    mutating func openFilterBuilder() -> [BrowserEffect] {
        guard let view = table, !view.columnNames.isEmpty else { return [] }
        switch builderState(showing: view.predicate) {
        case .success(let builder):
            return refreshBuilder(builder)
        case .failure(let reason):
            var builder = FilterBuilderState(conditions: [defaultBuilderCondition()])
            builder.note = reason.message
            return refreshBuilder(builder)
        }
    }

    /// A condition on the current column with the first operator offered for its type.
    func defaultBuilderCondition() -> FilterBuilderState.Condition {
        guard let view = table, !view.columnNames.isEmpty else {
            return FilterBuilderState.Condition(column: 0, lookup: .exact)
        }
        let column = max(0, min(view.cursorColumn, view.columnNames.count - 1))
        let type = columnType(view.columnNames[column])
        return FilterBuilderState.Condition(column: column, lookup: Self.lookups(for: type)[0])
    }

    /// Keys of the filter builder. Tab moves between column, operator and value; Left/Right
    /// choose a column or operator; Up/Down choose a condition; Ctrl-N adds one, Ctrl-X
    /// removes one, Ctrl-O switches AND/OR, Ctrl-T negates the current condition; Enter
    /// applies; Esc cancels.
    mutating func handleFilterBuilderKey(_ key: KeyEvent, builder: FilterBuilderState)
        -> [BrowserEffect]
    {
        guard let view = table, !view.columnNames.isEmpty else {
            mode = .browsing
            return []
        }
        var builder = builder
        let columns = view.columnNames
        switch key {
        case .escape:
            mode = .browsing
            return cancelBuilderCount()
        case .enter:
            switch builderPredicate(builder) {
            case .failure(let error):
                builder.error = error.message
                mode = .filterBuilder(builder)
                return []
            case .success(let predicate):
                var effects = cancelBuilderCount()
                mode = .browsing
                table?.predicate = predicate
                table?.filterText = predicate?.lookupText ?? ""
                effects += reloadView()
                return effects
            }
        case .tab:
            builder.part =
                FilterBuilderState.Part(rawValue: (builder.part.rawValue + 1) % 3) ?? .column
            mode = .filterBuilder(builder)
            return []
        case .backTab:
            builder.part =
                FilterBuilderState.Part(rawValue: (builder.part.rawValue + 2) % 3) ?? .column
            mode = .filterBuilder(builder)
            return []
        case .up:
            builder.selection = max(0, builder.selection - 1)
            mode = .filterBuilder(builder)
            return []
        case .down:
            builder.selection = min(builder.conditions.count - 1, builder.selection + 1)
            mode = .filterBuilder(builder)
            return []
        case .control("N"):
            let column = builder.conditions[builder.selection].column
            builder.conditions.append(
                FilterBuilderState.Condition(
                    column: column, lookup: Self.lookups(for: columnType(columns[column]))[0]))
            builder.selection = builder.conditions.count - 1
            builder.part = .column
        case .control("X"):
            if builder.conditions.count > 1 {
                builder.conditions.remove(at: builder.selection)
                builder.selection = min(builder.selection, builder.conditions.count - 1)
            } else {
                builder.conditions[0].value.setText("")
            }
        case .control("O"):
            builder.usesOr.toggle()
        case .control("T"):
            builder.conditions[builder.selection].isNegated.toggle()
        case .left, .right:
            let step = key == .left ? -1 : 1
            var condition = builder.conditions[builder.selection]
            switch builder.part {
            case .column:
                condition.column = (condition.column + step + columns.count) % columns.count
                let offered = Self.lookups(for: columnType(columns[condition.column]))
                if !offered.contains(condition.lookup) { condition.lookup = offered[0] }
            case .lookup:
                let offered = Self.lookups(for: columnType(columns[condition.column]))
                let index = offered.firstIndex(of: condition.lookup) ?? 0
                condition.lookup = offered[(index + step + offered.count) % offered.count]
            case .value:
                condition.value.handle(key)
            }
            builder.conditions[builder.selection] = condition
        default:
            guard builder.part == .value else {
                mode = .filterBuilder(builder)
                return []
            }
            builder.conditions[builder.selection].value.handle(key)
        }
        return refreshBuilder(builder)
    }

    /// Re-validates the builder and asks for a fresh live count (none when the builder
    /// describes the view on screen and its count is known).
    private mutating func refreshBuilder(_ builder: FilterBuilderState) -> [BrowserEffect] {
        var builder = builder
        var effects = cancelBuilderCount()
        builder.matchCount = nil
        switch builderPredicate(builder) {
        case .failure(let error):
            builder.error = error.message
        case .success(let predicate):
            builder.error = nil
            if let view = table, predicate == view.predicate, let count = view.totalCount {
                builder.matchCount = count
            } else if let view = table {
                let generation = nextGeneration()
                inFlight.builderCount = generation
                effects.append(
                    .countBuilderMatches(
                        generation: generation,
                        QueryRequest(table: view.description, predicate: predicate, ordering: [])))
            }
        }
        mode = .filterBuilder(builder)
        return effects
    }

    /// Cancels the builder's live count in flight.
    private mutating func cancelBuilderCount() -> [BrowserEffect] {
        guard let old = inFlight.builderCount else { return [] }
        inFlight.builderCount = nil
        return [.cancel(generation: old)]
    }

    /// The predicate the builder describes; conditions without a value are left out.
    func builderPredicate(_ builder: FilterBuilderState) -> Result<QueryPredicate?, FilterError> {
        var parts: [QueryPredicate] = []
        for condition in builder.conditions {
            switch builderPredicate(of: condition) {
            case .failure(let error): return .failure(error)
            case .success(nil): continue
            case .success(let part?): parts.append(condition.isNegated ? !part : part)
            }
        }
        guard !parts.isEmpty else { return .success(nil) }
        return .success(parts.count == 1 ? parts[0] : (builder.usesOr ? .or(parts) : .and(parts)))
    }

    /// The predicate of one condition, without its negation; `nil` when it has no value.
    private func builderPredicate(of condition: FilterBuilderState.Condition)
        -> Result<QueryPredicate?, FilterError>
    {
        guard let view = table, view.columnNames.indices.contains(condition.column) else {
            return .success(nil)
        }
        let column = view.columnNames[condition.column]
        let text = condition.value.text
        if condition.lookup == .isnull {
            let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
            let isNull = !(lowered == "false" || lowered == "0" || lowered == "no")
            return .success(
                .condition(field: column, lookup: .isnull, operands: [.integer(isNull ? 1 : 0)]))
        }
        if text.isEmpty { return .success(nil) }
        let pieces =
            condition.lookup.takesList
            ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            : [text]
        if condition.lookup == .range, pieces.count != 2 {
            return .failure(FilterError(message: "\(column)__range takes two values: low, high."))
        }
        let type = columnType(column)
        var operands: [SQLValue] = []
        for piece in pieces {
            if condition.lookup.isPattern || type == .text {
                operands.append(.text(piece))
                continue
            }
            switch CellValueParser.value(
                from: piece, isNull: false, column: column, table: view.description,
                model: nil, oldValue: .null)
            {
            case .success(let value): operands.append(value)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(.condition(field: column, lookup: condition.lookup, operands: operands))
    }
}
