/// One column of an introspected table.
///
/// The driver that describes the table fills in everything, including what only it knows:
/// the ``logicalType`` its declared type stands for and whether the column
/// ``acceptsAnyValue``. Descriptions made by hand (tests, fakes) say so themselves.
public struct ColumnDescription: Sendable, Hashable {
    /// The column name.
    public var name: String
    /// The declared type as written (`VARCHAR(120)`, `NUMERIC(10,2)`, empty when none).
    public var declaredType: String
    /// What a value of the column is meant to be, for showing, filtering and editing it, as
    /// the driver reads the declared type (SQLite: by its names and affinity rules, so
    /// `BOOLEAN` is ``SQLType/boolean`` and `DECIMAL(10,2)` ``SQLType/real``; PostgreSQL:
    /// from the catalog type).
    ///
    /// It is a statement about meaning, not a rule: see ``acceptsAnyValue``.
    public var logicalType: SQLType
    /// Whether `NULL` is allowed.
    public var isNullable: Bool
    /// The default as SQL text, if any.
    public var defaultSQL: String?
    /// The 1-based position in the primary key, or 0.
    public var primaryKeyPosition: Int
    /// Whether the database computes the value (`GENERATED ALWAYS AS (…)`, virtual or
    /// stored): it can be read and filtered on, never inserted or updated.
    public var isGenerated: Bool
    /// Whether the database stores any value in the column, whatever its declared type, so
    /// an editor should accept any text and at most warn about a type mismatch: true for the
    /// columns of a SQLite table that is not `STRICT` (except an `INTEGER PRIMARY KEY`,
    /// SQLite's rowid, which holds integers only) and for `ANY` columns of a `STRICT` one;
    /// false where the database checks types (PostgreSQL).
    public var acceptsAnyValue: Bool

    /// Creates a column description.
    ///
    /// Nothing is derived from `declaredType`: a driver passes the `logicalType` and
    /// `acceptsAnyValue` its database implies; by hand, the defaults are text and a database
    /// that checks types.
    public init(
        name: String, declaredType: String, logicalType: SQLType = .text, isNullable: Bool,
        defaultSQL: String? = nil, primaryKeyPosition: Int = 0, isGenerated: Bool = false,
        acceptsAnyValue: Bool = false
    ) {
        self.name = name
        self.declaredType = declaredType
        self.logicalType = logicalType
        self.isNullable = isNullable
        self.defaultSQL = defaultSQL
        self.primaryKeyPosition = primaryKeyPosition
        self.isGenerated = isGenerated
        self.acceptsAnyValue = acceptsAnyValue
    }
}
