/// A lazy, immutable, chainable description of a query over a model's table or any table;
/// nothing runs until an `async` method such as ``all()`` is awaited.
///
/// ```swift
/// let longSongs = try await Track
///     .filter { $0.milliseconds > 300_000 }
///     .exclude(Q("composer__isnull", true))
///     .orderBy("-milliseconds", "name")
///     .limit(10)
///     .all()
/// ```
public struct QuerySet<Record: Sendable>: Sendable {
    /// Where rows come from.
    public let source: QuerySource<Record>
    /// The filter, on field names.
    public private(set) var predicate: QueryPredicate?
    /// The ordering, on field names; `nil` means the source's default.
    public private(set) var explicitOrdering: [OrderTerm]?
    /// The maximum number of rows.
    public private(set) var limitCount: Int?
    /// Rows to skip.
    public private(set) var offsetCount: Int?
    /// Whether duplicate rows are removed.
    public private(set) var isDistinct = false
    /// The database given explicitly, if any.
    public let explicitDatabase: (any Database)?

    /// Creates a query set over a source.
    public init(source: QuerySource<Record>, database: (any Database)? = nil) {
        self.source = source
        self.explicitDatabase = database
    }

    /// The ordering in effect.
    public var ordering: [OrderTerm] { explicitOrdering ?? source.defaultOrdering }

    /// Rows matching `predicate` too.
    public func filter(_ predicate: QueryPredicate) -> QuerySet {
        var copy = self
        copy.predicate = self.predicate.map { $0 && predicate } ?? predicate
        return copy
    }

    /// Rows matching one lookup too: `filter("name__icontains", "love")`.
    public func filter(_ lookup: String, _ value: some SQLFieldValue) -> QuerySet {
        filter(QueryPredicate(lookup, value))
    }

    /// Rows matching lookup text too: `filter(parsing: "milliseconds__gt=300000 | genre=Jazz")`.
    /// Empty text adds no condition.
    /// - Throws: ``LookupSyntaxError`` with the position and what was expected.
    public func filter(parsing lookupText: String) throws -> QuerySet {
        guard let predicate = try QueryPredicate.parse(lookupText: lookupText) else { return self }
        return filter(predicate)
    }

    /// Rows not matching `predicate` (rows where it is `NULL` are kept, as in Tortoise).
    public func exclude(_ predicate: QueryPredicate) -> QuerySet { filter(!predicate) }

    /// Rows not matching one lookup.
    public func exclude(_ lookup: String, _ value: some SQLFieldValue) -> QuerySet {
        exclude(QueryPredicate(lookup, value))
    }

    /// Replaces the ordering: `orderBy("-milliseconds", "name")`.
    public func orderBy(_ terms: String...) -> QuerySet {
        orderBy(terms.map(OrderTerm.init(parsing:)))
    }

    /// Replaces the ordering.
    public func orderBy(_ terms: [OrderTerm]) -> QuerySet {
        var copy = self
        copy.explicitOrdering = terms
        return copy
    }

    /// At most `count` rows.
    public func limit(_ count: Int) -> QuerySet {
        var copy = self
        copy.limitCount = max(0, count)
        return copy
    }

    /// Skips `count` rows.
    public func offset(_ count: Int) -> QuerySet {
        var copy = self
        copy.offsetCount = max(0, count)
        return copy
    }

    /// Removes duplicate rows.
    public func distinct() -> QuerySet {
        var copy = self
        copy.isDistinct = true
        return copy
    }

    /// The same query on another database.
    public func using(_ database: any Database) -> QuerySet {
        var copy = QuerySet(source: source, database: database)
        copy.predicate = predicate
        copy.explicitOrdering = explicitOrdering
        copy.limitCount = limitCount
        copy.offsetCount = offsetCount
        copy.isDistinct = isDistinct
        return copy
    }

    /// The database this query set runs on.
    /// - Throws: ``TerrapinError/notConnected``.
    public func resolveDatabase() throws -> any Database {
        try DatabaseContext.resolve(explicitDatabase)
    }
}

extension QuerySet where Record: Model {
    /// Rows matching a typed expression too: `filter { $0.age >= 18 && $0.name.contains("b") }`.
    public func filter(_ build: (Record.Columns) -> QueryPredicate) -> QuerySet {
        filter(build(Record.columns))
    }

    /// Rows not matching a typed expression.
    public func exclude(_ build: (Record.Columns) -> QueryPredicate) -> QuerySet {
        exclude(build(Record.columns))
    }

    /// Replaces the ordering with typed terms: `orderBy { [$0.name.descending] }`.
    public func orderBy(_ build: (Record.Columns) -> [OrderTerm]) -> QuerySet {
        orderBy(build(Record.columns))
    }
}
