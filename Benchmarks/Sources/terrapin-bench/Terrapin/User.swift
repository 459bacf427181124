import Terrapin

/// Terrapin's model of the `user` table, as the issue gives it (`created_at` stays TEXT, a
/// `String`, so every implementation reads the same thing).
@Model(table: "user")
struct User {
    var id: Int?
    var name: String
    var email: String
    @Field(index: true) var age: Int
    var score: Double
    @Field(column: "is_active") var isActive: Bool
    @Field(column: "created_at") var createdAt: String
}

extension User: UserFields {
    init(_ user: PlainUser, keepingKey: Bool) {
        self.init(
            id: keepingKey ? Int(user.id) : nil, name: user.name, email: user.email,
            age: Int(user.age), score: user.score, isActive: user.isActive,
            createdAt: user.createdAt)
    }

    var userID: Int64 { Int64(id ?? 0) }
    var userName: String { name }
    var userEmail: String { email }
    var userAge: Int64 { Int64(age) }
    var userScore: Double { score }
    var userIsActive: Bool { isActive }
    var userCreatedAt: String { createdAt }
}

extension DynamicRow: UserFields {
    private func integer(_ index: Int) -> Int64 {
        if case .integer(let value) = values[index] { return value }
        return -1
    }

    private func text(_ index: Int) -> String {
        if case .text(let value) = values[index] { return value }
        return "<not text>"
    }

    var userID: Int64 { integer(0) }
    var userName: String { text(1) }
    var userEmail: String { text(2) }
    var userAge: Int64 { integer(3) }
    var userScore: Double {
        if case .real(let value) = values[4] { return value }
        return .nan
    }
    var userIsActive: Bool { integer(5) != 0 }
    var userCreatedAt: String { text(6) }
}
