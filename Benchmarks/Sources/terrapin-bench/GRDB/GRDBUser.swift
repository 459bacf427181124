import GRDB

/// GRDB's idiomatic record: `Codable`, fetched and persisted through its Codable support.
struct GRDBUser: Codable, FetchableRecord, MutablePersistableRecord, UserFields {
    static let databaseTableName = "user"

    var id: Int64?
    var name: String
    var email: String
    var age: Int64
    var score: Double
    var isActive: Bool
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, email, age, score
        case isActive = "is_active"
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ user: PlainUser, keepingKey: Bool) {
        id = keepingKey ? user.id : nil
        name = user.name
        email = user.email
        age = user.age
        score = user.score
        isActive = user.isActive
        createdAt = user.createdAt
    }

    var userID: Int64 { id ?? 0 }
    var userName: String { name }
    var userEmail: String { email }
    var userAge: Int64 { age }
    var userScore: Double { score }
    var userIsActive: Bool { isActive }
    var userCreatedAt: String { createdAt }
}

extension PlainUser {
    /// The current row of a GRDB cursor, read by index (GRDB's fast `Row` path).
    init(grdbRow row: Row) {
        self.init(
            id: row[0], name: row[1], email: row[2], age: row[3], score: row[4],
            isActive: row[5], createdAt: row[6])
    }
}
