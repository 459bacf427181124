/// The comparison a filter condition applies, named as in Tortoise ORM and Django
/// (`age__gte=18`).
public enum Lookup: String, Sendable, Hashable, CaseIterable {
    /// Equal (`NULL` matches `NULL`).
    case exact
    /// Not equal (`NULL` is different from any value).
    case not
    /// Equal, ignoring case.
    case iexact
    /// Contains the text, case-sensitively.
    case contains
    /// Contains the text, ignoring case.
    case icontains
    /// Starts with the text.
    case startswith
    /// Starts with the text, ignoring case.
    case istartswith
    /// Ends with the text.
    case endswith
    /// Ends with the text, ignoring case.
    case iendswith
    /// Greater than.
    case gt
    /// Greater than or equal.
    case gte
    /// Less than.
    case lt
    /// Less than or equal.
    case lte
    /// One of a list of values.
    case `in`
    /// Not one of a list of values.
    case notIn = "not_in"
    /// Between two values, inclusive.
    case range
    /// `NULL` (operand `true`) or not `NULL` (operand `false`).
    case isnull

    /// Splits `name__icontains` into the field and its lookup; a name without a known lookup
    /// suffix is an `exact` lookup on the whole name.
    public static func split(_ key: String) -> (field: String, lookup: Lookup) {
        if let range = key.range(of: "__", options: .backwards),
            let lookup = Lookup(rawValue: String(key[range.upperBound...]))
        {
            return (String(key[..<range.lowerBound]), lookup)
        }
        return (key, .exact)
    }

    /// Whether the lookup takes a list of values (`in`, `not_in`, `range`).
    public var takesList: Bool { self == .in || self == .notIn || self == .range }

    /// Whether the lookup matches text patterns.
    public var isPattern: Bool {
        switch self {
        case .contains, .icontains, .startswith, .istartswith, .endswith, .iendswith, .iexact:
            return true
        default: return false
        }
    }
}
