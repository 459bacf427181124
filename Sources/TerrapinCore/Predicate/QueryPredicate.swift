/// A filter condition tree: lookups combined with AND, OR and NOT.
///
/// The three ways to filter all build this one value, which the SQL compiler turns into a
/// `WHERE` clause with bound parameters:
///
/// ```swift
/// Track.filter { $0.milliseconds > 300_000 && $0.name.icontains("love") }  // typed columns
/// Track.filter(Q("milliseconds__gt", 300_000) & Q("name__icontains", "love"))  // lookups
/// Track.filter(parsing: #"milliseconds__gt=300000 name__icontains=love"#)  // lookup text
/// ```
public indirect enum QueryPredicate: Sendable, Hashable {
    /// One lookup on one field.
    case condition(field: String, lookup: Lookup, operands: [SQLValue])
    /// All of the predicates (an empty list is true).
    case and([QueryPredicate])
    /// Any of the predicates (an empty list is false).
    case or([QueryPredicate])
    /// The negation of a predicate.
    case not(QueryPredicate)

    /// A lookup such as `Q("name__icontains", "bob")`, the equivalent of Tortoise's `Q`.
    ///
    /// - Parameters:
    ///   - key: The field name, optionally followed by `__` and a lookup name.
    ///   - value: The operand. `isnull` takes a `Bool`.
    public init(_ key: String, _ value: some SQLFieldValue) {
        let (field, lookup) = Lookup.split(key)
        self = .condition(field: field, lookup: lookup, operands: [value.sqlValue])
    }

    /// A list lookup such as `Q("id__in", [1, 2, 3])` or `Q("age__range", [18, 30])`.
    public init<Value: SQLFieldValue>(_ key: String, _ values: [Value]) {
        let (field, lookup) = Lookup.split(key)
        self = .condition(field: field, lookup: lookup, operands: values.map(\.sqlValue))
    }

    /// A lookup with operands given as raw SQL values.
    public init(_ key: String, values: [SQLValue]) {
        let (field, lookup) = Lookup.split(key)
        self = .condition(field: field, lookup: lookup, operands: values)
    }

    /// Both predicates, flattening nested ANDs.
    public static func && (lhs: QueryPredicate, rhs: QueryPredicate) -> QueryPredicate {
        switch (lhs, rhs) {
        case (.and(let left), .and(let right)): return .and(left + right)
        case (.and(let left), _): return .and(left + [rhs])
        case (_, .and(let right)): return .and([lhs] + right)
        default: return .and([lhs, rhs])
        }
    }

    /// Either predicate, flattening nested ORs.
    public static func || (lhs: QueryPredicate, rhs: QueryPredicate) -> QueryPredicate {
        switch (lhs, rhs) {
        case (.or(let left), .or(let right)): return .or(left + right)
        case (.or(let left), _): return .or(left + [rhs])
        case (_, .or(let right)): return .or([lhs] + right)
        default: return .or([lhs, rhs])
        }
    }

    /// The negation.
    public static prefix func ! (predicate: QueryPredicate) -> QueryPredicate {
        if case .not(let inner) = predicate { return inner }
        return .not(predicate)
    }

    /// Tortoise's spelling of AND: `Q(...) & Q(...)`.
    public static func & (lhs: QueryPredicate, rhs: QueryPredicate) -> QueryPredicate {
        lhs && rhs
    }

    /// Tortoise's spelling of OR: `Q(...) | Q(...)`.
    public static func | (lhs: QueryPredicate, rhs: QueryPredicate) -> QueryPredicate {
        lhs || rhs
    }

    /// Tortoise's spelling of NOT: `~Q(...)`.
    public static prefix func ~ (predicate: QueryPredicate) -> QueryPredicate { !predicate }

    /// Every field name the predicate mentions.
    public var fieldNames: [String] {
        switch self {
        case .condition(let field, _, _): return [field]
        case .and(let items), .or(let items): return items.flatMap(\.fieldNames)
        case .not(let inner): return inner.fieldNames
        }
    }

    /// The same predicate with every field renamed by `transform` (used to map field names
    /// to column names); the first error stops the mapping.
    public func mapFields(_ transform: (String) throws -> String) rethrows -> QueryPredicate {
        switch self {
        case .condition(let field, let lookup, let operands):
            return .condition(field: try transform(field), lookup: lookup, operands: operands)
        case .and(let items): return .and(try items.map { try $0.mapFields(transform) })
        case .or(let items): return .or(try items.map { try $0.mapFields(transform) })
        case .not(let inner): return .not(try inner.mapFields(transform))
        }
    }
}

/// Tortoise's `Q`: `Q("name__icontains", "bob") | Q("age__gte", 18)`.
public typealias Q = QueryPredicate
