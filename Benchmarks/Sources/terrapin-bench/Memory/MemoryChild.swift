import Foundation
import GRDB
import Terrapin

/// The child side of the `memory` workload: one process per implementation and row count,
/// which fetches and then reports its peak resident set size (`VmHWM`).
enum MemoryChild {
    /// The implementations measured, by the name passed on the command line.
    static let implementations = [
        ("raw", "raw C"), ("grdb-record", "GRDB Codable record"), ("grdb-row", "GRDB Row"),
        ("terrapin-model", "Terrapin @Model"), ("terrapin-dynamic", "Terrapin dynamic table()"),
    ]

    /// Fetches every row (`all`) or one row (`one`) with `implementation` from `path`,
    /// keeps the result alive, and prints `VmHWM <kB>`.
    static func run(implementation: String, allRows: Bool, path: String) async throws {
        let all = BenchSchema.selectAll
        let sql = allRows ? all : all + " LIMIT 1"
        let count: Int
        switch implementation {
        case "raw":
            let connection = try RawConnection(path: path)
            let statement = try connection.prepare(sql)
            let users = try RawCWorkloads.fetch(statement, on: connection)
            count = users.count
            print("VmHWM \(peakKilobytes()) rows \(count)")
            withExtendedLifetime(users) {}
            return
        case "grdb-record":
            let pool = try GRDBWorkloads.openPool(path: path)
            let users = try await pool.read { db in try GRDBUser.fetchAll(db, sql: sql) }
            print("VmHWM \(peakKilobytes()) rows \(users.count)")
            withExtendedLifetime(users) {}
        case "grdb-row":
            let pool = try GRDBWorkloads.openPool(path: path)
            let users = try await pool.read { db in try GRDBWorkloads.rows(db, sql: sql) }
            print("VmHWM \(peakKilobytes()) rows \(users.count)")
            withExtendedLifetime(users) {}
        case "terrapin-model":
            let database = try await TerrapinWorkloads.open(path: path)
            let query = User.query(on: database)
            let users = try await (allRows ? query : query.limit(1)).all()
            print("VmHWM \(peakKilobytes()) rows \(users.count)")
            withExtendedLifetime(users) {}
        case "terrapin-dynamic":
            let database = try await TerrapinWorkloads.open(path: path)
            let table = try await database.table("user")
            let rows = try await (allRows ? table : table.limit(1)).all()
            print("VmHWM \(peakKilobytes()) rows \(rows.count)")
            withExtendedLifetime(rows) {}
        default:
            throw RawConnection.Failure(description: "unknown implementation \(implementation)")
        }
    }

    /// `VmHWM` from `/proc/self/status`, in kB (0 where there is no procfs).
    static func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Int(digits) ?? 0
        }
        return 0
    }
}
