import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct LiveRefreshTests {
    /// A tick, then the poll it started answered with `token`; returns the poll's effects.
    @discardableResult
    private func poll(_ state: inout BrowserState, _ token: Int64) throws -> [BrowserEffect] {
        let ticked = update(&state, .liveTicked)
        guard case .pollChanges(let generation, let table)? = ticked.first else {
            Issue.record("the tick did not poll: \(ticked)")
            throw CancellationError()
        }
        return update(
            &state, .changesPolled(generation: generation, table: table, .token(ChangeToken(token)))
        )
    }

    /// The tracks view with a baseline token read.
    private func watchedTracks() throws -> BrowserState {
        var state = Fixtures.openTracks()
        #expect(try poll(&state, 1).isEmpty)
        return state
    }

    /// Delivers the reloaded page (in flight) with `rows` and `deleted` rows gone.
    private func deliverReload(
        _ state: inout BrowserState, _ rows: [DynamicRow], deleted: Int? = 0
    ) -> [BrowserEffect] {
        update(
            &state,
            .livePageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: rows, hasMore: true, elapsedMilliseconds: 1),
                deletedCount: deleted))
    }

    private func renamed(_ row: DynamicRow, _ name: String) -> DynamicRow {
        var values = row.values
        values[1] = .text(name)
        return DynamicRow(columns: row.columns, values: values)
    }

    @Test func theFirstPollOnlyReadsTheBaseline() throws {
        var state = Fixtures.openTracks()
        #expect(try poll(&state, 7).isEmpty)
        #expect(state.live.token == ChangeToken(7))
        #expect(state.inFlight.page == nil)
    }

    @Test func theSameTokenChangesNothing() throws {
        var state = try watchedTracks()
        #expect(try poll(&state, 1).isEmpty)
        #expect(state.inFlight.page == nil)
    }

    @Test func aNewTokenReloadsThePageAtItsAnchorAndRecounts() throws {
        var state = try watchedTracks()
        let effects = try poll(&state, 2)
        let page = try #require(state.inFlight.page)
        let count = try #require(state.inFlight.count)
        let query = QueryRequest(table: Fixtures.tracks, predicate: nil, ordering: [])
        #expect(
            effects == [
                .reloadChangedPage(
                    generation: page, PageRequest(query: query, size: 18, anchor: .first),
                    previousKeys: (1...5).map { ["TrackId": .integer($0)] }),
                .countMatches(generation: count, query),
            ])
        // The reload and its recount run in the background: no spinner.
        #expect(!state.isBusy)
    }

    @Test func anIdleTickAndItsPollLeaveTheScreenAsItWas() throws {
        var state = Fixtures.openTracks()
        let before = state
        #expect(try poll(&state, 1).isEmpty)
        #expect(state != before)
        #expect(state.isDrawnTheSame(as: before))
        let baseline = state
        #expect(try poll(&state, 1).isEmpty)
        #expect(state.isDrawnTheSame(as: baseline))
    }

    @Test func aPollThatReloadsTheChangedPageIsDrawn() throws {
        var state = try watchedTracks()
        let before = state
        _ = try poll(&state, 2)
        #expect(!state.isDrawnTheSame(as: before))
    }

    @Test func onlyOnePollRunsAtATime() {
        var state = Fixtures.openTracks()
        #expect(update(&state, .liveTicked).count == 1)
        #expect(update(&state, .liveTicked).isEmpty)
    }

    @Test func noPollStartsWhileAPageLoads() {
        var state = Fixtures.openTracks()
        _ = press(&state, .pageDown)
        #expect(state.inFlight.page != nil)
        #expect(update(&state, .liveTicked).isEmpty)
    }

    @Test func noPollStartsWhileAnInputLineOrDialogHasTheKeyboard() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        #expect(update(&state, .liveTicked).isEmpty)
        _ = press(&state, .escape, .character("d"))
        #expect(update(&state, .liveTicked).isEmpty)
    }

    @Test func aChangeSeenWhileTheBrowserGotBusyIsNotLost() throws {
        var state = try watchedTracks()
        let ticked = update(&state, .liveTicked)
        guard case .pollChanges(let generation, _)? = ticked.first else {
            Issue.record("no poll")
            return
        }
        _ = press(&state, .pageDown)  // a page starts before the poll answers
        #expect(
            update(
                &state,
                .changesPolled(generation: generation, table: "tracks", .token(ChangeToken(2)))
            )
            .isEmpty)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        #expect(
            try poll(&state, 2).contains { if case .reloadChangedPage = $0 { true } else { false } }
        )
    }

    @Test func theCursorStaysOnItsRowWhenARowIsInsertedAbove() throws {
        var state = try watchedTracks()
        _ = press(&state, .down, .down)  // on TrackId 3
        try poll(&state, 2)
        let inserted = Fixtures.track(0, "New first", composer: nil, milliseconds: 1, album: nil)
        _ = deliverReload(&state, [inserted] + Fixtures.trackRows.prefix(4))
        #expect(state.table?.cursorRow == 3)
        #expect(state.table?.currentRow?["TrackId"] == .integer(3))
    }

    @Test func whenTheCursorsRowIsGoneTheCursorStaysAtTheNearestPosition() throws {
        var state = try watchedTracks()
        _ = press(&state, .down, .down, .down, .down)  // on TrackId 5, the last row
        try poll(&state, 2)
        _ = deliverReload(&state, Array(Fixtures.trackRows.prefix(4)), deleted: 1)
        #expect(state.table?.cursorRow == 3)
        #expect(state.message?.text == "A row was deleted elsewhere.")
    }

    @Test func changedCellsAreHighlightedThenFade() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        var rows = Fixtures.trackRows
        rows[1] = renamed(rows[1], "Balls to the Wall (live)")
        rows[3] = renamed(rows[3], "Café au lait")
        _ = deliverReload(&state, rows)
        #expect(
            state.live.highlights == [GridCell(row: 1, column: 1), GridCell(row: 3, column: 1)])
        #expect(state.isHighlighted(row: 1, column: 1))
        #expect(!state.isHighlighted(row: 1, column: 0))
        #expect(state.message?.text == "2 rows changed elsewhere.")
        #expect(!state.live.isFading)
        for _ in 0..<(state.live.highlightTicks - 1) { _ = update(&state, .liveTicked) }
        #expect(state.live.isFading)
        #expect(!state.live.highlights.isEmpty)
        _ = update(&state, .liveTicked)
        #expect(state.live.highlights.isEmpty)
    }

    @Test func aHighlightedCellIsDrawnInTheChangedStyle() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        var rows = Fixtures.trackRows
        rows[1] = renamed(rows[1], "Balls to the Wall (live)")
        _ = deliverReload(&state, rows)
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        let text = buffer.textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        let y = try #require(text.firstIndex { $0.contains("Balls to the Wall") })
        let x = try #require(text[y].range(of: "Balls")).lowerBound
        let column = text[y].distance(from: text[y].startIndex, to: x)
        #expect(buffer[column, y].style == Theme.changed)
    }

    @Test func aRowThatSlidOnAfterADeletionIsNotCalledChanged() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        let next = Fixtures.track(6, "Sixth", composer: nil, milliseconds: 1, album: nil)
        var rows = Fixtures.trackRows
        rows.remove(at: 1)
        _ = deliverReload(&state, rows + [next], deleted: 1)
        #expect(state.live.highlights.isEmpty)
        #expect(state.message?.text == "A row was deleted elsewhere.")
    }

    @Test func anInsertedRowIsHighlightedWhole() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        let inserted = Fixtures.track(0, "New first", composer: nil, milliseconds: 1, album: nil)
        _ = deliverReload(&state, [inserted] + Fixtures.trackRows.prefix(4))
        #expect(state.live.highlights.count == Fixtures.tracks.columns.count)
        #expect(state.live.highlights.allSatisfy { $0.row == 0 })
        #expect(state.message?.text == "1 row changed elsewhere.")
    }

    @Test func aReloadThatFindsNothingNewSaysNothing() throws {
        var state = try watchedTracks()
        try poll(&state, 2)  // a commit to another table
        _ = deliverReload(&state, Fixtures.trackRows)
        #expect(state.message == nil)
        #expect(state.live.highlights.isEmpty)
        #expect(state.live.token == ChangeToken(2))
    }

    @Test func anotherPageEndsTheHighlights() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        var rows = Fixtures.trackRows
        rows[1] = renamed(rows[1], "Changed")
        _ = deliverReload(&state, rows)
        _ = press(&state, .pageDown)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        #expect(state.live.highlights.isEmpty)
    }

    @Test func theCountIsMarkedStaleUntilItIsTakenAgain() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        _ = deliverReload(&state, Array(Fixtures.trackRows.prefix(4)), deleted: 1)
        let view = try #require(state.table)
        #expect(StatusView.rowRange(view, estimate: nil) == "rows 1–4 of ~3,503")
        let count = try #require(state.inFlight.count)
        _ = update(&state, .countLoaded(generation: count, count: 3502))
        #expect(
            StatusView.rowRange(try #require(state.table), estimate: nil) == "rows 1–4 of 3,502")
    }

    @Test func aChangeWhileTheCountRunsCountsAgainAfterIt() throws {
        var state = try watchedTracks()
        _ = press(&state, .character("r"))  // a count is running
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        let running = try #require(state.inFlight.count)
        let effects = try poll(&state, 2)
        #expect(!effects.contains { if case .cancel = $0 { true } else { false } })
        #expect(state.inFlight.count == running)
        let again = update(&state, .countLoaded(generation: running, count: 3503))
        #expect(again.contains { if case .countMatches = $0 { true } else { false } })
    }

    @Test func theBrowsersOwnWriteOnlyMovesTheBaseline() throws {
        var state = try watchedTracks()
        _ = press(&state, .right, .character("e"))
        type(&state, "!")
        let saving = press(&state, .enter)
        guard case .saveEdit(let generation, let edit)? = saving.first else {
            Issue.record("no save: \(saving)")
            return
        }
        let effects = update(&state, .rowUpdated(generation: generation, edit))
        guard case .pollChanges(let pollGeneration, _)? = effects.last else {
            Issue.record("no poll after the write: \(effects)")
            return
        }
        let polled = update(
            &state,
            .changesPolled(generation: pollGeneration, table: "tracks", .token(ChangeToken(2))))
        #expect(polled.isEmpty)
        #expect(state.live.token == ChangeToken(2))
    }

    @Test func lTurnsLiveRefreshOffAndOn() throws {
        var state = try watchedTracks()
        _ = press(&state, .character("L"))
        #expect(!state.live.isEnabled)
        #expect(state.message?.text.hasPrefix("Live refresh off") == true)
        #expect(StatusView.rightText(state).contains("live off"))
        #expect(update(&state, .liveTicked).isEmpty)
        #expect(!state.live.needsTimer(hasTable: true))
        _ = press(&state, .character("L"))
        #expect(state.live.isEnabled)
        #expect(update(&state, .liveTicked).count == 1)
    }

    @Test func aDatabaseThatCannotTellStopsTheTimer() throws {
        var state = Fixtures.openTracks()
        let ticked = update(&state, .liveTicked)
        guard case .pollChanges(let generation, _)? = ticked.first else { return }
        _ = update(&state, .changesPolled(generation: generation, table: "tracks", .unsupported))
        #expect(!state.live.needsTimer(hasTable: true))
        #expect(update(&state, .liveTicked).isEmpty)
        #expect(!StatusView.rightText(state).contains("live off"))
    }

    @Test func theMessageNamesChangesAndDeletions() {
        #expect(BrowserState.describeChangesElsewhere(changed: 0, deleted: 0) == nil)
        #expect(
            BrowserState.describeChangesElsewhere(changed: 1, deleted: 0)
                == "1 row changed elsewhere.")
        #expect(
            BrowserState.describeChangesElsewhere(changed: 0, deleted: 3)
                == "3 rows were deleted elsewhere.")
        #expect(
            BrowserState.describeChangesElsewhere(changed: 2, deleted: 1)
                == "2 rows changed and 1 deleted elsewhere.")
    }
}

extension LiveRefreshTests {
    @Test func aKeyPressedDuringALiveReloadActsAtOnceAndTheReloadComesBackLater() throws {
        var state = try watchedTracks()
        try poll(&state, 2)
        let reload = try #require(state.inFlight.page)
        let effects = press(&state, .down)
        #expect(effects == [.cancel(generation: reload)])
        #expect(state.table?.cursorRow == 1)
        #expect(state.queuedKeys.isEmpty)
        #expect(state.inFlight.page == nil)
        // The change was not shown: the next idle poll reloads again.
        #expect(
            try poll(&state, 2).contains { if case .reloadChangedPage = $0 { true } else { false } }
        )
    }
}
