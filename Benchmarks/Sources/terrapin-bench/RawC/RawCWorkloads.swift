import Foundation
import GRDBSQLite
import Synchronization

/// The raw C API column of every workload.
enum RawCWorkloads {
    /// Inserts every row with one prepared statement in one transaction.
    static func insert(_ users: [PlainUser], into connection: RawConnection) throws {
        let statement = try connection.prepare(BenchSchema.insert)
        defer { sqlite3_finalize(statement) }
        try connection.execute("BEGIN IMMEDIATE")
        for user in users {
            sqlite3_bind_text(statement, 1, user.name, -1, sqliteTransient)
            sqlite3_bind_text(statement, 2, user.email, -1, sqliteTransient)
            sqlite3_bind_int64(statement, 3, user.age)
            sqlite3_bind_double(statement, 4, user.score)
            sqlite3_bind_int64(statement, 5, user.isActive ? 1 : 0)
            sqlite3_bind_text(statement, 6, user.createdAt, -1, sqliteTransient)
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw connection.failure(BenchSchema.insert)
            }
            sqlite3_reset(statement)
        }
        try connection.execute("COMMIT")
    }

    /// Steps a statement to the end, reading every row into a ``PlainUser``.
    static func fetch(_ statement: OpaquePointer, on connection: RawConnection) throws
        -> [PlainUser]
    {
        var users: [PlainUser] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw connection.failure("step") }
            users.append(statement.plainUser())
        }
        sqlite3_reset(statement)
        return users
    }

    /// Every row.
    static func fetchAll(on connection: RawConnection) throws -> [PlainUser] {
        let statement = try connection.prepare(BenchSchema.selectAll)
        defer { sqlite3_finalize(statement) }
        return try fetch(statement, on: connection)
    }

    /// `age BETWEEN 30 AND 39 AND is_active = 1 ORDER BY name`.
    static func filter(on connection: RawConnection) throws -> [PlainUser] {
        let statement = try connection.prepare(BenchSchema.selectFiltered)
        defer { sqlite3_finalize(statement) }
        sqlite3_bind_int64(statement, 1, DataSet.filterAges.lowerBound)
        sqlite3_bind_int64(statement, 2, DataSet.filterAges.upperBound)
        sqlite3_bind_int64(statement, 3, 1)
        return try fetch(statement, on: connection)
    }

    /// `age < 25`.
    static func young(on connection: RawConnection) throws -> [PlainUser] {
        let statement = try connection.prepare(BenchSchema.selectYoung)
        defer { sqlite3_finalize(statement) }
        sqlite3_bind_int64(statement, 1, DataSet.concurrentAgeLimit)
        return try fetch(statement, on: connection)
    }

    /// One lookup per key with one reused statement, synchronously.
    static func lookUp(_ keys: [Int64], on connection: RawConnection) throws -> [PlainUser] {
        let statement = try connection.prepare(BenchSchema.selectByKey)
        defer { sqlite3_finalize(statement) }
        var users: [PlainUser] = []
        users.reserveCapacity(keys.count)
        for key in keys {
            sqlite3_bind_int64(statement, 1, key)
            guard sqlite3_step(statement) == SQLITE_ROW else {
                throw connection.failure(BenchSchema.selectByKey)
            }
            users.append(statement.plainUser())
            sqlite3_reset(statement)
        }
        return users
    }

    /// Runs `age < 25` on every connection at once, one thread per connection, and returns
    /// the results in connection order.
    static func youngConcurrently(on connections: [RawConnection]) throws -> [[PlainUser]] {
        let results = Mutex<[Result<[PlainUser], any Error>?]>(
            Array(repeating: nil, count: connections.count))
        let group = DispatchGroup()
        for (index, connection) in connections.enumerated() {
            group.enter()
            let thread = Thread {
                let result = Result { try young(on: connection) }
                results.withLock { $0[index] = result }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return try results.withLock { all in try all.map { try ($0 ?? .success([])).get() } }
    }

    /// Reads the whole table back (untimed), to verify what an insert wrote.
    static func tableChecksum(path: String) throws -> Checksum {
        let connection = try RawConnection(path: path)
        return Checksum.of(try fetchAll(on: connection))
    }
}
