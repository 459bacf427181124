import Terrapin

/// The Terrapin columns of every workload, through the public API as an app would use it.
enum TerrapinWorkloads {
    /// Opens (or creates) a database with the default settings (WAL, `synchronous = NORMAL`,
    /// 4 readers, foreign keys on).
    static func open(path: String, create: Bool = false) async throws -> any Database {
        try await connect(
            "sqlite://\(path)" + (create ? "?mode=rwc" : ""), models: [User.self],
            makeDefault: false)
    }

    static func bulkCreate(_ users: [User], on database: any Database) async throws {
        try await User.bulkCreate(users, on: database)
    }

    /// `create` per row inside one `transaction`, using the implicit database inside it.
    static func createInTransaction(_ users: [User], on database: any Database) async throws {
        try await transaction(on: database) { _ in
            for user in users { try await User.create(user) }
        }
    }

    static func fetchAllModels(_ database: any Database) async throws -> [User] {
        try await User.all(on: database)
    }

    static func fetchAllDynamic(_ table: QuerySet<DynamicRow>) async throws -> [DynamicRow] {
        try await table.all()
    }

    static func fetchAllRaw(_ database: any Database) async throws -> [DynamicRow] {
        try await database.raw(BenchSchema.selectAll)
    }

    static func filterModels(_ database: any Database) async throws -> [User] {
        try await User.query(on: database)
            .filter {
                $0.age.between(
                    Int(DataSet.filterAges.lowerBound), Int(DataSet.filterAges.upperBound))
                    && $0.isActive == true
            }
            .orderBy("name")
            .all()
    }

    static func filterDynamic(_ table: QuerySet<DynamicRow>) async throws -> [DynamicRow] {
        try await table
            .filter(
                .condition(
                    field: "age", lookup: .range,
                    operands: [
                        .integer(DataSet.filterAges.lowerBound),
                        .integer(DataSet.filterAges.upperBound),
                    ]))
            .filter(.condition(field: "is_active", lookup: .exact, operands: [.integer(1)]))
            .orderBy("name")
            .all()
    }

    static func filterRaw(_ database: any Database) async throws -> [DynamicRow] {
        try await database.raw(
            BenchSchema.selectFiltered,
            [
                .integer(DataSet.filterAges.lowerBound), .integer(DataSet.filterAges.upperBound),
                .integer(1),
            ])
    }

    /// One `get(primaryKey:)` per key.
    static func lookUp(_ keys: [Int64], on database: any Database) async throws -> [User] {
        var users: [User] = []
        users.reserveCapacity(keys.count)
        for key in keys { users.append(try await User.get(primaryKey: Int(key), on: database)) }
        return users
    }

    static func young(_ database: any Database) async throws -> [User] {
        try await User.query(on: database)
            .filter { $0.age < Int(DataSet.concurrentAgeLimit) }
            .all()
    }
}
