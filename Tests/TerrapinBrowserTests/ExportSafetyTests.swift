import Foundation
import TerminalUI
import Terrapin
import Testing

@testable import TerrapinBrowser

/// `x` never writes over the open database or any SQLite file, asks before replacing an
/// ordinary file, and asks for the format when the name does not give it.
@Suite struct ExportSafetyTests {
    private func typeExportPath(_ state: inout BrowserState, _ path: String) -> [BrowserEffect] {
        _ = press(&state, .character("x"), .control("U"))
        for character in path { _ = press(&state, .character(character)) }
        return press(&state, .enter)
    }

    /// A scratch folder, removed by the caller.
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: The update logic

    @Test func enterChecksThePathBeforeWritingAnything() {
        var state = Fixtures.openTracks()
        let effects = typeExportPath(&state, "out.csv")
        guard case .inspectExportTarget(_, let job) = effects.last else {
            Issue.record("expected the target to be inspected first, got \(effects)")
            return
        }
        #expect(job.path == "out.csv")
        #expect(job.format == .csv)
        #expect(!job.replacesExistingFile)
    }

    @Test func aNewFileIsWrittenAtOnce() {
        var state = Fixtures.openTracks()
        guard
            case .inspectExportTarget(let generation, let job) = typeExportPath(&state, "a.json")
                .last
        else { return #expect(Bool(false)) }
        #expect(job.format == .json)
        let effects = update(&state, .exportTargetInspected(generation: generation, job, .newFile))
        guard case .exportRows(_, let started) = effects.last else {
            Issue.record("expected the export to start")
            return
        }
        #expect(started == job)
    }

    @Test func anExistingFileIsReplacedOnlyAfterYesOnADrawnQuestion() {
        var state = Fixtures.openTracks()
        guard
            case .inspectExportTarget(let generation, let job) = typeExportPath(&state, "a.csv")
                .last
        else { return #expect(Bool(false)) }
        let asked = update(
            &state, .exportTargetInspected(generation: generation, job, .existingFile(bytes: 45)))
        #expect(asked.isEmpty)
        guard case .confirming(let confirmation) = state.mode,
            case .overwriteFile(let pending, let bytes) = confirmation.action
        else {
            Issue.record("expected the overwrite question")
            return
        }
        #expect(pending == job)
        #expect(bytes == 45)
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("a.csv exists (45 bytes)."))
        #expect(press(&state, .character("y")).isEmpty)  // not drawn yet: ignored
        _ = update(&state, .framePresented)
        let effects = press(&state, .character("y"))
        guard case .exportRows(_, let replacing) = effects.last else {
            Issue.record("expected the export to start after yes")
            return
        }
        #expect(replacing.replacesExistingFile)
    }

    @Test func noKeepsTheExistingFile() {
        var state = Fixtures.openTracks()
        guard
            case .inspectExportTarget(let generation, let job) = typeExportPath(&state, "a.csv")
                .last
        else { return #expect(Bool(false)) }
        _ = update(
            &state, .exportTargetInspected(generation: generation, job, .existingFile(bytes: 1)))
        _ = update(&state, .framePresented)
        #expect(press(&state, .character("n")).isEmpty)
        #expect(state.mode == .browsing)
        #expect(state.message?.text == "Kept a.csv; nothing was exported.")
    }

    @Test func theOpenDatabaseAndOtherSQLiteFilesAreRefusedWithoutAQuestion() {
        for target in [ExportTarget.openDatabase, .sqliteDatabase] {
            var state = Fixtures.openTracks()
            guard
                case .inspectExportTarget(let generation, let job) = typeExportPath(
                    &state, "music.csv"
                ).last
            else { return #expect(Bool(false)) }
            let effects = update(
                &state, .exportTargetInspected(generation: generation, job, target))
            #expect(effects.isEmpty)
            #expect(state.mode == .browsing)
            #expect(state.message?.isError == true)
            #expect(state.message?.text.contains("nothing was written") == true)
        }
    }

    @Test func aNameWithoutAKnownExtensionAsksForTheFormat() {
        var state = Fixtures.openTracks()
        #expect(typeExportPath(&state, "music.db").isEmpty)
        #expect(state.mode == .exportFormatPrompt(path: "music.db"))
        var buffer = ScreenBuffer(size: Size(width: 120, height: 24))
        state.size = Size(width: 120, height: 24)
        render(state, into: &buffer)
        #expect(buffer.textSnapshot().contains("Export as: c CSV  j JSON  Esc cancel"))
        #expect(buffer.textSnapshot().contains("(music.db has no .csv or .json ending)"))
        let effects = press(&state, .character("j"))
        guard case .inspectExportTarget(_, let job) = effects.last else {
            Issue.record("expected the target check after choosing JSON")
            return
        }
        #expect(job.format == .json)
        #expect(job.path == "music.db")
    }

    @Test func extensionsAreReadIgnoringCaseAndOnlyFromTheFileName() {
        #expect(ExportFormat(extensionOf: "OUT.CSV") == .csv)
        #expect(ExportFormat(extensionOf: "dir.json/out") == nil)
        #expect(ExportFormat(extensionOf: ".csv") == nil)
        #expect(ExportFormat(extensionOf: "a.b.json") == .json)
        #expect(ExportFormat(extensionOf: "notes.txt") == nil)
    }

    // MARK: What is on disk

    @Test func theInspectorTellsDatabasesFilesFoldersAndNewNamesApart() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("music.sqlite").path
        let other = folder.appendingPathComponent("other.sqlite").path
        let notes = folder.appendingPathComponent("notes.csv").path
        for path in [database, other] {
            FileManager.default.createFile(
                atPath: path, contents: Data("SQLite format 3\0".utf8) + Data(count: 84))
        }
        FileManager.default.createFile(atPath: notes, contents: Data("a,b\n".utf8))
        let link = folder.appendingPathComponent("alias.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: database)
        let files = [database, database + "-wal", database + "-shm", database + "-journal"]

        func inspect(_ path: String) -> ExportTarget {
            ExportTargetInspector.inspect(path, protecting: files)
        }
        #expect(inspect(database) == .openDatabase)
        #expect(inspect(link) == .openDatabase)
        #expect(inspect(database + "-wal") == .openDatabase)  // even before it exists
        #expect(inspect(other) == .sqliteDatabase)
        #expect(inspect(notes) == .existingFile(bytes: 4))
        #expect(inspect(folder.path) == .notAFile)
        #expect(inspect(folder.appendingPathComponent("new.csv").path) == .newFile)
        guard case .unwritableFolder = inspect(folder.path + "/missing/new.csv") else {
            Issue.record("a missing folder should be reported")
            return
        }
        // An empty database file has no header yet: only its identity protects it.
        let empty = folder.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(ExportTargetInspector.inspect(empty, protecting: [empty]) == .openDatabase)
    }

    // MARK: The real browser on a real file

    @MainActor
    @Test func typingTheOpenDatabaseAsTheExportPathLeavesItIntact() async throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("music.sqlite").path
        let database = try await connect("sqlite://" + path, create: true, makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
        try await database.execute(raw: "INSERT INTO item VALUES (1, 'one'), (2, 'two')")
        let sizeBefore = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int

        let backend = TestBackend(width: 100, height: 24)
        let runtime = BrowserRuntime(
            database: database, options: BrowserOptions(initialTable: "item"), backend: backend)
        let (events, input) = AsyncStream.makeStream(of: TerminalEvent.self)
        let running = Task { await runtime.run(events: events) }
        try await waitForScreen(backend) { $0.contains("rows 1–2 of 2") }

        // Named without an extension: the format is asked first, then the path is refused.
        input.yield(.key(.character("x")))
        input.yield(.key(.control("U")))
        for character in path { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) { $0.contains("Export as:") }
        input.yield(.key(.character("c")))
        try await waitForScreen(backend) { $0.contains("is the open database") }

        // An existing CSV is replaced only after yes.
        let existing = folder.appendingPathComponent("items.csv").path
        FileManager.default.createFile(atPath: existing, contents: Data("keep me\n".utf8))
        input.yield(.key(.character("x")))
        input.yield(.key(.control("U")))
        for character in existing { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) { $0.contains("Replace file?") }
        input.yield(.key(.character("n")))
        try await waitForScreen(backend) { $0.contains("nothing was exported") }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")
        input.yield(.key(.character("x")))
        input.yield(.key(.control("U")))
        for character in existing { input.yield(.key(.character(character))) }
        input.yield(.key(.enter))
        try await waitForScreen(backend) { $0.contains("Replace file?") }
        input.yield(.key(.character("y")))
        try await waitForScreen(backend) { $0.contains("Exported 2 rows") }
        #expect(
            try String(contentsOfFile: existing, encoding: .utf8) == "id,label\n1,one\n2,two\n")

        input.yield(.key(.character("q")))
        await running.value
        input.finish()
        let rows = try await database.raw("SELECT count(*) AS n FROM item")
        #expect(rows.first?["n"] == .integer(2))
        try await database.close()
        #expect(ExportTargetInspector.isSQLiteFile(at: path))
        let sizeAfter = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(sizeAfter == sizeBefore)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.contains(".terrapin-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anExportNeverReplacesAFileThatAppearedAfterTheCheck() async throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        try await database.execute(raw: "CREATE TABLE item (id INTEGER PRIMARY KEY)")
        try await database.execute(raw: "INSERT INTO item VALUES (1)")
        let table = try #require(try await database.introspect().first)
        let target = folder.appendingPathComponent("late.csv").path
        // Checked as new, then someone writes the file before the export finishes.
        FileManager.default.createFile(atPath: target, contents: Data("theirs".utf8))
        let job = ExportJob(
            query: QueryRequest(table: table, predicate: nil, ordering: []), path: target,
            format: .csv)
        await #expect(throws: ExportError.self) {
            _ = try await Exporter.export(
                database.table(table), job: job, protecting: database.filePaths)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "theirs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["late.csv"])
        try await database.close()
    }
}

extension ExportSafetyTests {
    @Test func anExportWithoutASortListsRowsInTheGridsOrder() async throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await connect("sqlite://:memory:", makeDefault: false)
        // A text key: the table's natural order (by rowid, as inserted) is not the key's.
        try await database.execute(raw: "CREATE TABLE word (k TEXT PRIMARY KEY, n INTEGER)")
        try await database.execute(raw: "INSERT INTO word VALUES ('pear', 1), ('apple', 2)")
        let table = try #require(try await database.introspect(table: "word"))
        let request = QueryRequest(table: table, predicate: nil, ordering: [])
        let page = try await request.querySet(on: database).fetchPage(size: 10)
        #expect(page.rows.map { $0["k"] } == [.text("apple"), .text("pear")])
        let target = folder.appendingPathComponent("words.csv").path
        let job = ExportJob(query: request, path: target, format: .csv)
        _ = try await Exporter.export(
            request.gridOrderedQuerySet(on: database), job: job, protecting: [])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "k,n\napple,2\npear,1\n")
        try await database.close()
    }
}
