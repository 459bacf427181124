import GRDB

/// The GRDB columns of every workload, on a `DatabasePool` (WAL, like everyone).
enum GRDBWorkloads {
    /// Opens a pool with the shared settings (`DatabasePool` sets WAL itself; foreign keys are
    /// on by default).
    static func openPool(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return try DatabasePool(path: path, configuration: configuration)
    }

    /// Record inserts in one write transaction.
    static func insert(_ users: [GRDBUser], into pool: DatabasePool) async throws {
        try await pool.write { db in
            for var user in users { try user.insert(db) }
        }
    }

    /// Every row as Codable records.
    static func fetchAllRecords(_ pool: DatabasePool) async throws -> [GRDBUser] {
        try await pool.read { db in try GRDBUser.fetchAll(db, sql: BenchSchema.selectAll) }
    }

    /// Every row through a `Row` cursor, read by index into plain structs.
    static func fetchAllRows(_ pool: DatabasePool) async throws -> [PlainUser] {
        try await pool.read { db in try rows(db, sql: BenchSchema.selectAll) }
    }

    static let filterArguments: StatementArguments = [
        DataSet.filterAges.lowerBound, DataSet.filterAges.upperBound, 1,
    ]

    /// The filter as Codable records.
    static func filterRecords(_ pool: DatabasePool) async throws -> [GRDBUser] {
        try await pool.read { db in
            try GRDBUser.fetchAll(db, sql: BenchSchema.selectFiltered, arguments: filterArguments)
        }
    }

    /// The filter through a `Row` cursor.
    static func filterRows(_ pool: DatabasePool) async throws -> [PlainUser] {
        try await pool.read { db in
            try rows(db, sql: BenchSchema.selectFiltered, arguments: filterArguments)
        }
    }

    /// One async read per key.
    static func lookUp(_ keys: [Int64], in pool: DatabasePool) async throws -> [GRDBUser] {
        var users: [GRDBUser] = []
        users.reserveCapacity(keys.count)
        for key in keys {
            let user = try await pool.read { db in try GRDBUser.fetchOne(db, key: key) }
            if let user { users.append(user) }
        }
        return users
    }

    /// `age < 25` through a `Row` cursor.
    static func young(_ pool: DatabasePool) async throws -> [PlainUser] {
        try await pool.read { db in
            try rows(db, sql: BenchSchema.selectYoung, arguments: [DataSet.concurrentAgeLimit])
        }
    }

    static func rows(_ db: GRDB.Database, sql: String, arguments: StatementArguments = [])
        throws -> [PlainUser]
    {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var users: [PlainUser] = []
        while let row = try cursor.next() { users.append(PlainUser(grdbRow: row)) }
        return users
    }
}
