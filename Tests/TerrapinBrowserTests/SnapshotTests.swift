import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private func name(_ base: String, _ size: Size) -> String {
        "\(base)-\(size.width)x\(size.height)"
    }

    @Test(arguments: sizes) func theSidebarAndGridShowTheOpenTable(size: Size) throws {
        var state = Fixtures.openTracks(size: size)
        _ = update(&state, .keyPressed(.right))
        try assertSnapshot(of: state, named: name("grid", size))
    }

    @Test(arguments: sizes) func theTableListShowsCountsAndViews(size: Size) throws {
        var state = Fixtures.loadedState(size: size)
        state.models = [
            ModelSchema(
                modelName: "Track", tableName: "tracks",
                columns: [
                    ColumnSchema(fieldName: "id", valueType: Int?.self, primaryKey: .autoIncrement),
                    ColumnSchema(fieldName: "name", valueType: String.self, maxLength: 200),
                ])
        ]
        try assertSnapshot(of: state, named: name("sidebar", size))
    }

    @Test(arguments: sizes) func theFilterBarShowsItsErrorInline(size: Size) throws {
        var state = Fixtures.openTracks(size: size)
        state.mode = .filterBar(
            FilterBarState(
                editor: LineEditor(text: "Milliseconds__gt="),
                error: "Lookup syntax error at column 18: expected a value after '=', found end "
                    + "of input."))
        try assertSnapshot(of: state, named: name("filter-error", size))
    }

    @Test(arguments: sizes) func theHelpListsTheKeys(size: Size) throws {
        var state = Fixtures.openTracks(size: size)
        _ = update(&state, .keyPressed(.character("?")))
        try assertSnapshot(of: state, named: name("help", size))
    }

    @Test(arguments: sizes) func theRecordViewShowsEveryField(size: Size) throws {
        var state = Fixtures.openTracks(size: size)
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.down))
        let effects = update(&state, .keyPressed(.enter))
        if case .loadReferences(let generation, _) = effects.first {
            let album = DynamicRow(
                columns: ColumnNames(["AlbumId", "Title"]), values: [1, "For Those About To Rock"])
            _ = update(&state, .referencesLoaded(generation: generation, ["AlbumId": album]))
        }
        try assertSnapshot(of: state, named: name("record", size))
    }

    @Test(arguments: sizes) func theFilterBuilderShowsLookupTextAndCount(size: Size) throws {
        var state = Fixtures.openTracks(size: size)
        for key: KeyEvent in [
            .character("$"), .left, .left, .character("F"), .tab, .right, .right,
            .tab, .character("3"), .character("0"), .character("0"),
        ] {
            _ = update(&state, .keyPressed(key))
        }
        _ = update(
            &state, .builderCountLoaded(generation: state.inFlight.builderCount ?? 0, count: 1042))
        try assertSnapshot(of: state, named: name("filter-builder", size))
    }

    @Test func aTinyTerminalSaysItIsTooSmall() throws {
        let state = Fixtures.openTracks(size: Size(width: 30, height: 8))
        var buffer = ScreenBuffer(width: 30, height: 8)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("Terminal too small (30x8)"))
    }

    @Test func theModelFieldsShowTheirMetadata() throws {
        var state = Fixtures.loadedState()
        state.models = [
            ModelSchema(
                modelName: "Track", tableName: "tracks",
                columns: [
                    ColumnSchema(fieldName: "id", valueType: Int?.self, primaryKey: .autoIncrement),
                    ColumnSchema(fieldName: "name", valueType: String.self, maxLength: 200),
                    ColumnSchema(fieldName: "composer", valueType: String?.self),
                ])
        ]
        _ = update(&state, .keyPressed(.enter))
        try assertSnapshot(of: state, named: "model-80x24")
    }

    @Test func asciiModeDrawsWithoutLineCharacters() throws {
        var state = Fixtures.openTracks()
        state.usesASCII = true
        try assertSnapshot(of: state, named: "grid-ascii-80x24")
    }

    @Test func aWideTerminalUsesTheSpace() throws {
        let state = Fixtures.openTracks(size: Size(width: 200, height: 60))
        try assertSnapshot(of: state, named: "grid-200x60")
    }
}
