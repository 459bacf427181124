import TerrapinCore

/// The registered model types by table name, so edits can run a model's own rules.
///
/// Metatypes are not `Hashable`; two values are equal when they cover the same tables, which
/// is all the state comparison needs.
struct ModelTypes: Sendable, Hashable {
    private let byTable: [String: any Model.Type]

    init(_ types: [any Model.Type]) {
        var byTable: [String: any Model.Type] = [:]
        for type in types { byTable[type.schema.tableName] = type }
        self.byTable = byTable
    }

    /// Runs the model's rules (types, field rules, `validate()`) on a row of `table`, or
    /// returns `nil` when no model is registered for it or the row passes.
    func problem(in table: String, values: [String: SQLValue]) -> String? {
        guard let type = byTable[table] else { return nil }
        do {
            try type.validateRow(values)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    static func == (lhs: ModelTypes, rhs: ModelTypes) -> Bool {
        lhs.byTable.keys.sorted() == rhs.byTable.keys.sorted()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(byTable.keys.sorted()) }
}
