/// Where a foreign-key column points, and what happens to it when the referenced row goes.
public struct ForeignKeyReference: Sendable, Hashable {
    /// What the database does to referencing rows when the referenced row is deleted.
    public enum DeleteAction: String, Sendable, Hashable {
        /// Delete the referencing rows too.
        case cascade = "CASCADE"
        /// Set the referencing column to `NULL`.
        case setNull = "SET NULL"
        /// Refuse to delete the referenced row.
        case restrict = "RESTRICT"
        /// Do nothing (the check happens at commit, if at all).
        case noAction = "NO ACTION"
    }

    /// The referenced table.
    public var table: String
    /// The referenced column (usually its primary key).
    public var column: String
    /// The action on delete.
    public var onDelete: DeleteAction

    /// Creates a reference.
    public init(table: String, column: String, onDelete: DeleteAction = .noAction) {
        self.table = table
        self.column = column
        self.onDelete = onDelete
    }
}
