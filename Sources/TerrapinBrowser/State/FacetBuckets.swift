import TerrapinCore

/// Turns group counts into the facet panel's lines: a label for ranges, years and months,
/// and for each line the filter condition that selects its rows.
enum FacetBuckets {
    /// The lines of `counts` for `column` grouped by `bucketing`; `boundaries` are the
    /// range bounds the counts were made with (ranges only).
    static func make(
        from counts: GroupCounts, column: String, bucketing: FacetBucketing,
        boundaries: [SQLValue] = []
    ) -> [FacetBucket] {
        counts.groups.compactMap { group in
            if group.value.isNull {
                return FacetBucket(
                    value: .null, label: nil, count: group.count,
                    condition: .equalityCondition(column, .null))
            }
            switch bucketing {
            case .values:
                return FacetBucket(
                    value: group.value, label: nil, count: group.count,
                    condition: .equalityCondition(column, group.value))
            case .ranges:
                guard case .integer(let index) = group.value,
                    let range = range(Int(index), of: boundaries, column: column)
                else { return nil }
                return FacetBucket(
                    value: group.value, label: range.label, count: group.count,
                    condition: range.condition)
            case .years, .months:
                guard case .text(let prefix) = group.value else { return nil }
                return FacetBucket(
                    value: group.value, label: prefix, count: group.count,
                    condition: datePrefixCondition(prefix, column: column))
            }
        }
    }

    /// The label and condition of range `index` between `boundaries`: `10–40` and
    /// `column >= 10 AND column < 41` for integers; `[0.25, 1.25)` for other numbers, the
    /// last range closed (`[1.25, 2.25]`, `<=`).
    static func range(_ index: Int, of boundaries: [SQLValue], column: String)
        -> (label: String, condition: QueryPredicate)?
    {
        guard index >= 0, index + 1 < boundaries.count else { return nil }
        let low = boundaries[index]
        let high = boundaries[index + 1]
        let isLast = index + 2 == boundaries.count
        let lowCondition = QueryPredicate.condition(field: column, lookup: .gte, operands: [low])
        if case .integer(let lowest) = low, case .integer(let next) = high {
            let label =
                next - lowest == 1
                ? Int(lowest).formatted(grouping: true)
                : Int(lowest).formatted(grouping: true) + "–"
                    + Int(next - 1).formatted(grouping: true)
            return (
                label,
                .and([
                    lowCondition, .condition(field: column, lookup: .lt, operands: [high]),
                ])
            )
        }
        let lowText = CellText.cell(low, usesASCII: true)
        let highText = CellText.cell(high, usesASCII: true)
        let label = "[\(lowText), \(highText)" + (isLast ? "]" : ")")
        return (
            label,
            .and([
                lowCondition,
                .condition(field: column, lookup: isLast ? .lte : .lt, operands: [high]),
            ])
        )
    }

    /// The rows of a year (`2024`) or month (`2024-03`): from its first day up to, not
    /// including, the next one's (`column >= '2024-03-01' AND column < '2024-04-01'`), so
    /// dates stored as ISO text and typed timestamps both match; any other prefix matches as
    /// text (`startswith`).
    static func datePrefixCondition(_ prefix: String, column: String) -> QueryPredicate {
        let parts = prefix.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 4, let year = Int(parts[0]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else {
            return .condition(field: column, lookup: .startswith, operands: [.text(prefix)])
        }
        let start: String
        let end: String
        if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]),
            (1...12).contains(month)
        {
            start = "\(prefix)-01"
            end = month == 12 ? "\(year + 1)-01-01" : "\(parts[0])-\(twoDigits(month + 1))-01"
        } else if parts.count == 1 {
            start = "\(prefix)-01-01"
            end = "\(year + 1)-01-01"
        } else {
            return .condition(field: column, lookup: .startswith, operands: [.text(prefix)])
        }
        return .and([
            .condition(field: column, lookup: .gte, operands: [.text(start)]),
            .condition(field: column, lookup: .lt, operands: [.text(end)]),
        ])
    }

    /// `3` as `03`.
    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    /// Whether every value that is not NULL is a number (so ranges make sense).
    static func areNumbers(_ values: [SQLValue]) -> Bool {
        let present = values.filter { !$0.isNull }
        return !present.isEmpty && present.allSatisfy(\.isNumeric)
    }

    /// Whether every value that is not NULL is text that starts as an ISO date
    /// (`YYYY-MM-DD`), so years and months make sense.
    static func areDates(_ values: [SQLValue]) -> Bool {
        let present = values.filter { !$0.isNull }
        return !present.isEmpty
            && present.allSatisfy {
                guard case .text(let text) = $0 else { return false }
                let bytes = Array(text.utf8.prefix(10))
                guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"),
                    bytes[7] == UInt8(ascii: "-")
                else { return false }
                return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy {
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0])
                }
            }
    }
}
