import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct FacetTests {
    /// The tracks view with the cursor on `column` and `f` pressed.
    private func facetOpen(on column: Int, rows: Int? = nil) -> (BrowserState, [BrowserEffect]) {
        var state = Fixtures.openTracks()
        if let rows { state.table?.totalCount = rows }
        state.table?.cursorColumn = column
        let effects = press(&state, .character("f"))
        return (state, effects)
    }

    private var facet: (BrowserState) -> FacetState? {
        { state in if case .facet(let facet) = state.mode { facet } else { nil } }
    }

    /// Counts of the Composer column: two values and NULL.
    private func composerCounts(isSample: Bool = false, rows: Int = 3503) -> FacetResult {
        FacetResult(
            buckets: FacetBuckets.make(
                from: GroupCounts(
                    groups: [
                        .init(value: "Ayase", count: 2000), .init(value: .null, count: 1000),
                        .init(value: "Zoë", count: 503),
                    ], groupCount: 3, rowCount: rows),
                column: "Composer", bucketing: .values),
            groupCount: 3, rowCount: rows, isSample: isSample)
    }

    @Test func fCountsTheCurrentColumnUnderTheFilterAtOnceOnASmallView() throws {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, "Milliseconds__gt=1000")
        _ = press(&state, .enter)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: Fixtures.trackRows, hasMore: false, elapsedMilliseconds: 1)))
        _ = update(&state, .countLoaded(generation: state.inFlight.count ?? -1, count: 5))
        state.table?.cursorColumn = 2
        let effects = press(&state, .character("f"))
        let generation = try #require(facet(state)?.generation)
        #expect(
            effects == [
                .loadFacet(
                    generation: generation,
                    FacetRequest(
                        query: QueryRequest(
                            table: Fixtures.tracks,
                            predicate: .condition(
                                field: "Milliseconds", lookup: .gt, operands: [.integer(1000)]),
                            ordering: []),
                        column: "Composer", bucketing: .values, sampleLimit: nil, limit: 50,
                        budget: .seconds(5)))
            ])
        #expect(facet(state)?.phase == .counting)
    }

    @Test func aBigViewIsSampledFirstThenCountedWhole() throws {
        var (state, effects) = facetOpen(on: 2, rows: 1_000_000)
        guard case .loadFacet(let sampling, let request)? = effects.first else {
            Issue.record("no facet query: \(effects)")
            return
        }
        #expect(request.sampleLimit == 100_000)
        #expect(facet(state)?.phase == .sampling)
        let next = update(
            &state,
            .facetLoaded(generation: sampling, composerCounts(isSample: true, rows: 100_000)))
        guard case .loadFacet(let counting, let whole)? = next.first else {
            Issue.record("no second query: \(next)")
            return
        }
        #expect(whole.sampleLimit == nil)
        #expect(facet(state)?.phase == .counting)
        #expect(facet(state)?.result?.isSample == true)
        #expect(state.isBusy)
        #expect(
            update(&state, .facetLoaded(generation: counting, composerCounts(rows: 1_000_000)))
                .isEmpty)
        #expect(facet(state)?.phase == .done)
        #expect(!state.isBusy)
    }

    @Test func aSampleSmallerThanItsLimitWasEveryRow() throws {
        var (state, effects) = facetOpen(on: 2, rows: nil)
        state.rowCounts["tracks"] = nil
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        #expect(
            update(&state, .facetLoaded(generation: generation, composerCounts(isSample: true)))
                .isEmpty)
        #expect(facet(state)?.phase == .done)
        #expect(facet(state)?.result?.isSample == false)
    }

    @Test func escStopsTheWholeCountAndKeepsTheSample() throws {
        var (state, effects) = facetOpen(on: 2, rows: 1_000_000)
        guard case .loadFacet(let sampling, _)? = effects.first else { return }
        let next = update(
            &state,
            .facetLoaded(generation: sampling, composerCounts(isSample: true, rows: 100_000)))
        guard case .loadFacet(let counting, _)? = next.first else { return }
        #expect(press(&state, .escape) == [.cancel(generation: counting)])
        guard case .stopped(let text)? = facet(state)?.phase else {
            Issue.record("not stopped")
            return
        }
        #expect(text.contains("first 100,000 rows"))
        #expect(facet(state)?.result?.buckets.count == 3)
        // A late answer of the cancelled query changes nothing; Esc again closes.
        _ = update(&state, .facetLoaded(generation: counting, composerCounts()))
        #expect(facet(state)?.result?.isSample == true)
        #expect(press(&state, .escape).isEmpty)
        #expect(state.mode == .browsing)
    }

    @Test func runningOutOfTimeKeepsTheSampleAndSaysSo() throws {
        var (state, effects) = facetOpen(on: 2, rows: 1_000_000)
        guard case .loadFacet(let sampling, _)? = effects.first else { return }
        let next = update(
            &state,
            .facetLoaded(generation: sampling, composerCounts(isSample: true, rows: 100_000)))
        guard case .loadFacet(let counting, _)? = next.first else { return }
        _ = update(&state, .facetTimedOut(generation: counting))
        guard case .stopped(let text)? = facet(state)?.phase else {
            Issue.record("not stopped")
            return
        }
        #expect(text.contains("longer than 5 s"))
        #expect(!state.isBusy)
    }

    @Test func enterAddsTheValueToTheFilterAndReloads() throws {
        var (state, effects) = facetOpen(on: 2)
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        _ = update(&state, .facetLoaded(generation: generation, composerCounts()))
        let applied = press(&state, .enter)
        #expect(state.mode == .browsing)
        #expect(state.table?.filterText == #"Composer="Ayase""#)
        #expect(applied.contains { if case .loadPage = $0 { true } else { false } })
        #expect(applied.contains { if case .countMatches = $0 { true } else { false } })
    }

    @Test func nullFiltersWithIsnullAndBangExcludes() throws {
        var (state, effects) = facetOpen(on: 2)
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        _ = update(&state, .facetLoaded(generation: generation, composerCounts()))
        _ = press(&state, .down, .enter)
        #expect(state.table?.filterText == "Composer__isnull=true")
        // A second facet stacks on the first; `!` excludes its value.
        state.table?.cursorColumn = 1
        let second = press(&state, .character("f"))
        guard case .loadFacet(let next, let request)? = second.first else { return }
        #expect(request.query.predicate?.lookupText == "Composer__isnull=true")
        let names = GroupCounts(
            groups: [.init(value: "Balls to the Wall", count: 1)], groupCount: 1, rowCount: 1)
        _ = update(
            &state,
            .facetLoaded(
                generation: next,
                FacetResult(
                    buckets: FacetBuckets.make(from: names, column: "Name", bucketing: .values),
                    groupCount: 1, rowCount: 1, isSample: false)))
        _ = press(&state, .character("!"))
        let text = try #require(state.table?.filterText)
        #expect(text == #"Composer__isnull=true !Name="Balls to the Wall""#)
        #expect(try QueryPredicate.parse(lookupText: text) == state.table?.predicate)
    }

    @Test func bSwitchesANumericColumnToRanges() throws {
        var (state, _) = facetOpen(on: 3)  // Milliseconds, INTEGER
        #expect(facet(state)?.choices == [.values, .ranges])
        let effects = press(&state, .character("b"))
        #expect(effects.first.map { if case .cancel = $0 { true } else { false } } == true)
        guard case .loadFacet(_, let request)? = effects.last else { return }
        #expect(request.bucketing == .ranges)
        #expect(facet(state)?.bucketing == .ranges)
    }

    @Test func textThatLooksLikeDatesOffersYearsAndMonths() throws {
        var (state, effects) = facetOpen(on: 1)
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        let dates = GroupCounts(
            groups: [
                .init(value: "2024-03-01", count: 2), .init(value: "2023-12-31 10:00", count: 1),
            ],
            groupCount: 2, rowCount: 3)
        _ = update(
            &state,
            .facetLoaded(
                generation: generation,
                FacetResult(
                    buckets: FacetBuckets.make(from: dates, column: "Name", bucketing: .values),
                    groupCount: 2, rowCount: 3, isSample: false)))
        #expect(facet(state)?.choices == [.values, .years, .months])
    }

    @Test func noPollRunsWhileThePanelIsOpen() {
        var (state, _) = facetOpen(on: 2)
        #expect(update(&state, .liveTicked).isEmpty)
    }

    @Test func integerRangesFilterFromTheirLowBoundUpToTheNext() throws {
        let range = try #require(
            FacetBuckets.range(0, of: [.integer(10), .integer(41), .integer(72)], column: "ms"))
        #expect(range.label == "10–40")
        #expect(range.condition.lookupText == "ms__gte=10 ms__lt=41")
        let last = try #require(
            FacetBuckets.range(1, of: [.real(0), .real(0.5), .real(1)], column: "p"))
        #expect(last.label == "[0.5, 1.0]")
        #expect(last.condition.lookupText == "p__gte=0.5 p__lte=1.0")
    }

    @Test func yearsAndMonthsFilterOnTheirFirstDayUpToTheNext() {
        #expect(
            FacetBuckets.datePrefixCondition("2024", column: "at").lookupText
                == #"at__gte="2024-01-01" at__lt="2025-01-01""#)
        #expect(
            FacetBuckets.datePrefixCondition("2024-12", column: "at").lookupText
                == #"at__gte="2024-12-01" at__lt="2025-01-01""#)
        #expect(
            FacetBuckets.datePrefixCondition("2024-03", column: "at").lookupText
                == #"at__gte="2024-03-01" at__lt="2024-04-01""#)
        #expect(
            FacetBuckets.datePrefixCondition("abcd", column: "at").lookupText
                == #"at__startswith="abcd""#)
    }

    @Test func thePanelShowsValuesCountsAndShares() throws {
        var (state, effects) = facetOpen(on: 2)
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        _ = update(&state, .facetLoaded(generation: generation, composerCounts()))
        try assertSnapshot(of: state, named: "facet-80x24")
    }

    @Test func thePanelSaysWhileItCountsEveryRowAfterASample() throws {
        var state = Fixtures.openTracks(size: Size(width: 120, height: 40))
        state.table?.totalCount = 2_000_000
        state.table?.cursorColumn = 2
        let effects = press(&state, .character("f"))
        guard case .loadFacet(let generation, _)? = effects.first else { return }
        _ = update(
            &state,
            .facetLoaded(generation: generation, composerCounts(isSample: true, rows: 100_000)))
        try assertSnapshot(of: state, named: "facet-sample-120x40")
    }
}
