import ArgumentParser
import Terrapin

/// `terrapin query`: prints a filtered, ordered view of one table for scripts, streaming
/// rows so that big tables never load into memory.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print rows of a table as CSV, JSON or aligned columns, for scripts.",
        discussion: """
            --filter takes the browser's lookup text: name__icontains="love" \
            milliseconds__gt=300000 | genre_id=3 (AND by juxtaposition, | for OR, ! for NOT, \
            parentheses). --order-by takes a column, -column for descending; repeat it for \
            more keys. csv: RFC 4180 quoting, NULL as an empty field, empty text as "", blobs \
            as hex. json: an array of objects, numbers as numbers, NULL as null, blobs as \
            base64. table: aligned columns sized on the first 256 rows, NULL as NULL, blobs \
            as hex, long values cut with an ellipsis. The database is opened read-only.
            """
    )

    /// The database to read.
    @Argument(
        help: "A SQLite file path, or a database URL (sqlite://… or postgres://user@host/db).")
    var database: String

    /// The table or view to print.
    @Argument(help: "The table or view.")
    var table: String

    /// Lookup text.
    @Option(name: .long, help: "Lookup text, e.g. 'name__icontains=love milliseconds__gt=300000'.")
    var filter: String?

    /// Ordering terms.
    @Option(
        name: .customLong("order-by"), parsing: .unconditionalSingleValue,
        help: "A column to sort by, -COLUMN for descending; repeatable.")
    var orderBy: [String] = []

    /// The most rows to print; -1 means no limit, as SQLite's `LIMIT -1`.
    // `.unconditional`: ArgumentParser would otherwise read `-1` as a flag and report the
    // value as missing.
    @Option(
        name: .long, parsing: .unconditional,
        help: "Print at most this many rows (-1 for no limit).")
    var limit: Int?

    /// The output format.
    @Option(name: .long, help: "csv, json or table.")
    var format: OutputFormat = .table

    func validate() throws {
        if let limit, limit < -1 {
            throw ValidationError("--limit must be 0 or more, or -1 for no limit (got \(limit)).")
        }
        if orderBy.contains(where: { $0.isEmpty || $0 == "-" || $0 == "+" }) {
            throw ValidationError("--order-by needs a column name, e.g. --order-by=-name.")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let predicate = try filter.flatMap { text throws(LookupSyntaxError) in
                try QueryPredicate.parse(lookupText: text)
            }
            let (database, tables) = try await DatabaseOpener.open(database, readOnly: true)
            do {
                let description = try DatabaseOpener.table(named: table, in: tables)
                let querySet = makeQuerySet(
                    database.table(description), predicate: predicate)
                try await QueryPrinter.print(
                    querySet, columns: description.columns.map(\.name), format: format)
            } catch {
                try? await database.close()
                throw error
            }
            try await database.close()
        }
    }

    /// The rows to print: `rows` with the filter, the ordering and the limit applied (none
    /// for `--limit -1`).
    func makeQuerySet(_ rows: QuerySet<DynamicRow>, predicate: QueryPredicate?)
        -> QuerySet<DynamicRow>
    {
        var querySet = rows
        if let predicate { querySet = querySet.filter(predicate) }
        if !orderBy.isEmpty {
            querySet = querySet.orderBy(orderBy.map(OrderTerm.init(parsing:)))
        }
        if let limit, limit >= 0 { querySet = querySet.limit(limit) }
        return querySet
    }
}
