import GRDB
import Terrapin

/// `insert`: N rows in one transaction into a fresh file with the table and index already
/// there. The checksum reads the table back with the raw C API after the timed part.
enum InsertSuite {
    static func cases(data: DataSet, files: ScratchFiles) -> [BenchCase] {
        let plain = data.users
        let grdbUsers = plain.map { GRDBUser($0, keepingKey: false) }
        let models = plain.map { User($0, keepingKey: false) }

        /// Creates a fresh file with the schema (raw C, so the DDL is identical for all).
        @Sendable func freshDatabase(_ stem: String) throws -> String {
            let path = files.fresh(stem)
            try RawConnection(path: path, create: true).createSchema()
            return path
        }

        @Sendable func verified(_ path: String, seconds: Double) throws -> Sample {
            defer { files.remove(path) }
            return Sample(seconds: seconds, checksum: try RawCWorkloads.tableChecksum(path: path))
        }

        return [
            BenchCase("insert", "raw C", baseline: true) {
                let path = try freshDatabase("insert-raw")
                let seconds = try {
                    let connection = try RawConnection(path: path)
                    return try timedSync { try RawCWorkloads.insert(plain, into: connection) }.0
                }()
                return try verified(path, seconds: seconds)
            },
            BenchCase("insert", "GRDB record") {
                let path = try freshDatabase("insert-grdb")
                let pool = try GRDBWorkloads.openPool(path: path)
                let (seconds, _) = try await timed {
                    try await GRDBWorkloads.insert(grdbUsers, into: pool)
                }
                try pool.close()
                return try verified(path, seconds: seconds)
            },
            BenchCase("insert", "Terrapin bulkCreate") {
                let path = try freshDatabase("insert-bulk")
                let database = try await TerrapinWorkloads.open(path: path)
                let (seconds, _) = try await timed {
                    try await TerrapinWorkloads.bulkCreate(models, on: database)
                }
                try await database.close()
                return try verified(path, seconds: seconds)
            },
            BenchCase("insert", "Terrapin create in transaction") {
                let path = try freshDatabase("insert-create")
                let database = try await TerrapinWorkloads.open(path: path)
                let (seconds, _) = try await timed {
                    try await TerrapinWorkloads.createInTransaction(models, on: database)
                }
                try await database.close()
                return try verified(path, seconds: seconds)
            },
        ]
    }
}
