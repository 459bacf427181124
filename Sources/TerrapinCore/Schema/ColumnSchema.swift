/// Everything the ORM knows about one field of a model: its column, type and options.
///
/// The `@Model` macro writes these; schema generation, validation, the SQL compiler and the
/// browser read them.
public struct ColumnSchema: Sendable, Hashable {
    /// How the primary key gets its value.
    public enum PrimaryKeyKind: Sendable, Hashable {
        /// Not a primary key.
        case none
        /// An integer the database assigns on insert.
        case autoIncrement
        /// A value the application assigns (a UUID, a natural key).
        case assigned
    }

    /// The Swift property name, used in lookups (`name__icontains`).
    public var fieldName: String
    /// The column name in the database.
    public var name: String
    /// The logical SQL type.
    public var type: SQLType
    /// The Swift type as written, for display (`Int?`, `Genre`).
    public var swiftTypeName: String
    /// Whether `NULL` is allowed.
    public var isNullable: Bool
    /// Whether and how this is the primary key.
    public var primaryKey: PrimaryKeyKind
    /// The maximum length of text, checked before saving and declared as `VARCHAR(n)`.
    public var maxLength: Int?
    /// Whether values must be unique.
    public var isUnique: Bool
    /// Whether the column gets an index of its own.
    public var isIndexed: Bool
    /// The default the database applies when an insert omits the column.
    public var defaultValue: SQLValue?
    /// Set to the current time on every save.
    public var isAutoNow: Bool
    /// Set to the current time when first inserted.
    public var isAutoNowAdd: Bool
    /// The referenced table and column, for a foreign key.
    public var foreignKey: ForeignKeyReference?
    /// The only values allowed, for enum fields that are `CaseIterable`.
    public var allowedValues: [SQLValue]?

    /// Whether this column is the primary key.
    public var isPrimaryKey: Bool { primaryKey != .none }

    /// Creates a column description from a field's Swift type and options.
    ///
    /// - Parameters:
    ///   - fieldName: The Swift property name.
    ///   - column: The column name; the field name when `nil`.
    ///   - valueType: The property's type; it decides the SQL type, nullability and the
    ///     allowed values.
    ///   - swiftTypeName: The type as written in the source, for display.
    public init<Value: SQLFieldValue>(
        fieldName: String,
        column: String? = nil,
        valueType: Value.Type,
        swiftTypeName: String? = nil,
        primaryKey: PrimaryKeyKind = .none,
        maxLength: Int? = nil,
        isUnique: Bool = false,
        isIndexed: Bool = false,
        defaultValue: SQLValue? = nil,
        isAutoNow: Bool = false,
        isAutoNowAdd: Bool = false,
        foreignKey: ForeignKeyReference? = nil
    ) {
        self.fieldName = fieldName
        self.name = column ?? fieldName
        self.type = Value.sqlType
        self.swiftTypeName = swiftTypeName ?? String(describing: Value.self)
        // An auto-increment key is optional in Swift (nil until saved) but never NULL in SQL.
        self.isNullable = Value.isOptional && primaryKey == .none
        self.primaryKey = primaryKey
        self.maxLength = maxLength
        self.isUnique = isUnique
        self.isIndexed = isIndexed
        self.defaultValue = defaultValue
        self.isAutoNow = isAutoNow
        self.isAutoNowAdd = isAutoNowAdd
        self.foreignKey = foreignKey
        self.allowedValues = Value.allowedValues
    }
}
