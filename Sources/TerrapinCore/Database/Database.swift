/// A connected database: the one protocol every driver implements and every query set,
/// model and the browser use.
///
/// All methods are `async`; a driver runs blocking work on threads of its own, never on
/// Swift's cooperative pool, and turns task cancellation into an interrupt of the running
/// statement (surfacing as `CancellationError`).
///
/// The core is driver-neutral; what differs between databases comes from the driver:
/// - the ``dialect``: quoting, placeholders (and how raw `?` are rewritten), literals, type
///   names, key definitions and how inserted keys come back (``SQLDialect/insertedKeys``);
/// - the values it reads: any ``SQLValue`` its database has (SQLite only ever returns the
///   five storage classes), and binding every case, `.bool`/`.timestamp`/`.uuid` included;
/// - introspection: each table's ``TableDescription/hiddenRowKey``,
///   ``TableDescription/identifierMatching`` and ``TableDescription/isStrict``, and each
///   column's ``ColumnDescription/logicalType`` and ``ColumnDescription/acceptsAnyValue``;
/// - errors mapped onto ``TerrapinError``, with its own codes as text in
///   ``TerrapinError/database(code:message:sql:)``;
/// - ``isReadOnly`` with its ``readOnlyReason``, and the ``filePaths`` it keeps.
public protocol Database: AnyObject, Sendable {
    /// The SQL dialect of this database.
    var dialect: any SQLDialect { get }
    /// Whether writes are refused (opened read-only, the file is not writable, a role
    /// without write permission).
    var isReadOnly: Bool { get }
    /// Why writes are refused, in a user's words (`opened with mode=ro`), or `nil` when they
    /// are not. The default says only that the database is read-only.
    var readOnlyReason: String? { get }
    /// The URL it was opened with, for display: drivers leave out any password, so it can
    /// be shown, logged and written to files.
    var url: String { get }
    /// The files on this machine that hold the database, main file first (empty for
    /// in-memory databases and servers). Tools that write files, such as the browser's
    /// export, never write over these.
    var filePaths: [String] { get }

    /// Runs a query and decodes every row on the connection's thread.
    ///
    /// Where the dialect reads inserted keys with `RETURNING`
    /// (``InsertedKeyStrategy/returning``), the core also runs `INSERT … RETURNING` through
    /// this method: it must accept statements that write, and report their errors as
    /// ``execute(_:)`` does.
    ///
    /// - Parameters:
    ///   - statement: The SQL and its bindings.
    ///   - decode: Called once per row with a reader valid only during the call.
    func fetchAll<Row: Sendable>(
        _ statement: SQLStatement,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> [Row]

    /// Runs a statement that returns no rows (or whose rows are ignored).
    func execute(_ statement: SQLStatement) async throws -> ExecutionResult

    /// Runs the same SQL once per set of bindings, in one transaction, reusing one prepared
    /// statement; returns one result per set. All or nothing.
    func executeMany(_ sql: String, bindings: [[SQLValue]]) async throws -> [ExecutionResult]

    /// Opens a cursor that yields rows in batches without loading them all.
    func openCursor<Row: Sendable>(
        _ statement: SQLStatement,
        batchSize: Int,
        decode: @escaping @Sendable (any SQLRowReader) throws -> Row
    ) async throws -> DatabaseCursor<Row>

    /// Runs `body` in a transaction that commits when it returns and rolls back when it
    /// throws. Called inside another transaction of the same database, it uses a savepoint.
    /// Queries made inside `body` through this database (or implicitly, through models)
    /// run on the transaction's connection.
    func transaction<Result: Sendable>(
        _ body: @Sendable (any Database) async throws -> Result
    ) async throws -> Result

    /// Describes every table and view.
    func introspect() async throws -> [TableDescription]

    /// Describes one table or view, or returns `nil` when there is none of that name.
    /// The default describes everything and picks one; drivers can do less work.
    func introspect(table name: String) async throws -> TableDescription?

    /// Closes every connection. Further use throws.
    func close() async throws

    /// A token that changes when something is committed that may change `table`'s rows,
    /// by this process's other connections or by another process; `nil` when the driver
    /// cannot tell (the default). Meant to be polled often: it must cost next to nothing
    /// and never wait for a writer. See ``ChangeToken``.
    ///
    /// - Parameter table: The table or view whose rows are watched (a driver whose token
    ///   covers the whole database ignores it).
    func changeToken(for table: String) async throws -> ChangeToken?
}

extension Database {
    /// No files: the default for servers and in-memory databases.
    public var filePaths: [String] { [] }

    /// `the database is read-only` when ``isReadOnly``, else `nil`.
    public var readOnlyReason: String? { isReadOnly ? "the database is read-only" : nil }

    /// Describes everything and picks the table called `name`: an exact match first, else
    /// one whose driver's ``TableDescription/identifierMatching`` takes `name` for it.
    public func introspect(table name: String) async throws -> TableDescription? {
        let tables = try await introspect()
        if let exact = tables.first(where: { $0.name == name }) { return exact }
        return tables.first { $0.identifierMatching.matches(name, $0.name) }
    }
}

/// What a write did.
public struct ExecutionResult: Sendable, Hashable {
    /// Rows inserted, updated or deleted.
    public var rowsAffected: Int
    /// The driver's key of the last inserted row (SQLite's rowid), read by the core only where
    /// the dialect's ``SQLDialect/insertedKeys`` is ``InsertedKeyStrategy/lastInsertedID``;
    /// `NULL` when the driver has none (keys then come back through `RETURNING`).
    public var lastInsertedID: SQLValue

    /// Creates a result.
    public init(rowsAffected: Int, lastInsertedID: SQLValue = .null) {
        self.rowsAffected = rowsAffected
        self.lastInsertedID = lastInsertedID
    }
}

/// A batch-wise reader over a running query, owned by one task.
///
/// Drivers supply the closures; ``QueryStream`` wraps a cursor as an `AsyncSequence`.
/// Closing happens automatically when the last batch is read, and on deinit otherwise.
public final class DatabaseCursor<Row: Sendable>: Sendable {
    private let fetchNext: @Sendable () async throws -> [Row]?
    private let closeCursor: @Sendable () -> Void

    /// Creates a cursor from driver closures: `next` returns `nil` when done; `close`
    /// releases the statement and connection and must be safe to call more than once.
    public init(
        next: @escaping @Sendable () async throws -> [Row]?,
        close: @escaping @Sendable () -> Void
    ) {
        self.fetchNext = next
        self.closeCursor = close
    }

    /// The next batch, or `nil` at the end.
    public func next() async throws -> [Row]? {
        do {
            guard let rows = try await fetchNext() else {
                closeCursor()
                return nil
            }
            return rows
        } catch {
            closeCursor()
            throw error
        }
    }

    /// Releases the statement and connection now.
    public func close() { closeCursor() }

    deinit { closeCursor() }
}
