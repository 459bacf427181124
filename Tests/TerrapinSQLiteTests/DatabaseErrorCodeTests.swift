import Foundation
import Terrapin
import Testing

/// `TerrapinError.database` carries SQLite's result code as text, its name first.
@Suite struct DatabaseErrorCodeTests {
    let directory = TemporaryDirectory()

    @Test func anErrorWithoutABetterCaseNamesSQLitesResultCode() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("codes.db"))", create: true, makeDefault: false)
        await #expect(
            throws: TerrapinError.database(
                code: "SQLITE_ERROR", message: "no such table: nowhere",
                sql: "SELECT * FROM nowhere")
        ) {
            try await database.raw("SELECT * FROM nowhere")
        }
        #expect(
            TerrapinError.database(
                code: "SQLITE_ERROR", message: "no such table: nowhere", sql: nil
            )
            .description == "Database error SQLITE_ERROR: no such table: nowhere")
        await #expect(
            throws: TerrapinError.database(
                code: "SQLITE_RANGE",
                message: "the statement has 1 parameters but 2 values were given",
                sql: "SELECT ?")
        ) {
            try await database.raw("SELECT ?", [1, 2])
        }
    }

    @Test func aClosedDatabaseSaysSo() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("closed.db"))", create: true, makeDefault: false)
        try await database.close()
        await #expect(
            throws: TerrapinError.database(
                code: "SQLITE_MISUSE", message: "the database is closed", sql: nil)
        ) {
            try await database.raw("SELECT 1")
        }
    }

    @Test func aReadOnlyDatabaseSaysWhyThroughTheProtocol() async throws {
        let path = directory.path("ro.db")
        try await connect("sqlite://\(path)", create: true, makeDefault: false).close()
        let database: any Database = try await connect(
            "sqlite://\(path)?mode=ro", makeDefault: false)
        #expect(database.isReadOnly && database.readOnlyReason == "opened with mode=ro")
        let writable: any Database = try await connect("sqlite://\(path)", makeDefault: false)
        #expect(!writable.isReadOnly && writable.readOnlyReason == nil)
    }
}
