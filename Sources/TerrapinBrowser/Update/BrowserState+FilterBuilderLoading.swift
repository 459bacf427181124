import TerminalUI
import TerrapinCore

extension BrowserState {
    /// The builder showing `predicate` (the active filter), or why it cannot: the builder
    /// holds one flat AND or OR of conditions, each optionally negated, on the table's
    /// columns with the operators it offers, and values it reads back unchanged.
    func builderState(showing predicate: QueryPredicate?) -> Result<FilterBuilderState, FilterError>
    {
        guard let predicate else {
            return .success(FilterBuilderState(conditions: [defaultBuilderCondition()]))
        }
        let items: [QueryPredicate]
        var usesOr = false
        switch predicate {
        case .and(let list): items = list
        case .or(let list):
            items = list
            usesOr = true
        default: items = [predicate]
        }
        var builder = FilterBuilderState(conditions: [], usesOr: usesOr)
        for item in items {
            switch builderCondition(showing: item) {
            case .success(let condition): builder.conditions.append(condition)
            case .failure(let reason): return .failure(reason)
            }
        }
        // Whatever the builder would apply must be exactly the active filter, so that Enter
        // on an unchanged builder keeps it.
        let flattened = items.count == 1 ? items[0] : predicate
        guard !builder.conditions.isEmpty,
            case .success(let readBack) = builderPredicate(builder), readBack == flattened
        else {
            return .failure(
                FilterError(
                    message: "Starts empty: it cannot show the filter's values exactly; "
                        + "Enter replaces it."))
        }
        return .success(builder)
    }

    /// The builder's condition for one item of the active filter, or why there is none.
    private func builderCondition(showing item: QueryPredicate)
        -> Result<FilterBuilderState.Condition, FilterError>
    {
        var isNegated = false
        var condition = item
        if case .not(let inner) = item {
            isNegated = true
            condition = inner
        }
        guard case .condition(let field, let lookup, let operands) = condition else {
            return .failure(
                FilterError(
                    message: "Starts empty: the active filter nests groups; Enter replaces it."
                ))
        }
        guard let view = table, let column = view.columnNames.firstIndex(of: field) else {
            return .failure(
                FilterError(
                    message: "Starts empty: the filter names \(field), not a column here; "
                        + "Enter replaces it."))
        }
        guard Self.lookups(for: columnType(field)).contains(lookup) else {
            return .failure(
                FilterError(
                    message: "Starts empty: it has no \(lookup.rawValue) for \(field); "
                        + "Enter replaces the filter."))
        }
        let text: String
        if lookup == .isnull {
            text = operands.first.flatMap(Bool.fromSQLValue) == false ? "false" : "true"
        } else {
            text = operands.map(\.description).joined(separator: ", ")
        }
        return .success(
            FilterBuilderState.Condition(
                column: column, lookup: lookup, value: LineEditor(text: text),
                isNegated: isNegated))
    }
}
