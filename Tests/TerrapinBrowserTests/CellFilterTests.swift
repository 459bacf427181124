import Foundation
import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct CellFilterTests {
    private let cover = SQLValue.blob(Data([0x89, 0x50, 0x4e, 0x47]))

    /// Tracks with the cursor on the Cover BLOB of the fourth row.
    private func onCover() -> BrowserState {
        var state = Fixtures.openTracks()
        _ = press(&state, .down, .down, .down, .character("$"))
        return state
    }

    @Test func equalsOnABlobCellFiltersOnItsBytes() throws {
        var state = onCover()
        #expect(state.table?.currentColumn == "Cover")
        let effects = press(&state, .character("="))
        let predicate = QueryPredicate.condition(field: "Cover", lookup: .exact, operands: [cover])
        let view = try #require(state.table)
        #expect(view.predicate == predicate)
        #expect(view.filterText == "Cover=x'89504e47'")
        #expect(state.message == nil)
        let query = QueryRequest(table: Fixtures.tracks, predicate: predicate, ordering: [])
        #expect(
            effects == [
                .loadPage(
                    generation: state.inFlight.page ?? -1,
                    PageRequest(query: query, size: 18, anchor: .first)),
                .countMatches(generation: state.inFlight.count ?? -1, query),
            ])
    }

    @Test func bangOnABlobCellExcludesItsBytesAndTheTextReadsBack() throws {
        var state = onCover()
        _ = press(&state, .character("!"))
        let view = try #require(state.table)
        #expect(
            view.predicate
                == !.condition(field: "Cover", lookup: .exact, operands: [cover]))
        #expect(state.parseFilter(view.filterText) == .success(view.predicate))
    }
}
