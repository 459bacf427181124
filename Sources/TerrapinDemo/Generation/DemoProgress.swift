/// How far the demo generator has got, reported after every batch.
public struct DemoProgress: Sendable, Hashable {
    /// The table being filled.
    public var table: String
    /// Rows inserted into this table so far.
    public var tableInserted: Int
    /// Rows this table will have.
    public var tableTotal: Int
    /// Rows inserted into all tables so far.
    public var inserted: Int
    /// Rows all tables will have.
    public var total: Int

    /// Creates a progress report.
    public init(table: String, tableInserted: Int, tableTotal: Int, inserted: Int, total: Int) {
        self.table = table
        self.tableInserted = tableInserted
        self.tableTotal = tableTotal
        self.inserted = inserted
        self.total = total
    }

    /// The share of all rows inserted, from 0 to 1.
    public var fraction: Double {
        total == 0 ? 1 : Double(inserted) / Double(total)
    }
}
