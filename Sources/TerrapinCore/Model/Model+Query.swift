extension Model {
    /// A query set over every row of this model's table.
    ///
    /// - Parameter database: The database; the task's or the default when `nil`.
    public static func query(on database: (any Database)? = nil) -> QuerySet<Self> {
        QuerySet(source: .model, database: database)
    }

    /// Every row, in the model's default ordering.
    public static func all(on database: (any Database)? = nil) async throws -> [Self] {
        try await query(on: database).all()
    }

    /// Rows matching a typed expression: `Track.filter { $0.milliseconds > 300_000 }`.
    public static func filter(_ build: (Columns) -> QueryPredicate) -> QuerySet<Self> {
        query().filter(build)
    }

    /// Rows matching a predicate: `Track.filter(Q("name__icontains", "love"))`.
    public static func filter(_ predicate: QueryPredicate) -> QuerySet<Self> {
        query().filter(predicate)
    }

    /// Rows matching one lookup: `Track.filter("name__icontains", "love")`.
    public static func filter(_ lookup: String, _ value: some SQLFieldValue) -> QuerySet<Self> {
        query().filter(lookup, value)
    }

    /// Rows matching lookup text: `Track.filter(parsing: "milliseconds__gt=300000")`.
    /// - Throws: ``LookupSyntaxError``.
    public static func filter(parsing lookupText: String) throws -> QuerySet<Self> {
        try query().filter(parsing: lookupText)
    }

    /// Rows not matching a predicate.
    public static func exclude(_ predicate: QueryPredicate) -> QuerySet<Self> {
        query().exclude(predicate)
    }

    /// Every row in the given order: `Track.orderBy("-milliseconds")`.
    public static func orderBy(_ terms: String...) -> QuerySet<Self> {
        query().orderBy(terms.map(OrderTerm.init(parsing:)))
    }

    /// The one row matching a predicate.
    /// - Throws: ``TerrapinError/notFound(model:filter:)`` or
    ///   ``TerrapinError/multipleFound(model:filter:count:)``.
    public static func get(_ predicate: QueryPredicate, on database: (any Database)? = nil)
        async throws -> Self
    {
        try await query(on: database).filter(predicate).get()
    }

    /// The one row matching a typed expression.
    public static func get(on database: (any Database)? = nil, _ build: (Columns) -> QueryPredicate)
        async throws -> Self
    {
        try await query(on: database).filter(build).get()
    }

    /// The row with this primary key.
    /// - Throws: ``TerrapinError/notFound(model:filter:)``.
    public static func get(primaryKey: some SQLFieldValue, on database: (any Database)? = nil)
        async throws -> Self
    {
        try await query(on: database).filter(
            .condition(
                field: schema.primaryKey.fieldName, lookup: .exact,
                operands: [primaryKey.sqlValue])
        ).get()
    }

    /// The row with this primary key, or `nil`.
    public static func getOrNil(
        primaryKey: some SQLFieldValue, on database: (any Database)? = nil
    ) async throws -> Self? {
        try await query(on: database).filter(
            .condition(
                field: schema.primaryKey.fieldName, lookup: .exact,
                operands: [primaryKey.sqlValue])
        ).getOrNil()
    }

    /// The first row in the default ordering (by key when there is none).
    public static func first(on database: (any Database)? = nil) async throws -> Self? {
        try await query(on: database).first()
    }

    /// The number of rows.
    public static func count(on database: (any Database)? = nil) async throws -> Int {
        try await query(on: database).count()
    }

    /// Models from raw SQL with bound parameters; columns are matched to fields by name, so
    /// the query must select every field's column (`SELECT * …` does). Placeholders are `?`
    /// on every backend, as in ``Database/raw(_:_:)``.
    ///
    /// ```swift
    /// let tracks = try await Track.raw("SELECT * FROM track WHERE ms > ?", [300_000])
    /// ```
    public static func raw(
        _ sql: String, _ bindings: [SQLValue] = [], on database: (any Database)? = nil
    ) async throws -> [Self] {
        let database = try DatabaseContext.resolve(database)
        let columns = schema.columns.map(\.name)
        let statement = database.dialect.statement(raw: sql, bindings)
        return try await database.fetchAll(statement) { row in
            try Self(row: ReorderedRowReader(row, columns: columns))
        }
    }
}

/// A reader that presents another reader's columns in a requested order, by name.
struct ReorderedRowReader: SQLRowReader {
    let base: any SQLRowReader
    let positions: [Int?]
    let names: [String]

    init(_ base: any SQLRowReader, columns: [String]) {
        var byName: [String: Int] = [:]
        for index in 0..<base.columnCount where byName[base.columnName(at: index)] == nil {
            byName[base.columnName(at: index)] = index
        }
        self.base = base
        self.names = columns
        self.positions = columns.map { byName[$0] }
    }

    var columnCount: Int { names.count }
    func columnName(at index: Int) -> String { names[index] }
    func value(at index: Int) -> SQLValue {
        positions[index].map { base.value(at: $0) } ?? .null
    }
}
