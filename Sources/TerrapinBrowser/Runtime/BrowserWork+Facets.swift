import TerrapinCore

/// Why a facet cannot be counted, in the user's words.
struct FacetProblem: Error, CustomStringConvertible {
    /// The message.
    var description: String
}

extension BrowserWork {
    /// Counts a facet within its time budget: the query is cancelled (its statement
    /// interrupted) when the budget runs out, and the message says so.
    static func loadFacet(_ generation: Int, _ request: FacetRequest, on database: any Database)
        async -> BrowserMessage
    {
        do {
            let work: @Sendable () async throws -> FacetResult = {
                try await countFacet(request, on: database)
            }
            guard let budget = request.budget else {
                return .facetLoaded(generation: generation, try await work())
            }
            guard let result = try await within(budget, work) else {
                return .facetTimedOut(generation: generation)
            }
            return .facetLoaded(generation: generation, result)
        } catch {
            return .facetFailed(generation: generation, message: describe(error))
        }
    }

    /// The result of `work`, or `nil` when `budget` ran out first (`work` is then
    /// cancelled, and waited for).
    static func within<Result: Sendable>(
        _ budget: Duration, _ work: @escaping @Sendable () async throws -> Result
    ) async throws -> Result? {
        try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: budget)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    /// Runs the facet's queries through the ORM: the group counts, and for ranges the
    /// lowest and highest value first.
    static func countFacet(_ request: FacetRequest, on database: any Database) async throws
        -> FacetResult
    {
        let querySet = request.query.querySet(on: database)
        let column = request.column
        let sample = request.sampleLimit
        let counts: GroupCounts
        var boundaries: [SQLValue] = []
        var bucketing = request.bucketing
        switch request.bucketing {
        case .values:
            counts = try await querySet.groupCounts(
                of: column, limit: request.limit, sampleLimit: sample)
        case .ranges:
            let range = try await querySet.valueRange(of: column, sampleLimit: sample)
            if let bounds = GroupCountQuery.Grouping.equalWidthBoundaries(
                lowest: range.lowest, highest: range.highest, count: FacetState.rangeCount)
            {
                boundaries = bounds
                counts = try await querySet.groupCounts(
                    of: column, grouping: .ranges(boundaries: bounds), limit: nil,
                    sampleLimit: sample)
            } else if range.lowest.isNull {
                // No value at all (every row NULL, or none): the NULL line says so.
                bucketing = .values
                counts = try await querySet.groupCounts(
                    of: column, limit: request.limit, sampleLimit: sample)
            } else {
                throw FacetProblem(
                    description: "\(column) holds values that are not numbers "
                        + "(\(range.highest.literalDescription)): ranges need numbers; "
                        + "b switches back to values.")
            }
        case .years, .months:
            counts = try await querySet.groupCounts(
                of: column, grouping: .textPrefix(length: request.bucketing == .years ? 4 : 7),
                limit: request.limit, sampleLimit: sample)
        }
        return FacetResult(
            buckets: FacetBuckets.make(
                from: counts, column: column, bucketing: bucketing, boundaries: boundaries),
            groupCount: counts.groupCount, rowCount: counts.rowCount, isSample: sample != nil)
    }
}
