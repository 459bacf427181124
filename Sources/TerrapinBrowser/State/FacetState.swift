import TerrapinCore

/// How a facet groups its column's values.
enum FacetBucketing: Sendable, Hashable {
    /// One line per value, largest first.
    case values
    /// About ten equal numeric ranges from the lowest to the highest value.
    case ranges
    /// The year of a date or timestamp.
    case years
    /// The month of a date or timestamp.
    case months

    /// The word in the panel's title and hints.
    var title: String {
        switch self {
        case .values: return "values"
        case .ranges: return "ranges"
        case .years: return "years"
        case .months: return "months"
        }
    }
}

/// One line of a facet: a value (or range, year, month), its count, and the condition that
/// Enter adds to the filter.
struct FacetBucket: Sendable, Hashable {
    /// The value, for plain values (drawn as in the grid); a range's number otherwise.
    var value: SQLValue
    /// The text of a range, year or month; `nil` for plain values.
    var label: String?
    /// The rows that hold it.
    var count: Int
    /// The rows that hold it, as a filter condition on the column.
    var condition: QueryPredicate
}

/// What a facet query found.
struct FacetResult: Sendable, Hashable {
    /// The lines, in the panel's order.
    var buckets: [FacetBucket]
    /// How many values (or ranges) there are in all; more than ``buckets`` when cut.
    var groupCount: Int
    /// How many rows were counted.
    var rowCount: Int
    /// Whether only the first rows (a sample) were counted.
    var isSample: Bool
}

/// A facet to count: a column of a view, grouped one way, maybe over a sample, within a
/// time budget.
struct FacetRequest: Sendable, Hashable {
    /// The view (its filter applies).
    var query: QueryRequest
    /// The column.
    var column: String
    /// How values are grouped.
    var bucketing: FacetBucketing
    /// Count only the first this many rows, or all of them.
    var sampleLimit: Int?
    /// At most this many values.
    var limit: Int
    /// Give up (and say so) after this long; `nil` waits.
    var budget: Duration?
}

/// The facet panel of one column (`f`).
struct FacetState: Sendable, Hashable {
    /// Where the counting is.
    enum Phase: Sendable, Hashable {
        /// Counting the first rows, for a quick first answer.
        case sampling
        /// Counting every row.
        case counting
        /// Done: the result is complete, or the sample was every row.
        case done
        /// Stopped before the full count (Esc, or the time budget): the result is the sample.
        case stopped(String)
        /// Failed; the message is for the user.
        case failed(String)
    }

    /// The column.
    var column: String
    /// How values are grouped now.
    var bucketing: FacetBucketing = .values
    /// The groupings `b` cycles through.
    var choices: [FacetBucketing] = [.values]
    /// The lines found so far.
    var result: FacetResult?
    /// Where the counting is.
    var phase: Phase = .sampling
    /// The generation of the facet query in flight.
    var generation: Int?
    /// The selected line.
    var selection = 0
    /// The spinner tick when counting started, for the elapsed time.
    var startTick = 0

    /// Rows counted first, for a quick answer on a big table.
    static let sampleLimit = 100_000
    /// Values listed at most.
    static let valueLimit = 50
    /// Months and years listed at most (in order).
    static let dateLimit = 600
    /// Ranges asked for.
    static let rangeCount = 10
    /// How long the full count may take before the sample stays.
    static let budget = Duration.seconds(5)

    /// Whether a query is running.
    var isRunning: Bool { generation != nil }

    /// The selected line.
    var selectedBucket: FacetBucket? {
        guard let buckets = result?.buckets, buckets.indices.contains(selection) else {
            return nil
        }
        return buckets[selection]
    }
}
