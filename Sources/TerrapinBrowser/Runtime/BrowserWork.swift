import Foundation
import TerrapinCore

/// The work behind each effect: calls into the ORM and returns the message to post. Runs in
/// detached tasks, never on the main actor.
enum BrowserWork {
    /// Introspects the database.
    static func loadTables(_ database: any Database) async -> BrowserMessage {
        do {
            return .tablesLoaded(try await database.introspect())
        } catch {
            return .tablesFailed("Cannot list the tables: \(describe(error))")
        }
    }

    /// Counts a table's rows for the sidebar (failures leave the count blank).
    static func countRows(_ table: TableDescription, _ database: any Database) async
        -> BrowserMessage?
    {
        guard let count = try? await database.table(table).count() else { return nil }
        return .rowCountLoaded(table: table.name, count: count)
    }

    /// Carries out a query or write effect.
    static func perform(_ effect: BrowserEffect, on database: any Database) async
        -> BrowserMessage?
    {
        switch effect {
        case .loadPage(let generation, let request):
            return await query(generation) {
                let start = ContinuousClock.now
                let querySet = request.query.querySet(on: database)
                let page: Page<DynamicRow>
                if !querySet.hasUniqueOrdering {
                    page = try await offsetPage(request, of: querySet)
                } else {
                    switch request.anchor {
                    case .first: page = try await querySet.fetchPage(size: request.size)
                    case .after(let position):
                        page = try await querySet.fetchPage(size: request.size, after: position)
                    case .before(let position):
                        page = try await querySet.fetchPage(size: request.size, before: position)
                    case .last:
                        page = try await querySet.fetchPage(size: request.size, before: nil)
                    case .offset(let row):
                        // Only views and tables without a key page by offset (handled above).
                        page = try await querySet.fetchPage(size: request.size, offset: row)
                    }
                }
                // An offset page knows where it starts (`offset`); a keyset page does not.
                return .pageLoaded(
                    generation: generation,
                    LoadedPage(
                        rows: page.rows, hasMore: page.hasMore,
                        elapsedMilliseconds: milliseconds(since: start), startRow: page.offset))
            }
        case .countMatches(let generation, let request):
            return await query(generation) {
                .countLoaded(
                    generation: generation, count: try await request.querySet(on: database).count())
            }
        case .countBuilderMatches(let generation, let request):
            return await query(generation) {
                .builderCountLoaded(
                    generation: generation, count: try await request.querySet(on: database).count())
            }
        case .loadReferences(let generation, let requests):
            return await query(generation) {
                var rows: [String: DynamicRow] = [:]
                for (column, request) in requests {
                    rows[column] = try await request.querySet(on: database).limit(1).all().first
                }
                return .referencesLoaded(generation: generation, rows)
            }
        case .describeQuery(let generation, let request):
            return await query(generation) {
                let sql = try pageStatement(request, on: database)
                return .queryDescribed(
                    generation: generation,
                    swift: SwiftCode.describe(
                        request.query, anchor: request.anchor, pageSize: request.size),
                    sql: sql.description)
            }
        case .inspectExportTarget(let generation, let job):
            let target = ExportTargetInspector.inspect(job.path, protecting: database.filePaths)
            return .exportTargetInspected(generation: generation, job, target)
        case .exportRows(let generation, let job):
            return await query(generation) {
                let count = try await Exporter.export(
                    job.query.gridOrderedQuerySet(on: database), job: job,
                    protecting: database.filePaths)
                return .exportFinished(generation: generation, path: job.path, rowCount: count)
            }
        case .saveEdit(let generation, let edit):
            return await write(generation) {
                let stored = try await database.table(edit.table).updateRow(
                    key: edit.key, changes: edit.changes, expecting: edit.expecting)
                return .rowUpdated(generation: generation, edit.storing(stored))
            }
        case .insertRow(let generation, let table, let values):
            return await write(generation) {
                // The row as stored (defaults, triggers, the new key) decides the key that
                // undo deletes by.
                let stored = try await database.table(table).insertAndFetchRow(values)
                var key: [String: SQLValue] = [:]
                for column in table.rowKey {
                    key[column] = stored?[column] ?? values[column] ?? .null
                }
                return .rowInserted(generation: generation, table: table, key: key)
            }
        case .deleteRow(let generation, let table, let key, let expecting):
            return await write(generation) {
                try await database.table(table).deleteRow(key: key, expecting: expecting)
                return .rowDeleted(generation: generation, table: table, values: expecting)
            }
        case .loadFacet(let generation, let request):
            return await loadFacet(generation, request, on: database)
        case .pollChanges(let generation, let table):
            return await pollChanges(generation, table: table, on: database)
        case .reloadChangedPage(let generation, let request, let previousKeys):
            return await reloadChangedPage(
                generation, request, previousKeys: previousKeys, on: database)
        case .loadTables, .countRows, .cancel, .quit:
            return nil
        }
    }

