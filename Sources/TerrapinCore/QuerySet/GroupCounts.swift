/// What a ``GroupCountQuery`` found: the groups with their counts, and how many groups and
/// rows there were in all (the groups listed can be fewer, cut by the query's limit).
public struct GroupCounts: Sendable, Hashable {
    /// One group: its value (a range number for ranges) and how many rows hold it.
    public struct Group: Sendable, Hashable {
        /// The value, `NULL` included.
        public var value: SQLValue
        /// The rows in the group.
        public var count: Int

        /// Creates a group.
        public init(value: SQLValue, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The groups, in the query's order.
    public var groups: [Group]
    /// How many groups there are in all.
    public var groupCount: Int
    /// How many rows were counted (all matching rows, or the sample).
    public var rowCount: Int

    /// Creates counts.
    public init(groups: [Group], groupCount: Int, rowCount: Int) {
        self.groups = groups
        self.groupCount = groupCount
        self.rowCount = rowCount
    }
}

extension GroupCountQuery.Grouping {
    /// Bounds of about `count` equal ranges from `lowest` to `highest` for
    /// ``ranges(boundaries:)``, or `nil` when the two are not numbers.
    ///
    /// Integers get whole-number ranges (`[1, 11)`, `[11, 21)`, …, the last bound one past
    /// the highest value), so no range is empty by rounding and none splits a value; other
    /// numbers get `count` ranges, the last one ending at `highest` (and including it).
    /// Equal lowest and highest values make one range.
    public static func equalWidthBoundaries(
        lowest: SQLValue, highest: SQLValue, count: Int
    ) -> [SQLValue]? {
        let count = max(1, count)
        if case .integer(let low) = lowest, case .integer(let high) = highest {
            guard high >= low else { return nil }
            let (span, overflow) = high.subtractingReportingOverflow(low)
            guard !overflow, span < Int64.max - 1 else { return nil }
            let width = max(1, (span + 1 + Int64(count) - 1) / Int64(count))
            let ranges = (span + 1 + width - 1) / width
            return (0...ranges).map { .integer(low + $0 * width) }
        }
        guard let low = Double.fromSQLValue(lowest), let high = Double.fromSQLValue(highest),
            high >= low, low.isFinite, high.isFinite
        else { return nil }
        guard high > low else { return [.real(low), .real(high)] }
        let width = (high - low) / Double(count)
        return (0...count).map { $0 == count ? .real(high) : .real(low + Double($0) * width) }
    }
}
