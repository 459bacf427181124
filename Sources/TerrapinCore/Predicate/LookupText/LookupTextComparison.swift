/// The comparison operator between a key and its value: `=` or one of the shortcuts.
enum LookupTextComparison: String, CaseIterable {
    /// `=`: the key's own lookup (`exact` when it has none).
    case equals = "="
    /// `!=`: `not`.
    case notEquals = "!="
    /// `>=`: `gte`.
    case greaterThanOrEqual = ">="
    /// `<=`: `lte`.
    case lessThanOrEqual = "<="
    /// `>`: `gt`.
    case greaterThan = ">"
    /// `<`: `lt`.
    case lessThan = "<"

    /// The lookup a shortcut stands for; `nil` for `=`, which keeps the key's lookup.
    var shortcutLookup: Lookup? {
        switch self {
        case .equals: return nil
        case .notEquals: return .not
        case .greaterThanOrEqual: return .gte
        case .lessThanOrEqual: return .lte
        case .greaterThan: return .gt
        case .lessThan: return .lt
        }
    }

    /// The operator's length in scalars.
    var length: Int { rawValue.unicodeScalars.count }
}
