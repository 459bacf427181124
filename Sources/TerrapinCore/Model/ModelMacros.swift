/// Makes a struct a ``Model``: generates its schema, row decoder, encoder and typed columns.
///
/// Every stored property is a field. A property named `id` of type `Int?` (or one marked
/// ``PrimaryKey(column:autoIncrement:)``) is the primary key.
///
/// - Parameters:
///   - table: The table name; the type name in `snake_case` when omitted.
///   - ordering: The default ordering of query sets, e.g. `["-createdAt", "name"]`.
///   - uniqueTogether: Groups of field names whose combination must be unique.
///   - indexes: Extra (composite) indexes, as groups of field names.
@attached(
    extension, conformances: Model,
    names: named(schema), named(columns), named(Columns), named(init(row:)),
    named(encodedValues), named(primaryKeyValue), named(assignPrimaryKey),
    named(applyTimestamps)
)
public macro Model(
    table: String? = nil,
    ordering: [String] = [],
    uniqueTogether: [[String]] = [],
    indexes: [[String]] = []
) = #externalMacro(module: "TerrapinMacros", type: "ModelMacro")

/// Options of one field of a ``Model(table:ordering:uniqueTogether:indexes:)`` struct.
///
/// - Parameters:
///   - column: The column name; the property name when omitted.
///   - maxLength: The maximum length of text (`VARCHAR(n)`), checked before saving.
///   - unique: Whether values must be unique.
///   - index: Whether the column gets an index.
///   - default: The database default for inserts that omit the column.
///   - autoNow: Set to the current time on every save (dates).
///   - autoNowAdd: Set to the current time when first inserted (dates).
@attached(peer)
public macro Field(
    column: String? = nil,
    maxLength: Int? = nil,
    unique: Bool = false,
    index: Bool = false,
    default: SQLValue? = nil,
    autoNow: Bool = false,
    autoNowAdd: Bool = false
) = #externalMacro(module: "TerrapinMacros", type: "FieldMacro")

/// Marks the primary key of a model.
///
/// - Parameters:
///   - column: The column name; the property name when omitted.
///   - autoIncrement: Whether the database assigns the key (only `Int` and `Int64` keys can
///     be); `false` for keys the application assigns, such as a `UUID`. When omitted,
///     integer keys auto-increment and other keys are assigned.
@attached(peer)
public macro PrimaryKey(
    column: String? = nil,
    autoIncrement: Bool? = nil
) = #externalMacro(module: "TerrapinMacros", type: "PrimaryKeyMacro")

/// Marks a field that holds the primary key of another model's row.
///
/// - Parameters:
///   - model: The referenced model, e.g. `Album.self`.
///   - column: The column name; the property name when omitted.
///   - onDelete: What happens to this row when the referenced row is deleted.
///   - index: Whether the column gets an index (the default, as lookups by parent are common).
@attached(peer)
public macro ForeignKey<Referenced: Model>(
    _ model: Referenced.Type,
    column: String? = nil,
    onDelete: ForeignKeyReference.DeleteAction = .noAction,
    index: Bool = true
) = #externalMacro(module: "TerrapinMacros", type: "ForeignKeyMacro")
