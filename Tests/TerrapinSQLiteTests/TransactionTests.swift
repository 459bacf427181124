import Terrapin
import Testing

struct Rollback: Error {}

@Suite struct TransactionTests {
    let directory = TemporaryDirectory()

    @Test func aTransactionCommitsWhenTheBodyReturns() async throws {
        let database = try await makeMusicDatabase(directory)
        try await database.transaction { _ in
            try await Artist.create(Artist(name: "A"))  // implicit: the transaction
            try await Artist.create(Artist(name: "B"), on: database)  // explicit root: same
        }
        #expect(try await Artist.count(on: database) == 2)
    }

    @Test func aTransactionRollsBackWhenTheBodyThrows() async throws {
        let database = try await makeMusicDatabase(directory)
        await #expect(throws: Rollback.self) {
            try await database.transaction { _ in
                try await Artist.create(Artist(name: "A"))
                #expect(try await Artist.count() == 1)  // reads see the transaction's writes
                throw Rollback()
            }
        }
        #expect(try await Artist.count(on: database) == 0)
    }

    @Test func nestedTransactionsUseSavepoints() async throws {
        let database = try await makeMusicDatabase(directory)
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

    @Test func bulkCreateIsAllOrNothing() async throws {
        let database = try await makeMusicDatabase(directory)
        await #expect(throws: TerrapinError.self) {
            try await Artist.bulkCreate(
                [Artist(name: "A"), Artist(name: "B"), Artist(name: "A")], on: database)
        }
        #expect(try await Artist.count(on: database) == 0)
    }
}
