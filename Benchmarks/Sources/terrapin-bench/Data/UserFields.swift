/// The seven columns of the `user` table, as every implementation's row type exposes them,
/// so one checksum function can verify what each implementation read.
protocol UserFields {
    var userID: Int64 { get }
    var userName: String { get }
    var userEmail: String { get }
    var userAge: Int64 { get }
    var userScore: Double { get }
    var userIsActive: Bool { get }
    var userCreatedAt: String { get }
}

/// The plain row the data set is generated as, and the raw C column reads into.
struct PlainUser: UserFields, Sendable {
    var id: Int64
    var name: String
    var email: String
    var age: Int64
    var score: Double
    var isActive: Bool
    var createdAt: String

    var userID: Int64 { id }
    var userName: String { name }
    var userEmail: String { email }
    var userAge: Int64 { age }
    var userScore: Double { score }
    var userIsActive: Bool { isActive }
    var userCreatedAt: String { createdAt }
}
