import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

/// After a write the browser keeps what the database really stored, so undo works when a
/// trigger rewrote the row, and generated columns are never offered for writing.
@Suite struct StoredValueEditTests {
    /// Runs every write or page effect against the database and feeds the results back.
    private func run(
        _ effects: [BrowserEffect], _ state: inout BrowserState, on database: any Database
    )
        async
    {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .saveEdit, .insertRow, .deleteRow, .loadPage:
                if let message = await BrowserWork.perform(effect, on: database) {
                    pending += update(&state, message)
                }
            default: break
            }
        }
    }

    @Test func undoWorksAfterATriggerRewroteTheEditedColumn() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT, last_update TEXT)")
        try await database.execute(
            raw: "INSERT INTO film VALUES (1, 'Alien', '2020-01-01 00:00:00')")
        try await database.execute(
            raw: """
                CREATE TRIGGER film_touch AFTER UPDATE ON film BEGIN
                  UPDATE film SET last_update = '2026-12-01 12:00:00' WHERE id = NEW.id;
                END
                """)
        let film = try #require(try await database.introspect(table: "film"))
        var state = BrowserState(size: Size(width: 100, height: 30))
        _ = update(&state, .tablesLoaded([film]))
        await run(state.openTable(film), &state, on: database)
        #expect(state.table?.rows.count == 1)

        // Edit last_update; the trigger overwrites what was typed.
        _ = press(&state, .character("$"), .character("e"), .control("U"))
        for character in "1999-09-09" { _ = press(&state, .character(character)) }
        await run(press(&state, .enter), &state, on: database)
        #expect(state.message?.text.contains("The database stored last_update") == true)
        guard case .updated(let edit)? = state.undoStack.last else {
            Issue.record("the edit should be undoable")
            return
        }
        #expect(edit.changes["last_update"] == .text("2026-12-01 12:00:00"))

        // Undo compares against the stored value, so it goes through.
        await run(press(&state, .character("u")), &state, on: database)
        #expect(state.message?.isError == false)
        #expect(state.message?.text.hasPrefix("Undone") == true)
        let rows = try await database.raw("SELECT last_update FROM film")
        // The restore itself fires the trigger again: the stored value is the trigger's.
        #expect(rows.first?["last_update"] == .text("2026-12-01 12:00:00"))
        try await database.close()
    }

    @Test func undoOfAnInsertDeletesTheRowTheDatabaseKeyed() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT DEFAULT 'empty')")
        let note = try #require(try await database.introspect(table: "note"))
        var state = BrowserState(size: Size(width: 100, height: 30))
        _ = update(&state, .tablesLoaded([note]))
        await run(state.openTable(note), &state, on: database)
        await run(press(&state, .character("a"), .enter), &state, on: database)
        #expect(state.undoStack.last == .inserted(table: note, key: ["id": 1]))
        await run(press(&state, .character("u")), &state, on: database)
        let rows = try await database.raw("SELECT count(*) AS n FROM note")
        #expect(rows.first?["n"] == .integer(0))
        try await database.close()
    }

    @Test func generatedColumnsAreLeftOutOfTheFormAndRefuseEditing() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(
            raw: """
                CREATE TABLE item (id INTEGER PRIMARY KEY, price REAL,
                  with_tax REAL GENERATED ALWAYS AS (price * 1.2) VIRTUAL)
                """)
        try await database.execute(raw: "INSERT INTO item (id, price) VALUES (1, 10)")
        let item = try #require(try await database.introspect(table: "item"))
        var state = BrowserState(size: Size(width: 100, height: 30))
        _ = update(&state, .tablesLoaded([item]))
        await run(state.openTable(item), &state, on: database)
        _ = press(&state, .character("$"), .character("e"))
        #expect(state.mode == .browsing)
        #expect(state.message?.text.contains("with_tax is a generated column") == true)
        _ = press(&state, .character("a"))
        guard case .addRow(let form) = state.mode else {
            Issue.record("expected the add form")
            return
        }
        #expect(form.fields.map(\.column.name) == ["id", "price"])
        try await database.close()
    }
}

extension StoredValueEditTests {
    @Test func twoEditsOfATriggerRewrittenColumnUndoOneAfterTheOther() async throws {
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(
            raw: "CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT, last_update TEXT)")
        try await database.execute(raw: "INSERT INTO film VALUES (1, 'Alien', 'original')")
        // Each write stamps a new value: the trigger counts its own runs.
        try await database.execute(raw: "CREATE TABLE runs (n INTEGER)")
        try await database.execute(raw: "INSERT INTO runs VALUES (0)")
        try await database.execute(
            raw: """
                CREATE TRIGGER film_touch AFTER UPDATE OF title, last_update ON film BEGIN
                  UPDATE runs SET n = n + 1;
                  UPDATE film SET last_update = 'stamp ' || (SELECT n FROM runs)
                  WHERE id = NEW.id;
                END
                """)
        let film = try #require(try await database.introspect(table: "film"))
        var state = BrowserState(size: Size(width: 100, height: 30))
        _ = update(&state, .tablesLoaded([film]))
        await run(state.openTable(film), &state, on: database)
        for typed in ["first", "second"] {
            _ = press(&state, .character("$"), .character("e"), .control("U"))
            for character in typed { _ = press(&state, .character(character)) }
            await run(press(&state, .enter), &state, on: database)
        }
        #expect(state.undoStack.count == 2)
        await run(press(&state, .character("u")), &state, on: database)
        #expect(state.message?.text.hasPrefix("Undone: wrote last_update back.") == true)
        await run(press(&state, .character("u")), &state, on: database)
        #expect(state.message?.isError == false)
        #expect(state.message?.text.hasPrefix("Undone") == true)
        #expect(state.undoStack.isEmpty)
        try await database.close()
    }

    @Test func undoNamesTheChangeOfAnotherTableInsteadOfUndoingItUnseen() {
        var state = Fixtures.openTracks()
        let edit = RowEdit(
            table: Fixtures.albums, key: ["AlbumId": 2], changes: ["Title": "New"],
            expecting: ["Title": "Old"])
        state.undoStack = [.updated(edit)]
        #expect(press(&state, .character("u")).isEmpty)
        #expect(state.undoStack.count == 1)
        #expect(
            state.message?.text
                == "The last change was to Title of the row AlbumId=2 of albums: open albums to "
                + "undo it.")
    }
}
