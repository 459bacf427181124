import Foundation

/// A Swift value type stored as one row of a table.
///
/// Don't conform by hand: write `@Model` on a struct and the macro generates the schema,
/// the row decoder (by column index), the encoder and the typed column handles.
///
/// ```swift
/// @Model(table: "track", ordering: ["name"])
/// struct Track {
///     var id: Int?
///     @Field(maxLength: 200, index: true) var name: String
///     var milliseconds: Int
///     var composer: String?
/// }
/// ```
public protocol Model: Sendable {
    /// The typed column handles, passed to `filter { … }` and `orderBy { … }` closures.
    associatedtype Columns: Sendable

    /// The table, its columns in declaration order, and its options.
    static var schema: ModelSchema { get }
    /// The typed column handles.
    static var columns: Columns { get }

    /// Decodes a row whose columns are in ``schema``'s column order.
    ///
    /// The reader is an existential rather than a generic parameter on purpose: drivers hold
    /// their reader as `any SQLRowReader`, and a generic `init` entered with one runs
    /// unspecialised (type metadata looked up per field). With the existential, the
    /// generated body is ordinary code specialised for each field's type.
    /// - Throws: ``TerrapinError/decodingFailed(model:field:column:expected:found:)`` when a
    ///   value does not fit its field's type.
    init(row: any SQLRowReader) throws

    /// The values of every field, in ``schema``'s column order.
    func encodedValues() -> [SQLValue]

    /// The primary key's current value (`NULL` for an unsaved auto-increment key).
    var primaryKeyValue: SQLValue { get }

    /// Stores the key the database assigned on insert.
    mutating func assignPrimaryKey(_ value: SQLValue) throws

    /// Sets `autoNow` fields, and on insert `autoNowAdd` fields, to `now`.
    mutating func applyTimestamps(now: Date, isInsert: Bool)

    /// Checks the model's own rules before it is saved; throw to refuse the save.
    /// The default checks nothing (field-level rules such as `maxLength` are checked anyway).
    func validate() throws
}

extension Model {
    /// No timestamps to apply.
    public mutating func applyTimestamps(now: Date, isInsert: Bool) {}
    /// No rules of its own.
    public func validate() throws {}

    /// Whether the row has not been inserted yet: its key is auto-assigned and still unset.
    public var isUnsaved: Bool {
        guard Self.schema.primaryKey.primaryKey == .autoIncrement else { return false }
        switch primaryKeyValue {
        case .null, .integer(0): return true
        default: return false
        }
    }
}
