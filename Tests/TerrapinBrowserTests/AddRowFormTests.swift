import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// The add-row form keeps what was typed until the row is really inserted, and shows each
/// problem next to its field.
@Suite struct AddRowFormTests {
    private func form(_ state: BrowserState) -> AddRowState? {
        if case .addRow(let form) = state.mode { form } else { nil }
    }

    @Test func aValueThatCannotBeStoredKeepsTheFormOpenWithTheErrorOnItsField() {
        var state = Fixtures.loadedState()
        _ = state.openTable(CellValueParserTests.settings)
        Fixtures.deliverPage(&state, rows: [])
        _ = press(&state, .character("a"), .down)
        type(&state, "{broken")
        _ = press(&state, .down, .down)
        type(&state, "maybe")
        _ = press(&state, .down, .down, .down, .down)
        type(&state, "kept")
        _ = press(&state, .up)  // the cursor is elsewhere when Enter is pressed
        #expect(press(&state, .enter).isEmpty)
        let open = try? #require(form(state))
        #expect(open?.fields[1].editor.text == "{broken")
        #expect(open?.fields[3].editor.text == "maybe")
        #expect(open?.fields[7].editor.text == "kept")
        #expect(open?.fields[1].error?.contains("not valid JSON") == true)
        #expect(open?.fields[3].error?.contains("true, false, 1 or 0") == true)
        #expect(open?.selection == 1)
        state.size = Size(width: 120, height: 30)
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("◀ payload is declared JSON"))
    }

    @Test func aRefusedInsertKeepsEverythingTypedAndBlamesTheColumn() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("a"), .down)
        type(&state, "Dup")
        let effects = press(&state, .enter)
        guard case .insertRow(let generation, _, _) = effects.first else {
            Issue.record("expected an insert")
            return
        }
        #expect(form(state)?.isSaving == true)
        _ = update(
            &state,
            .writeFailed(
                generation: generation, message: "Another row of tracks(Name) already has this",
                columns: ["name"]))
        let open = try? #require(form(state))
        #expect(open?.isSaving == false)
        #expect(open?.fields[1].editor.text == "Dup")
        #expect(open?.fields[1].error == "Another row of tracks(Name) already has this")
        #expect(open?.selection == 1)
        #expect(state.message == nil)
        // Fixing the value and saving again goes through.
        _ = press(&state, .control("U"))
        type(&state, "Unique")
        guard case .insertRow(let retry, _, let values) = press(&state, .enter).first else {
            Issue.record("expected a second insert")
            return
        }
        #expect(values["Name"] == "Unique")
        _ = update(
            &state, .rowInserted(generation: retry, table: Fixtures.tracks, key: ["TrackId": 9]))
        #expect(state.mode == .browsing)
        #expect(state.message?.text == "Row added (u undoes).")
    }

    @Test func aFailureBlamingNoFieldIsShownUnderTheForm() {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("a"))
        guard case .insertRow(let generation, _, _) = press(&state, .enter).first else {
            Issue.record("expected an insert")
            return
        }
        _ = update(&state, .writeFailed(generation: generation, message: "disk I/O error"))
        #expect(form(state)?.error == "disk I/O error")
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("disk I/O error"))
    }

    @Test func longTypeNamesAreShownWhole() {
        var state = Fixtures.openTracks()
        state.size = Size(width: 120, height: 30)
        _ = press(&state, .character("a"))
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("nvarchar(200)"))
        #expect(buffer.textSnapshot().contains("pk integer"))
    }
}
