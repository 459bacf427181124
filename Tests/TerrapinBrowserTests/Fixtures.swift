import Foundation
import TerminalUI
import TerrapinCore

@testable import TerrapinBrowser

/// Tables, rows and states shared by the browser tests.
enum Fixtures {
    static let albums = TableDescription(
        name: "albums", kind: .table,
        columns: [
            ColumnDescription(
                name: "AlbumId", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                primaryKeyPosition: 1),
            ColumnDescription(name: "Title", declaredType: "NVARCHAR(160)", isNullable: false),
        ],
        primaryKey: ["AlbumId"], hiddenRowKey: "rowid", identifierMatching: .caseInsensitive)

    static let tracks = TableDescription(
        name: "tracks", kind: .table,
        columns: [
            ColumnDescription(
                name: "TrackId", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                primaryKeyPosition: 1),
            ColumnDescription(name: "Name", declaredType: "NVARCHAR(200)", isNullable: false),
            ColumnDescription(name: "Composer", declaredType: "NVARCHAR(220)", isNullable: true),
            ColumnDescription(
                name: "Milliseconds", declaredType: "INTEGER", logicalType: .integer,
                isNullable: false),
            ColumnDescription(
                name: "AlbumId", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
            ColumnDescription(
                name: "Cover", declaredType: "BLOB", logicalType: .blob, isNullable: true),
        ],
        primaryKey: ["TrackId"], hiddenRowKey: "rowid",
        foreignKeys: [
            ForeignKeyDescription(
                columns: ["AlbumId"], referencedTable: "albums", referencedColumns: ["AlbumId"])
        ],
        indexes: [IndexDescription(name: "tracks_name", columns: ["Name"], isUnique: false)],
        identifierMatching: .caseInsensitive)

    static let longTracks = TableDescription(
        name: "long_tracks", kind: .view,
        columns: [
            ColumnDescription(
                name: "TrackId", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
            ColumnDescription(name: "Name", declaredType: "NVARCHAR(200)", isNullable: true),
        ],
        primaryKey: [], identifierMatching: .caseInsensitive)

    static let tables = [albums, tracks, longTracks]

    static let trackColumns = ColumnNames(tracks.columns.map(\.name))

    static func track(
        _ id: Int64, _ name: String, composer: String?, milliseconds: Int64, album: Int64?,
        cover: Data? = nil
    ) -> DynamicRow {
        DynamicRow(
            columns: trackColumns,
            values: [
                .integer(id), .text(name), composer.map { .text($0) } ?? .null,
                .integer(milliseconds), album.map { .integer($0) } ?? .null,
                cover.map { .blob($0) } ?? .null,
            ])
    }

    static let trackRows: [DynamicRow] = [
        track(
            1, "For Those About To Rock", composer: "Angus Young, Malcolm Young",
            milliseconds: 343_719, album: 1),
        track(2, "Balls to the Wall", composer: nil, milliseconds: 342_562, album: 2),
        track(3, "夜に駆ける", composer: "Ayase", milliseconds: 261_000, album: nil),
        track(
            4, "Café ☕ au lait 🎸", composer: "Zoë", milliseconds: 199_000, album: 1,
            cover: Data([0x89, 0x50, 0x4e, 0x47])),
        track(
            5, "A very long title that goes on and on well past any reasonable column width",
            composer: "Someone with a long name", milliseconds: 1_000, album: 2),
    ]

    /// A state with the table list loaded and counted.
    static func loadedState(size: Size = Size(width: 80, height: 24)) -> BrowserState {
        var state = BrowserState(size: size)
        _ = update(&state, .tablesLoaded(tables))
        _ = update(&state, .rowCountLoaded(table: "albums", count: 347))
        _ = update(&state, .rowCountLoaded(table: "tracks", count: 3503))
        return state
    }

    /// A state with `tracks` open, its first page and count loaded.
    static func openTracks(size: Size = Size(width: 80, height: 24)) -> BrowserState {
        var state = loadedState(size: size)
        state.sidebar.selection = state.sidebarEntries.firstIndex(of: .table("tracks")) ?? 0
        _ = update(&state, .keyPressed(.enter))
        let page = state.inFlight.page ?? 0
        let count = state.inFlight.count ?? 0
        _ = update(
            &state,
            .pageLoaded(
                generation: page,
                LoadedPage(rows: trackRows, hasMore: true, elapsedMilliseconds: 3)))
        _ = update(&state, .countLoaded(generation: count, count: 3503))
        return state
    }
}

extension Fixtures {
    /// Answers the page being loaded, if any, with `rows` (the fixture's tracks by default),
    /// as the runtime would; keys typed while it loaded then act.
    @discardableResult
    static func deliverPage(
        _ state: inout BrowserState, rows: [DynamicRow] = trackRows, hasMore: Bool = true
    ) -> [BrowserEffect] {
        guard let generation = state.inFlight.page else { return [] }
        return update(
            &state,
            .pageLoaded(
                generation: generation,
                LoadedPage(rows: rows, hasMore: hasMore, elapsedMilliseconds: 1)))
    }
}
