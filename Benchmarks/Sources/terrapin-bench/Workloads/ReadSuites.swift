import GRDB
import Terrapin

/// The connections every read workload shares: one database file filled once by the raw C
/// API, opened by each implementation before anything is timed.
struct ReadContext: Sendable {
    let path: String
    let raw: RawConnection
    let pool: DatabasePool
    let terrapin: any TerrapinCore.Database
    /// `database.table("user")`, introspected once up front.
    let table: QuerySet<DynamicRow>

    static func open(data: DataSet, files: ScratchFiles) async throws -> ReadContext {
        let path = files.fresh("read")
        do {
            let writer = try RawConnection(path: path, create: true)
            try writer.createSchema()
            var keyed = data.users
            keyed.sort { $0.id < $1.id }
            try RawCWorkloads.insert(keyed, into: writer)
            try writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let terrapin = try await TerrapinWorkloads.open(path: path)
        return ReadContext(
            path: path, raw: try RawConnection(path: path),
            pool: try GRDBWorkloads.openPool(path: path), terrapin: terrapin,
            table: try await terrapin.table("user"))
    }
}

/// `fetch_all` and `filter`: the same five implementations into typed values (dynamic rows
/// for the two dynamic columns).
enum ReadSuites {
    static func fetchAll(_ context: ReadContext) -> [BenchCase] {
        [
            BenchCase("fetch_all", "raw C", baseline: true) {
                let (seconds, users) = try timedSync { try RawCWorkloads.fetchAll(on: context.raw) }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("fetch_all", "GRDB Codable record") {
                let (seconds, users) = try await timed {
                    try await GRDBWorkloads.fetchAllRecords(context.pool)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("fetch_all", "GRDB Row") {
                let (seconds, users) = try await timed {
                    try await GRDBWorkloads.fetchAllRows(context.pool)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("fetch_all", "Terrapin @Model") {
                let (seconds, users) = try await timed {
                    try await TerrapinWorkloads.fetchAllModels(context.terrapin)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("fetch_all", "Terrapin dynamic table()") {
                let (seconds, rows) = try await timed {
                    try await TerrapinWorkloads.fetchAllDynamic(context.table)
                }
                return Sample(seconds: seconds, checksum: .of(rows))
            },
            BenchCase("fetch_all", "Terrapin dynamic raw()") {
                let (seconds, rows) = try await timed {
                    try await TerrapinWorkloads.fetchAllRaw(context.terrapin)
                }
                return Sample(seconds: seconds, checksum: .of(rows))
            },
        ]
    }

    static func filter(_ context: ReadContext) -> [BenchCase] {
        [
            BenchCase("filter", "raw C", baseline: true) {
                let (seconds, users) = try timedSync { try RawCWorkloads.filter(on: context.raw) }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("filter", "GRDB Codable record") {
                let (seconds, users) = try await timed {
                    try await GRDBWorkloads.filterRecords(context.pool)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("filter", "GRDB Row") {
                let (seconds, users) = try await timed {
                    try await GRDBWorkloads.filterRows(context.pool)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("filter", "Terrapin @Model") {
                let (seconds, users) = try await timed {
                    try await TerrapinWorkloads.filterModels(context.terrapin)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("filter", "Terrapin dynamic table()") {
                let (seconds, rows) = try await timed {
                    try await TerrapinWorkloads.filterDynamic(context.table)
                }
                return Sample(seconds: seconds, checksum: .of(rows))
            },
            BenchCase("filter", "Terrapin dynamic raw()") {
                let (seconds, rows) = try await timed {
                    try await TerrapinWorkloads.filterRaw(context.terrapin)
                }
                return Sample(seconds: seconds, checksum: .of(rows))
            },
        ]
    }

    /// `get_by_pk`: the same random keys, one lookup (one `await` for the async APIs) each.
    static func lookUp(_ context: ReadContext, keys: [Int64]) -> [BenchCase] {
        [
            BenchCase("get_by_pk", "raw C (sync loop)", baseline: true) {
                let (seconds, users) = try timedSync {
                    try RawCWorkloads.lookUp(keys, on: context.raw)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("get_by_pk", "GRDB async read") {
                let (seconds, users) = try await timed {
                    try await GRDBWorkloads.lookUp(keys, in: context.pool)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
            BenchCase("get_by_pk", "Terrapin get(primaryKey:)") {
                let (seconds, users) = try await timed {
                    try await TerrapinWorkloads.lookUp(keys, on: context.terrapin)
                }
                return Sample(seconds: seconds, checksum: .of(users))
            },
        ]
    }
}
