import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct RecordViewTests {
    /// Opens the record view of the row `row` (0-based) of the fixture's tracks.
    private func recordOfTrack(_ row: Int) -> (BrowserState, [BrowserEffect]) {
        var state = Fixtures.openTracks()
        for _ in 0..<row { _ = press(&state, .down) }
        let effects = press(&state, .enter)
        return (state, effects)
    }

    /// The field of the record view at `index`: presses Down that many times.
    private func select(_ state: inout BrowserState, field index: Int) {
        for _ in 0..<index { _ = press(&state, .down) }
    }

    private func screenText(_ state: BrowserState) -> String {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer.textSnapshot()
    }

    @Test func enterOnANullForeignKeySaysItRefersToNoRow() throws {
        var (state, effects) = recordOfTrack(2)  // AlbumId is NULL
        #expect(effects.isEmpty)
        select(&state, field: 4)  // AlbumId
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.text == "AlbumId is NULL: it refers to no row.")
        #expect(state.table?.description.name == "tracks")
        guard case .record = state.mode else {
            Issue.record("expected the record view to stay open")
            return
        }
        #expect(screenText(state).contains("→ albums: (no row: NULL)"))
    }

    @Test func aDanglingKeySaysNoSuchRowOnceTheReferencesHaveLoaded() throws {
        var (state, effects) = recordOfTrack(0)  // AlbumId 1
        guard case .loadReferences(let generation, _) = effects.first,
            case .record(let loading) = state.mode
        else {
            Issue.record("expected the referenced rows to load, got \(effects)")
            return
        }
        #expect(state.referenceStatus(of: "AlbumId", in: loading) == .loading(table: "albums"))
        _ = update(&state, .referencesLoaded(generation: generation, [:]))
        guard case .record(let loaded) = state.mode else {
            Issue.record("expected the record view")
            return
        }
        #expect(state.referenceStatus(of: "AlbumId", in: loaded) == .missing(table: "albums"))
        #expect(screenText(state).contains("→ albums: no such row"))
        select(&state, field: 4)
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.text == "AlbumId = 1: no such row in albums.")
        #expect(state.table?.description.name == "tracks")
    }

    @Test func aReferencedRowStillLoadingCanBeFollowed() {
        var (state, _) = recordOfTrack(0)
        select(&state, field: 4)
        _ = press(&state, .enter)
        #expect(state.table?.description.name == "albums")
    }

    @Test func enterOnAFieldThatIsNotAForeignKeySaysSo() {
        var (state, _) = recordOfTrack(0)
        select(&state, field: 1)
        _ = press(&state, .enter)
        #expect(state.message?.text == "Name is not a foreign key.")
    }

    @Test func theNextKeyClearsTheMessageAndTheJumpLeavesNone() {
        var (state, _) = recordOfTrack(0)
        select(&state, field: 1)
        _ = press(&state, .enter)
        #expect(state.message != nil)
        _ = press(&state, .down)
        #expect(state.message == nil)
        select(&state, field: 2)  // from Composer down to AlbumId
        state.message = StatusMessage(text: "Something from before.", isError: false)
        _ = press(&state, .enter)
        #expect(state.table?.description.name == "albums")
        #expect(state.message == nil)
    }

    @Test func theRecordViewSaysNoSuchRowForADanglingKey() throws {
        var (state, effects) = recordOfTrack(0)
        if case .loadReferences(let generation, _) = effects.first {
            _ = update(&state, .referencesLoaded(generation: generation, [:]))
        }
        try assertSnapshot(of: state, named: "record-dangling-80x24")
    }
}

extension RecordViewTests {
    @Test func aForeignKeyWithANonASCIINameStillShowsItsRowInASCIIMode() {
        let songs = TableDescription(
            name: "songs", kind: .table,
            columns: [
                ColumnDescription(
                    name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                    primaryKeyPosition: 1),
                ColumnDescription(
                    name: "Álbum", declaredType: "INTEGER", logicalType: .integer,
                    isNullable: true),
            ],
            primaryKey: ["id"],
            foreignKeys: [
                ForeignKeyDescription(
                    columns: ["Álbum"], referencedTable: "albums", referencedColumns: ["AlbumId"])
            ])
        var state = BrowserState(size: Size(width: 80, height: 24), usesASCII: true)
        _ = update(&state, .tablesLoaded([songs, Fixtures.albums]))
        _ = state.openTable(songs)
        let row = DynamicRow(columns: ColumnNames(["id", "Álbum"]), values: [.integer(1), .null])
        Fixtures.deliverPage(&state, rows: [row])
        _ = press(&state, .enter)
        #expect(screenText(state).contains("> albums: (no row: NULL)"))
    }
}
