/// One key of an ordering: a field (or column) and a direction.
///
/// Written as text the way Tortoise does: `"name"` ascending, `"-name"` descending.
public struct OrderTerm: Sendable, Hashable, CustomStringConvertible {
    /// The field name (or, once resolved, the column name).
    public var field: String
    /// Whether the order is descending.
    public var isDescending: Bool

    /// Creates an order term.
    public init(_ field: String, descending: Bool = false) {
        self.field = field
        self.isDescending = descending
    }

    /// Parses `"name"` or `"-name"` (a leading `+` is allowed too).
    public init(parsing text: String) {
        if text.hasPrefix("-") {
            self.init(String(text.dropFirst()), descending: true)
        } else if text.hasPrefix("+") {
            self.init(String(text.dropFirst()))
        } else {
            self.init(text)
        }
    }

    /// The opposite direction.
    public var reversed: OrderTerm { OrderTerm(field, descending: !isDescending) }

    /// `"name"` or `"-name"`.
    public var description: String { (isDescending ? "-" : "") + field }
}
