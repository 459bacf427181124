import TerrapinCore

extension BrowserWork {
    /// Reads the change token of `table` (on SQLite, on the driver's watching connection,
    /// off the main actor and off the reader pool's page queries).
    static func pollChanges(_ generation: Int, table: String, on database: any Database) async
        -> BrowserMessage
    {
        do {
            let token = try await database.changeToken(for: table)
            return .changesPolled(
                generation: generation, table: table, token.map { .token($0) } ?? .unsupported)
        } catch {
            return .changesPolled(generation: generation, table: table, .failed(describe(error)))
        }
    }

    /// Reloads the page on screen after a change elsewhere, then asks which of the old
    /// page's rows that are no longer on it still exist (those that do left the page, the
    /// others were deleted). One small query by key, only when rows went missing.
    static func reloadChangedPage(
        _ generation: Int, _ request: PageRequest, previousKeys: [[String: SQLValue]],
        on database: any Database
    ) async -> BrowserMessage? {
        let loaded = await perform(.loadPage(generation: generation, request), on: database)
        guard case .pageLoaded(_, let page)? = loaded else { return loaded }
        let deleted = try? await countDeleted(
            of: previousKeys, shown: page.rows, in: request.query.table, on: database)
        return .livePageLoaded(generation: generation, page, deletedCount: deleted)
    }

    /// How many rows with `keys` that are not among `rows` no longer exist.
    static func countDeleted(
        of keys: [[String: SQLValue]], shown rows: [DynamicRow], in table: TableDescription,
        on database: any Database
    ) async throws -> Int {
        let keyColumns = table.rowKey
        guard !keyColumns.isEmpty else { return 0 }
        let shown = Set(rows.map(table.key(of:)))
        let missing = keys.filter { !shown.contains($0) }
        guard !missing.isEmpty else { return 0 }
        let predicate: QueryPredicate
        if keyColumns.count == 1 {
            predicate = .condition(
                field: keyColumns[0], lookup: .in,
                operands: missing.map { $0[keyColumns[0]] ?? .null })
        } else {
            predicate = .or(
                missing.map { key in
                    .and(
                        keyColumns.map {
                            .condition(field: $0, lookup: .exact, operands: [key[$0] ?? .null])
                        })
                })
        }
        let existing = try await database.table(table).filter(predicate).valuesList(keyColumns)
        return max(0, missing.count - existing.count)
    }
}
