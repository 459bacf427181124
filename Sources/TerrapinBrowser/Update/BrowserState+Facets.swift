import TerminalUI
import TerrapinCore

/// The facet panel (`f`): how many rows of the view hold each value of the current column,
/// counted by the database (`GROUP BY`). On a big view the first 100,000 rows are counted
/// first, for a quick answer, then every row within a time budget; Esc stops. Enter adds the
/// selected value to the filter, `!` excludes it; `b` switches to ranges, years or months.
extension BrowserState {
    /// Whether a facet query is running (the spinner turns).
    var isFacetRunning: Bool {
        if case .facet(let facet) = mode { return facet.isRunning }
        return false
    }

    /// `f`: opens the facet panel on the current column.
    mutating func openFacet() -> [BrowserEffect] {
        guard let view = table, let column = view.currentColumn, view.hasLoadedPage else {
            return []
        }
        var facet = FacetState(column: column)
        switch view.description.column(named: column)?.logicalType {
        case .integer?, .real?: facet.choices = [.values, .ranges]
        case .timestamp?: facet.choices = [.values, .years, .months]
        default: facet.choices = [.values]
        }
        return startFacet(&facet)
    }

    /// The rows of the current view, as far as known without counting.
    private var knownViewRows: Int? {
        guard let view = table else { return nil }
        if let count = view.totalCount { return count }
        guard view.predicate == nil else { return nil }
        return rowCounts[view.description.name] ?? view.description.estimatedRowCount
    }

    /// Starts counting `facet` from scratch: a sample first when the view may hold more rows
    /// than the sample, else every row at once.
    private mutating func startFacet(_ facet: inout FacetState) -> [BrowserEffect] {
        var effects: [BrowserEffect] = []
        if let old = facet.generation { effects.append(.cancel(generation: old)) }
        let isSmall = knownViewRows.map { $0 <= FacetState.sampleLimit } ?? false
        facet.phase = isSmall ? .counting : .sampling
        effects += runFacetQuery(&facet, sample: !isSmall)
        mode = .facet(facet)
        return effects
    }

    /// Asks for the counts of `facet`, over the sample or every row.
    private mutating func runFacetQuery(_ facet: inout FacetState, sample: Bool)
        -> [BrowserEffect]
    {
        guard let view = table else { return [] }
        let generation = nextGeneration()
        facet.generation = generation
        facet.startTick = tick
        let limit = facet.bucketing == .values ? FacetState.valueLimit : FacetState.dateLimit
        return [
            .loadFacet(
                generation: generation,
                FacetRequest(
                    query: view.query, column: facet.column, bucketing: facet.bucketing,
                    sampleLimit: sample ? FacetState.sampleLimit : nil, limit: limit,
                    budget: FacetState.budget))
        ]
    }

    /// Counts arrived: shown at once; after a sample of a big view, every row is counted
    /// next (a sample smaller than its limit was every row: done).
    mutating func receiveFacet(_ result: FacetResult, generation: Int) -> [BrowserEffect] {
        guard case .facet(var facet) = mode, facet.generation == generation else { return [] }
        facet.generation = nil
        let selected = facet.selectedBucket?.value
        var result = result
        if result.isSample, result.rowCount < FacetState.sampleLimit { result.isSample = false }
        facet.result = result
        if let selected, let index = result.buckets.firstIndex(where: { $0.value == selected }),
            facet.bucketing == .values
        {
            facet.selection = index
        } else {
            facet.selection = min(facet.selection, max(0, result.buckets.count - 1))
        }
        if facet.choices == [.values], facet.bucketing == .values {
            let values = result.buckets.map(\.value)
            if FacetBuckets.areNumbers(values) { facet.choices.append(.ranges) }
            if FacetBuckets.areDates(values) { facet.choices += [.years, .months] }
        }
        var effects: [BrowserEffect] = []
        if result.isSample {
            facet.phase = .counting
            effects = runFacetQuery(&facet, sample: false)
        } else {
            facet.phase = .done
        }
        mode = .facet(facet)
        return effects
    }

