import TerrapinCore

/// What the record view knows about the row a field's foreign key refers to.
enum ReferenceStatus: Sendable, Hashable {
    /// The field is not part of a foreign key.
    case notForeignKey
    /// The key's value is NULL: it refers to no row of the table.
    case null(table: String)
    /// The referenced table is not in the database (or the key's columns do not match it).
    case noTable(String)
    /// The referenced row is still being read.
    case loading(table: String)
    /// The referenced row.
    case found(table: String, DynamicRow)
    /// The references have loaded and no row has the key (a dangling key).
    case missing(table: String)
}
