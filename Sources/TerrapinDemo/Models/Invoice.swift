import Foundation
import TerrapinCore

/// A purchase by one customer; its total is the sum of its lines.
@Model(table: "invoice", ordering: ["-invoicedAt"])
public struct Invoice: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The customer who bought.
    @ForeignKey(Customer.self, onDelete: .cascade) public var customerId: Int
    /// When the purchase happened (UTC).
    @Field(index: true) public var invoicedAt: Date
    /// The billing city.
    public var billingCity: String
    /// The billing country.
    public var billingCountry: String
    /// The sum of the lines' prices times quantities.
    public var total: Double
}
