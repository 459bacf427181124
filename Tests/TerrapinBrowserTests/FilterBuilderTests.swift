import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct FilterBuilderTests {
    private func builder(of state: BrowserState) -> FilterBuilderState? {
        if case .filterBuilder(let builder) = state.mode { return builder }
        return nil
    }

    /// Tracks filtered with `text` typed in the `/` bar, its page and count delivered.
    private func tracksFiltered(_ text: String, count: Int = 7) -> BrowserState {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"), .control("U"))
        type(&state, text)
        _ = press(&state, .enter)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: Fixtures.trackRows, hasMore: false, elapsedMilliseconds: 1)))
        _ = update(&state, .countLoaded(generation: state.inFlight.count ?? -1, count: count))
        return state
    }

    private func screenText(_ state: BrowserState) -> String {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer.textSnapshot()
    }

    @Test func allRowsAreCountedAtOnceWhenTheViewsCountIsKnown() throws {
        var state = Fixtures.openTracks()
        let effects = press(&state, .character("F"))
        #expect(effects.isEmpty)
        #expect(builder(of: state)?.matchCount == 3503)
        #expect(screenText(state).contains("3,503 rows match"))
        #expect(!screenText(state).contains("counting…"))
    }

    @Test func allRowsAreCountedByAQueryWhenTheCountIsNotKnownYet() throws {
        var state = Fixtures.openTracks()
        state.table?.totalCount = nil
        let effects = press(&state, .character("F"))
        let generation = try #require(state.inFlight.builderCount)
        #expect(
            effects == [
                .countBuilderMatches(
                    generation: generation,
                    QueryRequest(table: Fixtures.tracks, predicate: nil, ordering: []))
            ])
        _ = update(&state, .builderCountLoaded(generation: generation, count: 3503))
        #expect(builder(of: state)?.matchCount == 3503)
    }

    @Test func theBuilderStartsFromTheActiveAndFilter() throws {
        var state = tracksFiltered("Milliseconds__gt=300000 Composer__isnull=false")
        _ = press(&state, .character("F"))
        let loaded = try #require(builder(of: state))
        #expect(loaded.note == nil)
        #expect(!loaded.usesOr)
        #expect(loaded.conditions.map(\.column) == [3, 2])
        #expect(loaded.conditions.map(\.lookup) == [.gt, .isnull])
        #expect(loaded.conditions.map(\.value.text) == ["300000", "false"])
        #expect(state.builderPredicate(loaded) == .success(state.table?.predicate))
        #expect(loaded.matchCount == 7)  // the view's own count: no query
        // Enter on the unchanged builder keeps the filter.
        let filter = state.table?.predicate
        _ = press(&state, .enter)
        #expect(state.table?.predicate == filter)
    }

    @Test func theBuilderStartsFromAnOrFilterWithANegatedCondition() throws {
        var state = tracksFiltered("Name__icontains=love | not AlbumId__in=[1, 2]")
        _ = press(&state, .character("F"))
        let loaded = try #require(builder(of: state))
        #expect(loaded.note == nil)
        #expect(loaded.usesOr)
        #expect(loaded.conditions.map(\.isNegated) == [false, true])
        #expect(loaded.conditions.map(\.value.text) == ["love", "1, 2"])
        #expect(state.builderPredicate(loaded) == .success(state.table?.predicate))
    }

    @Test func aNestedFilterStartsEmptyAndSaysWhy() throws {
        var state = tracksFiltered("(Name=a | Name=b) Milliseconds__gt=5")
        _ = press(&state, .character("F"))
        let loaded = try #require(builder(of: state))
        #expect(loaded.note?.hasPrefix("Starts empty: the active filter nests groups") == true)
        #expect(loaded.conditions.count == 1)
        #expect(state.builderPredicate(loaded) == .success(nil))
        #expect(screenText(state).contains("Starts empty: the active filter nests groups"))
    }

    @Test func aFilterWhoseValuesDoNotReadBackStartsEmpty() throws {
        // `Name=5` is the integer 5, which the builder, typing text into a text column,
        // would turn into the text "5": it cannot show that filter exactly.
        var state = tracksFiltered("Name=5")
        _ = press(&state, .character("F"))
        let loaded = try #require(builder(of: state))
        #expect(
            loaded.note?.hasPrefix("Starts empty: it cannot show the filter's values exactly")
                == true)
    }

    @Test func controlTNegatesOnlyTheCurrentCondition() throws {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("$"), .left, .left, .character("F"))  // Milliseconds
        _ = press(&state, .tab, .tab, .character("9"))
        _ = press(&state, .control("N"), .tab, .tab, .character("5"), .control("T"))
        let built = try #require(builder(of: state))
        let milliseconds = { (value: SQLValue) in
            QueryPredicate.condition(field: "Milliseconds", lookup: .exact, operands: [value])
        }
        #expect(
            state.builderPredicate(built) == .success(.and([milliseconds(9), !milliseconds(5)])))
        _ = press(&state, .control("T"))
        #expect(
            state.builderPredicate(builder(of: state) ?? built)
                == .success(.and([milliseconds(9), milliseconds(5)])))
    }

    @Test func theBuilderMarksANegatedCondition() throws {
        var state = tracksFiltered("Milliseconds__gt=300000 not Composer__isnull=true")
        _ = press(&state, .character("F"), .down)
        try assertSnapshot(of: state, named: "filter-builder-negated-80x24")
    }
}