    /// A facet query failed.
    mutating func receiveFacetFailure(_ text: String, generation: Int) {
        guard case .facet(var facet) = mode, facet.generation == generation else { return }
        facet.generation = nil
        facet.phase = facet.result == nil ? .failed(text) : .stopped(text)
        mode = .facet(facet)
    }

    /// A facet query ran out of time: the sample stays, and the panel says so.
    mutating func receiveFacetTimeout(generation: Int) {
        guard case .facet(var facet) = mode, facet.generation == generation else { return }
        facet.generation = nil
        let seconds = Int(FacetState.budget.components.seconds)
        if facet.result == nil {
            facet.phase = .failed(
                "Counting took longer than \(seconds) s and was stopped. Filter the view "
                    + "first to count fewer rows, or use a column with an index.")
        } else {
            facet.phase = .stopped(
                "Counting every row took longer than \(seconds) s: these are the counts of "
                    + "the first \(FacetState.sampleLimit.formatted(grouping: true)) rows.")
        }
        mode = .facet(facet)
    }

    /// Keys of the facet panel.
    mutating func handleFacetKey(_ key: KeyEvent, facet: FacetState) -> [BrowserEffect] {
        var facet = facet
        let count = facet.result?.buckets.count ?? 0
        let page = max(1, FacetView.visibleLines(in: layout.grid) - 1)
        switch key {
        case .escape:
            guard let generation = facet.generation, facet.result != nil else {
                return closeFacet(facet)
            }
            facet.generation = nil
            facet.phase = .stopped(
                "Stopped: these are the counts of the first "
                    + "\(FacetState.sampleLimit.formatted(grouping: true)) rows.")
            mode = .facet(facet)
            return [.cancel(generation: generation)]
        case .character("q"), .character("f"):
            return closeFacet(facet)
        case .down, .character("j"): facet.selection = min(max(0, count - 1), facet.selection + 1)
        case .up, .character("k"): facet.selection = max(0, facet.selection - 1)
        case .pageDown, .control("F"), .character(" "):
            facet.selection = min(max(0, count - 1), facet.selection + page)
        case .pageUp, .control("B"): facet.selection = max(0, facet.selection - page)
        case .home, .character("g"): facet.selection = 0
        case .end, .character("G"): facet.selection = max(0, count - 1)
        case .enter, .character("="): return applyFacet(facet, excluding: false)
        case .character("!"): return applyFacet(facet, excluding: true)
        case .character("b"):
            guard facet.choices.count > 1 else {
                message = StatusMessage(
                    text: "\(facet.column) has no ranges, years or months to group by.",
                    isError: false)
                return []
            }
            let next =
                ((facet.choices.firstIndex(of: facet.bucketing) ?? 0) + 1)
                % facet.choices.count
            facet.bucketing = facet.choices[next]
            facet.result = nil
            facet.selection = 0
            return startFacet(&facet)
        default:
            break
        }
        mode = .facet(facet)
        return []
    }

    /// Closes the panel, cancelling its query.
    private mutating func closeFacet(_ facet: FacetState) -> [BrowserEffect] {
        mode = .browsing
        return facet.generation.map { [.cancel(generation: $0)] } ?? []
    }

    /// Enter or `!`: adds the selected line's condition (or its negation) to the filter and
    /// reloads; another `f` stacks another facet on the narrower view.
    private mutating func applyFacet(_ facet: FacetState, excluding: Bool) -> [BrowserEffect] {
        guard table != nil, let bucket = facet.selectedBucket else {
            mode = .facet(facet)
            return []
        }
        let effects = closeFacet(facet) + addToFilter(bucket.condition, excluding: excluding)
        message = StatusMessage(
            text: "Filter: \(table?.filterText ?? "") (f on another column adds another facet).",
            isError: false)
        return effects
    }
}
