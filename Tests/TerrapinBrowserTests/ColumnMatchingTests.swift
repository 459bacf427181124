import TerminalUI
import TerrapinCore
import Testing

@testable import TerrapinBrowser

@Suite struct ColumnMatchingTests {
    /// A table whose columns are spelled in capitals, as in a dictionary database.
    static let senses = TableDescription(
        name: "Sense", kind: .table,
        columns: [
            ColumnDescription(
                name: "ID", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                primaryKeyPosition: 1),
            ColumnDescription(
                name: "SID", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
            ColumnDescription(name: "Straße", declaredType: "TEXT", isNullable: true),
        ],
        primaryKey: ["ID"], hiddenRowKey: "rowid", identifierMatching: .caseInsensitive)

    private func senseState() -> BrowserState {
        var state = BrowserState(size: Size(width: 80, height: 24))
        _ = update(&state, .tablesLoaded([Self.senses, Fixtures.tracks, Fixtures.albums]))
        _ = state.openTable(Self.senses)
        Fixtures.deliverPage(&state, rows: [])
        return state
    }

    @Test func aLowercaseNameFindsTheCapitalisedColumnAndThePredicateUsesItsSpelling() {
        var state = senseState()
        _ = press(&state, .character("/"))
        type(&state, "sid=5")
        guard case .filterBar(let bar) = state.mode else {
            Issue.record("expected the filter bar")
            return
        }
        #expect(bar.error == nil)
        _ = press(&state, .enter)
        #expect(state.table?.predicate == .condition(field: "SID", lookup: .exact, operands: [5]))
        #expect(state.table?.filterText == "sid=5")
    }

    @Test func everyFieldOfACombinedFilterIsResolved() {
        let state = Fixtures.openTracks()
        let parsed = state.parseFilter("TRACKID__gt=5 name__icontains=x | not albumid=null")
        #expect(
            parsed
                == .success(
                    .or([
                        .and([
                            .condition(field: "TrackId", lookup: .gt, operands: [5]),
                            .condition(field: "Name", lookup: .icontains, operands: ["x"]),
                        ]),
                        .not(.condition(field: "AlbumId", lookup: .isnull, operands: [1])),
                    ])))
    }

    @Test func caseIsFoldedForASCIILettersOnlyAsSQLiteDoes() {
        let view = TableViewState(description: Self.senses)
        #expect(view.resolveColumn("straße") == .success("Straße"))
        #expect(view.resolveColumn("STRASSE").isFailure)
        #expect(TableViewState.foldingASCIICase("ÉCOLE Id") == "École id")
    }

    @Test func anUnknownNameStillListsTheColumns() {
        let view = TableViewState(description: Self.senses)
        #expect(
            view.resolveColumn("gloss")
                == .failure(
                    FilterError(message: "No column \"gloss\" in Sense. Columns: ID, SID, Straße."))
        )
    }

    @Test func aForeignKeyNamingTheReferencedColumnInAnotherCaseFindsIt() {
        var state = senseState()
        let glosses = TableDescription(
            name: "Gloss", kind: .table,
            columns: [
                ColumnDescription(
                    name: "GID", declaredType: "INTEGER", logicalType: .integer, isNullable: false,
                    primaryKeyPosition: 1),
                ColumnDescription(
                    name: "sense", declaredType: "INTEGER", logicalType: .integer, isNullable: true),
            ],
            primaryKey: ["GID"], hiddenRowKey: "rowid",
            foreignKeys: [
                ForeignKeyDescription(
                    columns: ["sense"], referencedTable: "Sense", referencedColumns: ["id"])
            ], identifierMatching: .caseInsensitive)
        state.tables.append(glosses)
        let row = DynamicRow(columns: ColumnNames(["GID", "sense"]), values: [1, 7])
        #expect(
            state.referenceRequest(for: "sense", row: row, in: glosses)?.predicate
                == .condition(field: "ID", lookup: .exact, operands: [7]))
    }

    @Test func whereTheDriverMatchesNamesExactlyOnlyTheExactSpellingFindsAColumn() {
        var exact = Self.senses
        exact.identifierMatching = .exact
        let view = TableViewState(description: exact)
        #expect(view.resolveColumn("SID") == .success("SID"))
        #expect(view.resolveColumn("sid").isFailure)
    }
}

extension Result {
    /// Whether this is a failure.
    fileprivate var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
