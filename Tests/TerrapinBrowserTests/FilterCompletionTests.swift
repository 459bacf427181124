import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct FilterCompletionTests {
    private func bar(of state: BrowserState) -> FilterBarState? {
        if case .filterBar(let bar) = state.mode { return bar }
        return nil
    }

    /// Tracks with `text` typed in the `/` bar.
    private func typed(_ text: String) -> BrowserState {
        var state = Fixtures.openTracks()
        _ = press(&state, .character("/"))
        type(&state, text)
        return state
    }

    private func statusLine(_ state: BrowserState) -> String {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer.textSnapshot().split(separator: "\n")[state.layout.statusRow]
            .trimmingCharacters(in: .whitespaces)
    }

    @Test func anAmbiguousPrefixCompletesTheCommonPartAndListsTheCandidates() throws {
        var state = typed("c")
        _ = press(&state, .tab)
        let completed = try #require(bar(of: state))
        #expect(completed.editor.text == "Co")
        #expect(completed.completions == ["Composer", "Cover"])
        #expect(statusLine(state) == "Columns (2): Composer  Cover")
        _ = press(&state, .character("m"), .tab)
        #expect(bar(of: state)?.editor.text == "Composer")
        #expect(bar(of: state)?.completions == [])
    }

    @Test func theCommonPrefixIgnoresCaseAndKeepsTheFirstSpelling() {
        #expect(BrowserState.commonPrefix(["ID", "idseq"]) == "ID")
        #expect(BrowserState.commonPrefix(["TrackId", "trackName"]) == "Track")
        #expect(BrowserState.commonPrefix(["Name"]) == "Name")
    }

    @Test func theInlineErrorIsRecomputedForTheCompletedText() throws {
        var state = typed("comp=x")
        #expect(bar(of: state)?.error?.hasPrefix("No column \"comp\"") == true)
        _ = press(&state, .home, .right, .right, .right, .right, .tab)
        let completed = try #require(bar(of: state))
        #expect(completed.editor.text == "Composer=x")
        #expect(completed.error == nil)
    }

    @Test func lookupNamesCompleteAfterTheDoubleUnderscore() throws {
        var state = typed("Name__ico")
        _ = press(&state, .tab)
        #expect(bar(of: state)?.editor.text == "Name__icontains")
        state = typed("Name__is")
        _ = press(&state, .tab)
        let ambiguous = try #require(bar(of: state))
        #expect(ambiguous.editor.text == "Name__is")
        #expect(ambiguous.completions == ["istartswith", "isnull"])
        #expect(statusLine(state) == "Lookups (2): istartswith  isnull")
    }

    @Test func namesThatNeedBackticksCompleteInsideThem() throws {
        let people = TableDescription(
            name: "people", kind: .table,
            columns: [
                ColumnDescription(
                    name: "id", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                    primaryKeyPosition: 1),
                ColumnDescription(name: "First Name", declaredType: "TEXT", isNullable: true),
                ColumnDescription(name: "First Nick", declaredType: "TEXT", isNullable: true),
            ],
            primaryKey: ["id"], hiddenRowKey: "rowid")
        var state = BrowserState(size: Size(width: 80, height: 24))
        _ = update(&state, .tablesLoaded([people]))
        _ = state.openTable(people)
        Fixtures.deliverPage(&state, rows: [])
        _ = press(&state, .character("/"))
        type(&state, "fi")
        _ = press(&state, .tab)
        #expect(bar(of: state)?.editor.text == "`First N")
        type(&state, "a")
        _ = press(&state, .tab)
        #expect(bar(of: state)?.editor.text == "`First Name`")
    }
}
