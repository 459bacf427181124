/// The logical type of a model field, which each dialect turns into its own column type.
///
/// SQLite stores booleans as integers and dates as ISO-8601 text; PostgreSQL has native
/// `BOOLEAN`, `TIMESTAMPTZ` and `UUID` columns. The logical type keeps that choice in the
/// dialect.
public enum SQLType: String, Sendable, Hashable, CaseIterable {
    /// A 64-bit integer.
    case integer
    /// A double-precision float.
    case real
    /// `true` or `false`.
    case boolean
    /// Text, optionally limited by a maximum length.
    case text
    /// Raw bytes.
    case blob
    /// A point in time.
    case timestamp
    /// A UUID.
    case uuid
}