    /// A page of a view or a table without a key, found by row number: keyset paging needs a
    /// unique key, and without one it would skip rows whose ordering values tie. The order
    /// is made total by the remaining columns (`QuerySet.offsetOrdering()`), so every row
    /// shows exactly once. Its ``Page/offset`` is where it starts; ``Page/hasMore`` tells of
    /// the page after (or, for the last page, whether rows come before it).
    static func offsetPage(_ request: PageRequest, of querySet: QuerySet<DynamicRow>)
        async throws -> Page<DynamicRow>
    {
        let start: Int
        switch request.anchor {
        case .first, .after, .before: start = 0
        case .offset(let row): start = max(0, row)
        case .last:
            let count = try await querySet.count()
            start = max(0, count - request.size)
            var page = try await querySet.fetchPage(size: request.size, offset: start)
            page.hasMore = start > 0
            return page
        }
        return try await querySet.fetchPage(size: request.size, offset: start)
    }

    /// Exactly the SQL that reads the page of `request`: with the row-key tiebreak, the
    /// keyset condition or the offset, and the `LIMIT` (one row more than the page, to know
    /// whether another follows).
    static func pageStatement(_ request: PageRequest, on database: any Database) throws
        -> SQLStatement
    {
        let querySet = request.query.querySet(on: database)
        let dialect = database.dialect
        let size = request.size
        switch request.anchor {
        case .first: return try querySet.pageStatement(size: size, after: nil, dialect: dialect)
        case .after(let position):
            return try querySet.pageStatement(size: size, after: position, dialect: dialect)
        case .before(let position):
            return try querySet.pageStatement(
                size: size, after: position, backwards: true, dialect: dialect)
        case .last:
            return try querySet.pageStatement(
                size: size, after: nil, backwards: true, dialect: dialect)
        case .offset(let row):
            return try querySet.pageStatement(size: size, offset: row, dialect: dialect)
        }
    }

    /// Whole milliseconds since `start`.
    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = start.duration(to: .now)
        return Int(elapsed.components.seconds) * 1000
            + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Runs a query, turning cancellation and errors into messages.
    private static func query(
        _ generation: Int, _ body: () async throws -> BrowserMessage
    ) async -> BrowserMessage {
        do {
            return try await body()
        } catch {
            if error is CancellationError || Task.isCancelled {
                return .queryCancelled(generation: generation)
            }
            return .queryFailed(generation: generation, message: describe(error))
        }
    }

    /// Runs a write, turning errors into messages.
    private static func write(
        _ generation: Int, _ body: () async throws -> BrowserMessage
    ) async -> BrowserMessage {
        do {
            return try await body()
        } catch {
            return .writeFailed(
                generation: generation, message: describe(error), columns: blamedColumns(error))
        }
    }

    /// The columns an error names, so a form can point at the field to fix.
    static func blamedColumns(_ error: any Error) -> [String] {
        switch error as? TerrapinError {
        case .constraintViolated(_, _, let columns, _)?: return columns
        case .validationFailed(_, let field, _, _)?: return [field]
        default: return []
        }
    }

    /// An error in the user's words.
    static func describe(_ error: any Error) -> String {
        if let terrapin = error as? TerrapinError { return terrapin.description }
        if let syntax = error as? LookupSyntaxError { return syntax.description }
        return String(describing: error)
    }
}
