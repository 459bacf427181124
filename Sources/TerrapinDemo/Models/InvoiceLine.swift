import TerrapinCore

/// One track bought on an invoice.
@Model(table: "invoice_line")
public struct InvoiceLine: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The invoice this line belongs to.
    @ForeignKey(Invoice.self, onDelete: .cascade) public var invoiceId: Int
    /// The track bought.
    @ForeignKey(Track.self) public var trackId: Int
    /// The price of one copy when bought.
    public var unitPrice: Double
    /// How many copies.
    public var quantity: Int
}
