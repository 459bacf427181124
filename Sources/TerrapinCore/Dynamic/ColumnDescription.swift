/// One column of an introspected table.
public struct ColumnDescription: Sendable, Hashable {
    /// The column name.
    public var name: String
    /// The declared type as written (`VARCHAR(120)`, `NUMERIC(10,2)`, empty when none).
    public var declaredType: String
    /// Whether `NULL` is allowed.
    public var isNullable: Bool
    /// The default as SQL text, if any.
    public var defaultSQL: String?
    /// The 1-based position in the primary key, or 0.
    public var primaryKeyPosition: Int
    /// Whether the database computes the value (`GENERATED ALWAYS AS (…)`, virtual or
    /// stored): it can be read and filtered on, never inserted or updated.
    public var isGenerated: Bool

    /// Creates a column description.
    public init(
        name: String, declaredType: String, isNullable: Bool, defaultSQL: String? = nil,
        primaryKeyPosition: Int = 0, isGenerated: Bool = false
    ) {
        self.name = name
        self.declaredType = declaredType
        self.isNullable = isNullable
        self.defaultSQL = defaultSQL
        self.primaryKeyPosition = primaryKeyPosition
        self.isGenerated = isGenerated
    }

    /// The type affinity SQLite gives the declared type (see ``ColumnAffinity``).
    public var affinity: ColumnAffinity { ColumnAffinity(declaredType: declaredType) }

    /// The logical type guessed from the declared type: what a value of the column is meant
    /// to be, for showing and editing it.
    ///
    /// Names that say what they hold come first, then SQLite's affinity rules:
    ///
    /// | declared type contains | logical type |
    /// |---|---|
    /// | `BOOL` | ``SQLType/boolean`` |
    /// | `DATE`, `TIME` | ``SQLType/timestamp`` |
    /// | `UUID` | ``SQLType/uuid`` |
    /// | `JSON` | ``SQLType/text`` (JSON is text; SQLite's affinity would say `NUMERIC`) |
    /// | `INT` | ``SQLType/integer`` (affinity `INTEGER`) |
    /// | `CHAR`, `CLOB`, `TEXT` | ``SQLType/text`` (affinity `TEXT`) |
    /// | `BLOB`, `BYTEA`, `ANY`, nothing | ``SQLType/blob`` (affinity `BLOB`: any value) |
    /// | `REAL`, `FLOA`, `DOUB` | ``SQLType/real`` (affinity `REAL`) |
    /// | anything else (`NUMERIC`, `DECIMAL(10,2)`, …) | ``SQLType/real`` (affinity `NUMERIC`) |
    ///
    /// It is a guess about meaning, not a rule: in a table that is not `STRICT` SQLite
    /// stores any value in any column (see ``TableDescription/acceptsAnyValue(_:)``).
    public var logicalType: SQLType {
        let type = declaredType.uppercased()
        if type.contains("BOOL") { return .boolean }
        if type.contains("DATE") || type.contains("TIME") { return .timestamp }
        if type.contains("UUID") { return .uuid }
        if type.contains("JSON") { return .text }
        if type == "ANY" || type.contains("BYTEA") { return .blob }
        switch affinity {
        case .integer: return .integer
        case .text: return .text
        case .blob: return .blob
        case .real, .numeric: return .real
        }
    }
}
