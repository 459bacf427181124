import TerrapinCore
import Testing

/// Thrown by a transaction body to make it roll back.
struct Rollback: Error {}

extension ConformanceSuite {
    /// A transaction commits when its body returns; implicit and explicit queries inside it
    /// both run in it.
    public func aTransactionCommitsWhenTheBodyReturns() async throws {
        try await withMusicDatabase { database in
            try await database.transaction { _ in
                try await Artist.create(Artist(name: "A"))  // implicit: the transaction
                try await Artist.create(Artist(name: "B"), on: database)  // explicit root
            }
            #expect(try await Artist.count(on: database) == 2)
        }
    }

    /// A transaction rolls back when its body throws; its reads see its own writes.
    public func aTransactionRollsBackWhenTheBodyThrows() async throws {
        try await withMusicDatabase { database in
            await #expect(throws: Rollback.self) {
                try await database.transaction { _ in
                    try await Artist.create(Artist(name: "A"))
                    #expect(try await Artist.count() == 1)
                    throw Rollback()
                }
            }
            let count = try await Artist.count(on: database)
            #expect(count == 0)
        }
    }

    /// Nested transactions are savepoints: an inner rollback keeps the outer work.
    public func nestedTransactionsUseSavepoints() async throws {
        try await withMusicDatabase { database in
            _ = try await transaction(on: database) { _ in
                try await Artist.create(Artist(name: "Outer"))
                try? await transaction { _ in
                    try await Artist.create(Artist(name: "Inner"))
                    throw Rollback()
                }
                try await transaction { _ in try await Artist.create(Artist(name: "Kept")) }
            }
            let names = try await Artist.query(on: database).orderBy("name").valuesList("name")
            #expect(names == [["Kept"], ["Outer"]])
        }
    }

    /// A failing row makes `bulkCreate` insert nothing.
    public func bulkCreateIsAllOrNothing() async throws {
        try await withMusicDatabase { database in
            await #expect(throws: TerrapinError.self) {
                try await Artist.bulkCreate(
                    [Artist(name: "A"), Artist(name: "B"), Artist(name: "A")], on: database)
            }
            #expect(try await Artist.count(on: database) == 0)
            // The database is still usable after the failed transaction.
            try await Artist.create(Artist(name: "A"), on: database)
            #expect(try await Artist.count(on: database) == 1)
        }
    }
}
