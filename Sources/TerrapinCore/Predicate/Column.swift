/// A typed handle on a model field, for building predicates and orderings with Swift
/// expressions: `Track.filter { $0.milliseconds > 300_000 && $0.name.contains("love") }`.
///
/// The `@Model` macro generates one per field in the model's `Columns` struct.
public struct Column<Value: SQLFieldValue>: Sendable, Hashable {
    /// The Swift field name.
    public let fieldName: String

    /// Creates a handle on a field.
    public init(_ fieldName: String) {
        self.fieldName = fieldName
    }

    func condition(_ lookup: Lookup, _ operands: [SQLValue]) -> QueryPredicate {
        .condition(field: fieldName, lookup: lookup, operands: operands)
    }

    /// Ascending order on this field.
    public var ascending: OrderTerm { OrderTerm(fieldName, descending: false) }
    /// Descending order on this field.
    public var descending: OrderTerm { OrderTerm(fieldName, descending: true) }

    /// Equal to one of the values.
    public func `in`(_ values: [Value]) -> QueryPredicate { condition(.in, values.map(\.sqlValue)) }
    /// Equal to none of the values.
    public func notIn(_ values: [Value]) -> QueryPredicate {
        condition(.notIn, values.map(\.sqlValue))
    }
    /// Between two values, inclusive.
    public func between(_ lower: Value, _ upper: Value) -> QueryPredicate {
        condition(.range, [lower.sqlValue, upper.sqlValue])
    }
    /// `NULL`.
    public var isNull: QueryPredicate { condition(.isnull, [.integer(1)]) }
    /// Not `NULL`.
    public var isNotNull: QueryPredicate { condition(.isnull, [.integer(0)]) }

    /// Equal (`== nil` on an optional field tests for `NULL`).
    public static func == (lhs: Column, rhs: Value) -> QueryPredicate {
        let value = rhs.sqlValue
        return value.isNull ? lhs.isNull : lhs.condition(.exact, [value])
    }
    /// Not equal (`!= nil` on an optional field tests for not `NULL`).
    public static func != (lhs: Column, rhs: Value) -> QueryPredicate {
        let value = rhs.sqlValue
        return value.isNull ? lhs.isNotNull : lhs.condition(.not, [value])
    }
    /// Greater than.
    public static func > (lhs: Column, rhs: Value) -> QueryPredicate {
        lhs.condition(.gt, [rhs.sqlValue])
    }
    /// Greater than or equal.
    public static func >= (lhs: Column, rhs: Value) -> QueryPredicate {
        lhs.condition(.gte, [rhs.sqlValue])
    }
    /// Less than.
    public static func < (lhs: Column, rhs: Value) -> QueryPredicate {
        lhs.condition(.lt, [rhs.sqlValue])
    }
    /// Less than or equal.
    public static func <= (lhs: Column, rhs: Value) -> QueryPredicate {
        lhs.condition(.lte, [rhs.sqlValue])
    }
}

/// Text lookups, on `String` and `String?` fields.
extension Column where Value: TextFieldValue {
    /// Contains the text, case-sensitively.
    public func contains(_ text: String) -> QueryPredicate { condition(.contains, [.text(text)]) }
    /// Contains the text, ignoring case.
    public func icontains(_ text: String) -> QueryPredicate { condition(.icontains, [.text(text)]) }
    /// Starts with the text.
    public func hasPrefix(_ text: String) -> QueryPredicate {
        condition(.startswith, [.text(text)])
    }
    /// Starts with the text, ignoring case.
    public func ihasPrefix(_ text: String) -> QueryPredicate {
        condition(.istartswith, [.text(text)])
    }
    /// Ends with the text.
    public func hasSuffix(_ text: String) -> QueryPredicate { condition(.endswith, [.text(text)]) }
    /// Ends with the text, ignoring case.
    public func ihasSuffix(_ text: String) -> QueryPredicate {
        condition(.iendswith, [.text(text)])
    }
    /// Equal, ignoring case.
    public func iequals(_ text: String) -> QueryPredicate { condition(.iexact, [.text(text)]) }
}

/// The field types that text lookups (`contains`, `icontains`, …) apply to.
public protocol TextFieldValue: SQLFieldValue {}
extension String: TextFieldValue {}
extension Optional: TextFieldValue where Wrapped == String {}
