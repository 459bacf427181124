import Foundation
import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct UpdateTests {
    @Test func loadingTheTablesCountsTheRowsOfTablesButNotOfViews() {
        var state = BrowserState(size: Size(width: 80, height: 24))
        #expect(BrowserState.initialEffects() == [.loadTables])
        let effects = update(&state, .tablesLoaded(Fixtures.tables))
        #expect(
            effects == [.countRows(table: Fixtures.albums), .countRows(table: Fixtures.tracks)])
        #expect(state.focus == .sidebar)
        #expect(!state.isLoadingTables)
    }

    @Test func openingATableLoadsItsFirstPageAndCountsItsRows() {
        var state = Fixtures.loadedState()
        state.sidebar.selection = 2  // albums, long_tracks, tracks
        let effects = press(&state, .enter)
        let query = QueryRequest(table: Fixtures.tracks, predicate: nil, ordering: [])
        #expect(
            effects == [
                .loadPage(generation: 1, PageRequest(query: query, size: 18, anchor: .first)),
                .countMatches(generation: 2, query),
            ])
        #expect(state.focus == .grid)
        #expect(state.table?.description.name == "tracks")
    }

    @Test func openingAnotherTableCancelsTheLoadStillRunning() {
        var state = Fixtures.loadedState()
        state.sidebar.selection = 2  // albums, long_tracks, tracks
        _ = press(&state, .enter)
        _ = press(&state, .tab, .up, .up)
        let effects = press(&state, .enter)
        let query = QueryRequest(table: Fixtures.albums, predicate: nil, ordering: [])
        #expect(
            effects == [
                .cancel(generation: 1),
                .loadPage(generation: 3, PageRequest(query: query, size: 18, anchor: .first)),
                .cancel(generation: 2),
                .countMatches(generation: 4, query),
            ])
    }

    @Test func aPageOfASupersededGenerationIsDropped() {
        var state = Fixtures.loadedState()
        state.sidebar.selection = 2  // albums, long_tracks, tracks
        _ = press(&state, .enter)
        _ = state.reloadView()  // supersedes generation 1
        let stale = LoadedPage(rows: Fixtures.trackRows, hasMore: false, elapsedMilliseconds: 1)
        #expect(update(&state, .pageLoaded(generation: 1, stale)).isEmpty)
        #expect(state.table?.rows.isEmpty == true)
        #expect(state.table?.hasLoadedPage == false)
        let current = state.inFlight.page ?? -1
        _ = update(&state, .pageLoaded(generation: current, stale))
        #expect(state.table?.rows.count == 5)
        #expect(state.inFlight.page == nil)
    }

    @Test func sortCyclesAscendingDescendingAndOff() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right)
        let ascending = press(&state, .character("s"))
        #expect(state.table?.ordering == [OrderTerm("Name")])
        #expect(
            ascending.contains {
                if case .loadPage(_, let request) = $0 {
                    return request.anchor == .first && request.query.ordering == [OrderTerm("Name")]
                }
                return false
            })
        Fixtures.deliverPage(&state)
        _ = press(&state, .character("s"))
        #expect(state.table?.ordering == [OrderTerm("Name", descending: true)])
        Fixtures.deliverPage(&state)
        _ = press(&state, .character("s"))
        #expect(state.table?.ordering == [])
    }

    @Test func aSecondSortPressedBeforeTheFirstSortedPageArrivesWaitsForIt() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("s"))
        #expect(press(&state, .character("s")).isEmpty)
        #expect(state.table?.ordering == [OrderTerm("Name")])
        Fixtures.deliverPage(&state)
        #expect(state.table?.ordering == [OrderTerm("Name", descending: true)])
    }

    @Test func sortingReloadsThePageButKeepsTheCount() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right)
        let effects = press(&state, .character("s"))
        #expect(
            !effects.contains {
                if case .countMatches = $0 { return true }
                return false
            })
        #expect(effects.count == 1)
        #expect(state.table?.totalCount == 3503)
    }

    @Test func equalsFiltersOnTheCurrentCellAndBangExcludesIt() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .right)  // Composer of row 1
        _ = press(&state, .character("="))
        let keep = QueryPredicate.condition(
            field: "Composer", lookup: .exact, operands: [.text("Angus Young, Malcolm Young")])
        #expect(state.table?.predicate == keep)

        var other = Fixtures.openTracks()
        _ = press(&other, .down, .right, .right)  // Composer of row 2 is NULL
        _ = press(&other, .character("!"))
        #expect(
            other.table?.predicate
                == !.condition(field: "Composer", lookup: .isnull, operands: [.integer(1)]))
    }

    @Test func escapeCancelsTheQueriesInFlight() {
        var state = Fixtures.loadedState()
        state.sidebar.selection = 2  // albums, long_tracks, tracks
        _ = press(&state, .enter)
        let effects = press(&state, .escape)
        #expect(effects == [.cancel(generation: 1), .cancel(generation: 2)])
        #expect(!state.inFlight.isBusy)
        #expect(state.message?.text == "Cancelled.")
    }

    @Test func readOnlyModeRefusesToEditACell() {
        var state = Fixtures.openTracks()
        state.isReadOnly = true
        let effects = press(&state, .character("e"))
        #expect(effects.isEmpty)
        #expect(state.mode == .browsing)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("Read-only") == true)
    }

    @Test func aViewRefusesEditsWithTheReason() {
        var state = Fixtures.loadedState()
        _ = state.openTable(Fixtures.longTracks)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? 0,
                LoadedPage(
                    rows: [
                        DynamicRow(columns: ColumnNames(["TrackId", "Name"]), values: [1, "x"])
                    ],
                    hasMore: false, elapsedMilliseconds: 1)))
        _ = press(&state, .character("d"))
        #expect(state.message?.text == "long_tracks cannot be edited: it is a view.")
    }

    @Test func editingACellSavesWithTheOldValueAsTheExpectation() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("e"), .control("U"))
        type(&state, "Rock On")
        let effects = press(&state, .enter)
        let edit = RowEdit(
            table: Fixtures.tracks, key: ["TrackId": 1], changes: ["Name": "Rock On"],
            expecting: ["Name": "For Those About To Rock"])
        #expect(effects == [.saveEdit(generation: 3, edit)])
        #expect(state.mode == .browsing)
    }

    @Test func anEditThatDoesNotFitTheDeclaredTypeIsSavedWithAWarning() {
        // SQLite stores any value in a non-STRICT table: the editor warns instead of refusing.
        var state = Fixtures.openTracks()
        _ = press(&state, .character("$"), .left, .left, .character("e"), .control("U"))
        type(&state, "four minutes")
        let effects = press(&state, .enter)
        guard case .saveEdit(let generation, let edit) = effects.first else {
            Issue.record("expected the edit to be saved")
            return
        }
        #expect(edit.changes == ["Milliseconds": "four minutes"])
        _ = update(&state, .rowUpdated(generation: generation, edit))
        #expect(
            state.message?.text
                == "Saved Milliseconds (u undoes). Note: Milliseconds is declared INTEGER and "
                + "now holds text (SQLite allows it).")
    }

    @Test func aRegisteredModelsMaximumLengthIsCheckedBeforeWriting() {
        var state = Fixtures.openTracks()
        state.models = [
            ModelSchema(
                modelName: "Track", tableName: "tracks",
                columns: [
                    ColumnSchema(
                        fieldName: "TrackId", valueType: Int?.self, primaryKey: .autoIncrement),
                    ColumnSchema(fieldName: "Name", valueType: String.self, maxLength: 10),
                ])
        ]
        _ = press(&state, .right, .character("e"), .control("U"))
        type(&state, "Much too long a name")
        #expect(press(&state, .enter).isEmpty)
        guard case .editingCell(let edit) = state.mode else {
            Issue.record("expected the editor to stay open")
            return
        }
        #expect(edit.error == "Track.Name takes at most 10 characters; this has 20.")
    }

    @Test func theInitialTableIsOpenedAndSelectedInTheSidebar() {
        var state = BrowserState(size: Size(width: 80, height: 24), initialTable: "tracks")
        let effects = update(&state, .tablesLoaded(Fixtures.tables))
        #expect(state.table?.description.name == "tracks")
        #expect(state.sidebarEntries[state.sidebar.selection] == .table("tracks"))
        #expect(effects.contains { if case .loadPage = $0 { true } else { false } })
    }

    @Test func theInitialTablesFirstPageComesBeforeTheSidebarCountsAndIsNotCountedTwice() {
        var state = BrowserState(size: Size(width: 80, height: 24), initialTable: "tracks")
        let effects = update(&state, .tablesLoaded(Fixtures.tables))
        guard case .loadPage = effects.first else {
            Issue.record("expected the first page to load first, got \(effects)")
            return
        }
        #expect(!effects.contains(.countRows(table: Fixtures.tracks)))
        #expect(effects.contains(.countRows(table: Fixtures.albums)))
    }

    @Test func theStatusLineShowsTheTablesEstimateUntilCounted() {
        var state = Fixtures.loadedState()
        state.rowCounts = [:]  // no sidebar count yet
        var tracks = Fixtures.tracks
        tracks.estimatedRowCount = 9_000
        _ = state.openTable(tracks)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? 0,
                LoadedPage(rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        #expect(StatusView.leftText(state).contains("rows 1–5 of ~9,000"))
    }

    @Test func aRegisteredModelsOwnValidationRunsOnTheEditedRow() {
        var state = Fixtures.openTracks()
        state.models = [BrowserTrack.schema]
        state.modelTypes = ModelTypes([BrowserTrack.self])
        _ = press(&state, .right, .character("e"), .control("U"))
        type(&state, "untitled")
        #expect(press(&state, .enter).isEmpty)
        guard case .editingCell(let edit) = state.mode else {
            Issue.record("expected the editor to stay open")
            return
        }
        #expect(edit.error == "A track needs a real name, not \"untitled\".")
        // A name the model accepts is written.
        _ = press(&state, .control("U"))
        type(&state, "Rock On")
        #expect(press(&state, .enter).count == 1)
    }

    @Test func controlNSavesNullWhenTheColumnAllowsIt() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .right, .character("e"), .control("N"))
        let effects = press(&state, .enter)
        let edit = RowEdit(
            table: Fixtures.tracks, key: ["TrackId": 1], changes: ["Composer": .null],
            expecting: ["Composer": "Angus Young, Malcolm Young"])
        #expect(effects == [.saveEdit(generation: 3, edit)])
    }

    @Test func undoRestoresTheOldValueCheckingTheNewOne() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("e"), .control("U"))
        type(&state, "Rock On")
        guard case .saveEdit(let generation, let edit) = press(&state, .enter).first else {
            Issue.record("expected a save")
            return
        }
        let reload = update(&state, .rowUpdated(generation: generation, edit))
        #expect(state.undoStack == [.updated(edit)])
        #expect(
            reload.contains {
                if case .loadPage = $0 { return true }
                return false
            })
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? 0,
                LoadedPage(
                    rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        let effects = press(&state, .character("u"))
        let inverse = RowEdit(
            table: Fixtures.tracks, key: ["TrackId": 1],
            changes: ["Name": "For Those About To Rock"], expecting: ["Name": "Rock On"])
        #expect(effects == [.saveEdit(generation: state.inFlight.write ?? -1, inverse)])
        _ = update(&state, .rowUpdated(generation: state.inFlight.write ?? -1, inverse))
        #expect(state.undoStack.isEmpty)
        #expect(state.message?.text == "Undone: Name restored.")
    }

    @Test func deletingAsksFirstAndUndoPutsTheRowBack() {
        var state = Fixtures.openTracks()
        _ = press(&state, .down, .character("d"))
        guard case .confirming(let confirmation) = state.mode,
            case .deleteRow = confirmation.action
        else {
            Issue.record("expected a confirmation")
            return
        }
        _ = update(&state, .framePresented)
        let effects = press(&state, .character("y"))
        guard case .deleteRow(let generation, _, let key, let expecting) = effects.first else {
            Issue.record("expected a delete")
            return
        }
        #expect(key == ["TrackId": 2])
        #expect(expecting["Name"] == "Balls to the Wall")
        _ = update(
            &state, .rowDeleted(generation: generation, table: Fixtures.tracks, values: expecting))
        Fixtures.deliverPage(&state)
        let undo = press(&state, .character("u"))
        #expect(
            undo == [
                .insertRow(
                    generation: state.inFlight.write ?? -1, table: Fixtures.tracks,
                    values: expecting)
            ])
    }

    @Test func anyOtherKeyKeepsTheRow() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("d"))
        _ = update(&state, .framePresented)
        #expect(press(&state, .character("n")).isEmpty)
        #expect(state.message?.text == "Kept the row.")
    }

    @Test func capitalGLoadsTheLastPageBackwardsAndNumbersItFromTheCount() throws {
        var state = Fixtures.openTracks()
        let effects = press(&state, .character("G"))
        guard case .loadPage(let generation, let request) = effects.first else {
            Issue.record("expected a page load")
            return
        }
        #expect(request.anchor == .last)
        _ = update(
            &state,
            .pageLoaded(
                generation: generation,
                LoadedPage(
                    rows: Array(Fixtures.trackRows.prefix(3)), hasMore: true, elapsedMilliseconds: 1
                )))
        #expect(state.table?.pageStart == 3500)
        #expect(state.table?.cursorRow == 2)
        #expect(state.table?.hasNext == false)
        let view = try #require(state.table)
        #expect(StatusView.rowRange(view, estimate: nil) == "rows 3,501–3,503 of 3,503")
    }

    @Test func movingDownPastThePageScrollsByOneRowWithKeysetPaging() {
        var state = Fixtures.openTracks()
        _ = press(&state, .down, .down, .down, .down)
        let effects = press(&state, .down)
        guard case .loadPage(_, let request) = effects.first else {
            Issue.record("expected a page load")
            return
        }
        #expect(request.anchor == .after([.integer(1)]))
    }

    @Test func pageDownContinuesAfterTheLastRowInTheSortOrder() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("s"))
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? 0,
                LoadedPage(
                    rows: Fixtures.trackRows, hasMore: true, elapsedMilliseconds: 1)))
        guard case .loadPage(_, let request) = press(&state, .pageDown).first else {
            Issue.record("expected a page load")
            return
        }
        #expect(
            request.anchor
                == .after([.text(Fixtures.trackRows[4]["Name"]?.description ?? ""), .integer(5)]))
    }

    @Test func tabCompletesAColumnNameInTheFilterBar() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, "comp")
        _ = press(&state, .tab)
        guard case .filterBar(let bar) = state.mode else {
            Issue.record("expected the filter bar")
            return
        }
        #expect(bar.editor.text == "Composer")
    }

    @Test func anEmptyFilterShowsAllRows() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("="))
        #expect(state.table?.predicate != nil)
        Fixtures.deliverPage(&state)
        _ = press(&state, .character("/"), .control("U"))
        let effects = press(&state, .enter)
        #expect(state.table?.predicate == nil)
        #expect(
            effects.contains {
                if case .countMatches = $0 { return true }
                return false
            })
    }

    @Test func enterOnAForeignKeyInTheRecordViewOpensTheReferencedRow() {
        var state = Fixtures.openTracks()
        let effects = press(&state, .enter)
        guard case .loadReferences(_, let references) = effects.first else {
            Issue.record("expected the referenced rows to load")
            return
        }
        let byAlbum = QueryPredicate.condition(field: "AlbumId", lookup: .exact, operands: [1])
        #expect(
            references == [
                "AlbumId": QueryRequest(table: Fixtures.albums, predicate: byAlbum, ordering: [])
            ])
        _ = press(&state, .down, .down, .down, .down, .enter)
        #expect(state.table?.description.name == "albums")
        #expect(state.table?.predicate == byAlbum)
    }

    @Test func theFilterBuilderBuildsAConditionAndCountsItsMatches() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("$"), .left, .left, .character("F"))  // Milliseconds
        _ = press(&state, .tab, .right, .right)  // operator: exact → not → gt
        _ = press(&state, .tab)
        let effects = press(&state, .character("9"))
        guard case .filterBuilder(let builder) = state.mode else {
            Issue.record("expected the builder")
            return
        }
        let predicate = QueryPredicate.condition(field: "Milliseconds", lookup: .gt, operands: [9])
        #expect(state.builderPredicate(builder) == .success(predicate))
        #expect(
            effects.last
                == .countBuilderMatches(
                    generation: state.inFlight.builderCount ?? -1,
                    QueryRequest(table: Fixtures.tracks, predicate: predicate, ordering: [])))
        _ = press(&state, .enter)
        #expect(state.table?.predicate == predicate)
    }

    @Test func theSidebarFilterNarrowsTheListByName() {
        var state = Fixtures.loadedState()
        _ = press(&state, .character("/"))
        type(&state, "TRA")
        #expect(state.sidebarEntries == [.table("long_tracks"), .table("tracks")])
        _ = press(&state, .down, .enter)
        #expect(state.table?.description.name == "tracks")
    }

    @Test func qQuits() {
        var state = Fixtures.loadedState()
        #expect(press(&state, .character("q")) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func theAddRowFormInsertsTheTypedValuesAndLeavesEmptyOnesToTheDefaults() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("a"), .down)
        type(&state, "New song")
        _ = press(&state, .down, .down)
        type(&state, "1234")
        let effects = press(&state, .enter)
        #expect(
            effects == [
                .insertRow(
                    generation: 3, table: Fixtures.tracks,
                    values: ["Name": "New song", "Milliseconds": 1234])
            ])
        _ = update(
            &state, .rowInserted(generation: 3, table: Fixtures.tracks, key: ["TrackId": 3504]))
        #expect(state.undoStack == [.inserted(table: Fixtures.tracks, key: ["TrackId": 3504])])
        Fixtures.deliverPage(&state)
        let undo = press(&state, .character("u"))
        #expect(
            undo == [
                .deleteRow(
                    generation: state.inFlight.write ?? -1, table: Fixtures.tracks,
                    key: ["TrackId": 3504], expecting: [:])
            ])
    }

    @Test func aFailedWriteIsReportedInPlainWords() {
        var state = Fixtures.openTracks()
        _ = press(&state, .right, .character("e"), .control("U"))
        type(&state, "Other")
        _ = press(&state, .enter)
        let message = TerrapinError.rowChanged(table: "tracks", key: "TrackId=1").description
        let effects = update(
            &state, .writeFailed(generation: state.inFlight.write ?? -1, message: message))
        #expect(state.message == StatusMessage(text: message, isError: true))
        #expect(state.undoStack.isEmpty)
        #expect(state.inFlight.write == nil)
        // The page is reloaded so the grid shows the value someone else wrote.
        #expect(effects.contains { if case .loadPage = $0 { true } else { false } })
    }

    @Test func resizingReloadsThePageAtTheNewSize() {
        var state = Fixtures.openTracks()
        let effects = update(&state, .resized(Size(width: 120, height: 40)))
        guard case .loadPage(_, let request) = effects.first else {
            Issue.record("expected a page load")
            return
        }
        #expect(request.size == 34)
        #expect(request.anchor == .first)
    }

    @Test func theFilterBarShowsAParseErrorAndStaysOpenOnEnter() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, "Milliseconds__gt=")
        #expect(press(&state, .enter).isEmpty)
        guard case .filterBar(let bar) = state.mode else {
            Issue.record("expected the filter bar to stay open")
            return
        }
        #expect(bar.error?.hasPrefix("Lookup syntax error at column") == true)
        #expect(state.table?.predicate == nil)
    }

    @Test func theFilterBarNamesAnUnknownColumnAndListsTheKnownOnes() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, "Title=x")
        guard case .filterBar(let bar) = state.mode else {
            Issue.record("expected the filter bar")
            return
        }
        #expect(
            bar.error
                == "No column \"Title\" in tracks. Columns: TrackId, Name, Composer, Milliseconds, "
                + "AlbumId, Cover.")
    }

    @Test func aValidLookupFilterIsAppliedAndReloadsTheView() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, "Milliseconds__gt=300000 Composer__isnull=false")
        let effects = press(&state, .enter)
        #expect(
            state.table?.predicate
                == .and([
                    .condition(field: "Milliseconds", lookup: .gt, operands: [300_000]),
                    .condition(field: "Composer", lookup: .isnull, operands: [.integer(0)]),
                ]))
        #expect(effects.count == 2)
        #expect(state.mode == .browsing)
    }
}

/// A model of the fixture's `tracks` table with a rule of its own.
@Model(table: "tracks")
struct BrowserTrack {
    @PrimaryKey @Field(column: "TrackId") var id: Int?
    @Field(column: "Name", maxLength: 200) var name: String
    @Field(column: "Composer") var composer: String?
    @Field(column: "Milliseconds") var milliseconds: Int
    @Field(column: "AlbumId") var albumId: Int?
    @Field(column: "Cover") var cover: Data?

    struct Untitled: Error, CustomStringConvertible {
        var description: String { "A track needs a real name, not \"untitled\"." }
    }

    func validate() throws {
        if name.lowercased() == "untitled" { throw Untitled() }
    }
}
