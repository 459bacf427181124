import TerrapinCore

extension SQLValue {
    /// Whether this is an integer or a real: drawn right-aligned, kept a number when edited,
    /// and grouped into ranges by a facet.
    var isNumeric: Bool {
        switch self {
        case .integer, .real: true
        default: false
        }
    }
}
