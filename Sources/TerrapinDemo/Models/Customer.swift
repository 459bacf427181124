import Foundation
import TerrapinCore

/// A customer of the demo store.
@Model(table: "customer", ordering: ["lastName", "firstName"])
public struct Customer: Sendable, Equatable {
    /// The key, assigned on insert.
    public var id: Int?
    /// The given name.
    @Field(maxLength: 40) public var firstName: String
    /// The family name.
    @Field(maxLength: 40, index: true) public var lastName: String
    /// The e-mail address, unique.
    @Field(maxLength: 120, unique: true) public var email: String
    /// The company, for business customers.
    public var company: String?
    /// The city.
    public var city: String
    /// The country.
    @Field(index: true) public var country: String
    /// The phone number, when given.
    public var phone: String?
    /// When the customer signed up (UTC).
    public var joinedAt: Date
}
