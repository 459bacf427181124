import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

/// `c` shows the SQL that really reads the page on screen: the key tiebreak, the keyset
/// condition or offset, and the LIMIT.
@Suite struct CodeViewTests {
    private func describe(_ state: inout BrowserState, on database: any Database) async
        -> (swift: String, sql: String)?
    {
        let effects = update(&state, .keyPressed(.character("c")))
        guard let effect = effects.last, case .describeQuery = effect,
            let message = await BrowserWork.perform(effect, on: database),
            case .queryDescribed(_, let swift, let sql) = message
        else { return nil }
        return (swift, sql)
    }

    /// Runs the page loads among `effects` (and those their results start) against the
    /// database, as the runtime would.
    private func loadPages(
        _ effects: [BrowserEffect], _ state: inout BrowserState, on database: any Database
    ) async {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            guard case .loadPage = effect,
                let message = await BrowserWork.perform(effect, on: database)
            else { continue }
            pending += update(&state, message)
        }
    }

    @Test func theSecondPageShowsItsKeysetConditionTiebreakAndLimit() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(raw: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        try await database.execute(
            raw: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                + "INSERT INTO t SELECT i, 'n' || (i % 3) FROM n")
        let table = try #require(try await database.introspect(table: "t"))
        var state = BrowserState(size: Size(width: 100, height: 24))
        _ = update(&state, .tablesLoaded([table]))
        await loadPages(state.openTable(table), &state, on: database)
        state.table?.cursorColumn = 1
        await loadPages(state.cycleSort(), &state, on: database)
        await loadPages(update(&state, .keyPressed(.pageDown)), &state, on: database)
        let described = try #require(await describe(&state, on: database))
        #expect(described.sql.contains(#"ORDER BY "name", "id" LIMIT 19"#))
        #expect(described.sql.contains(#"("name", "id") > (?, ?)"#))
        #expect(described.sql.contains("LIMIT 19"))
        #expect(described.swift.contains(".fetchPage(size: 18, after: [.text("))
        try await database.close()
    }

    @Test func aViewShowsItsOffsetAndTiebreak() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(raw: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        try await database.execute(raw: "CREATE VIEW v AS SELECT name, id FROM t")
        let view = try #require(try await database.introspect(table: "v"))
        var state = BrowserState(size: Size(width: 100, height: 24))
        _ = update(&state, .tablesLoaded([view]))
        _ = state.openTable(view)
        _ = update(
            &state,
            .pageLoaded(
                generation: state.inFlight.page ?? -1,
                LoadedPage(rows: [], hasMore: false, elapsedMilliseconds: 1, startRow: 36)))
        state.table?.ordering = [OrderTerm("name")]
        let described = try #require(await describe(&state, on: database))
        #expect(described.sql.contains(#"ORDER BY "name", "id" LIMIT 19"#))
        #expect(described.sql.contains("OFFSET 36"))
        #expect(described.swift.contains(".fetchPage(size: 18, offset: 36)"))
        try await database.close()
    }
}
