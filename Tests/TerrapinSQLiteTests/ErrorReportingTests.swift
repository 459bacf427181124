import Foundation
import Terrapin
import TerrapinTesting
import Testing

@Suite struct ErrorReportingTests {
    let directory = TemporaryDirectory()

    @Test func aMissingFileIsNotCreatedUnlessAsked() async throws {
        let path = directory.path("typo.db")
        await #expect(throws: TerrapinError.databaseNotFound(path: path)) {
            try await connect("sqlite://\(path)", makeDefault: false)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        let created = try await connect("sqlite://\(path)?mode=rwc", makeDefault: false)
        #expect(FileManager.default.fileExists(atPath: path))
        try await created.close()
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsSuch() async throws {
        let path = directory.path("notes.txt")
        try Data("hello, this is not SQLite, just some text that is long enough".utf8).write(
            to: URL(fileURLWithPath: path))
        await #expect {
            try await connect(path, makeDefault: false)
        } throws: { error in
            "\(error)".contains("not a SQLite database")
        }
    }

    @Test func unknownURLOptionsAndSchemesAreRefused() async throws {
        await #expect {
            try await connect("sqlite://:memory:?journal=wal", makeDefault: false)
        } throws: { error in
            "\(error)".contains("unknown option \"journal\"")
        }
        await #expect {
            try await connect("mysql://localhost/db", makeDefault: false)
        } throws: { error in
            "\(error)".contains("unknown scheme")
        }
    }

    @Test func readOnlyModeRefusesWritesWithAClearError() async throws {
        let writable = try await makeMusicDatabase(directory)
        try await seedTracks(writable)
        let readOnly = try await connect(
            "sqlite://\(directory.path("music.db"))?mode=ro", makeDefault: false)
        #expect(readOnly.isReadOnly)
        #expect(try await Track.count(on: readOnly) == 5)
        await #expect {
            try await Track.create(Track(name: "x", milliseconds: 1, genre: .rock), on: readOnly)
        } throws: { error in
            guard case TerrapinError.readOnly = error else { return false }
            return "\(error)".contains("read-only")
        }
        #expect(try await Track.count(on: writable) == 5)
    }

    @Test func aLockedDatabaseWaitsForTheBusyTimeoutThenFails() async throws {
        let holder = try await makeMusicDatabase(directory)
        let waiter = try await connect(
            "sqlite://\(directory.path("music.db"))?busy_timeout=150", makeDefault: false)
        let (locked, lockedContinuation) = AsyncStream<Void>.makeStream()
        let (release, releaseContinuation) = AsyncStream<Void>.makeStream()
        let holding = Task {
            try await holder.transaction { _ in
                _ = try await holder.execute(raw: "INSERT INTO artist (name) VALUES ('Lock')")
                lockedContinuation.yield()
                for await _ in release { break }
            }
        }
        for await _ in locked { break }
        await #expect {
            try await Artist.create(Artist(name: "Blocked"), on: waiter)
        } throws: { error in
            guard case TerrapinError.busy(let timeout, _) = error else { return false }
            return timeout == 150 && "\(error)".contains("locked")
        }
        releaseContinuation.yield()
        try await holding.value
        // Once the lock is gone the same write succeeds.
        try await Artist.create(Artist(name: "Unblocked"), on: waiter)
        #expect(try await Artist.count(on: holder) == 2)
    }

    @Test func constraintViolationsNameTableAndColumn() async throws {
        let database = try await makeMusicDatabase(directory)
        try await Artist.create(Artist(name: "Queen"), on: database)
        await #expect {
            try await Artist.create(Artist(name: "Queen"), on: database)
        } throws: { error in
            guard case TerrapinError.constraintViolated(.unique, "artist", ["name"], _) = error
            else { return false }
            return "\(error)".contains("already has this value")
        }
        await #expect {
            try await Track.create(
                Track(name: "Orphan", milliseconds: 1, genre: .rock, artistId: 999), on: database)
        } throws: { error in
            guard case TerrapinError.constraintViolated(.foreignKey, _, _, _) = error else {
                return false
            }
            return true
        }
    }

    @Test func fieldRulesAreCheckedBeforeWriting() async throws {
        let database = try await makeMusicDatabase(directory)
        await #expect {
            try await Artist.create(Artist(name: String(repeating: "x", count: 41)), on: database)
        } throws: { error in
            "\(error)".contains("Artist.name") && "\(error)".contains("maxLength 40")
        }
        #expect(try await Artist.count(on: database) == 0)
    }

    @Test func aWrongTypedValueNamesModelFieldAndSQLType() async throws {
        let database = try await makeMusicDatabase(directory)
        _ = try await database.execute(
            raw: "INSERT INTO track (name, ms, genre, price, isExplicit, createdAt, updatedAt) "
                + "VALUES ('Bad', 'very long', 'rock', 1, 0, '2024-01-01', '2024-01-01')")
        await #expect {
            try await Track.all(on: database)
        } throws: { error in
            guard
                case TerrapinError.decodingFailed(
                    "Track", "milliseconds", "ms", _, .text("very long")) = error
            else { return false }
            return "\(error)".contains("holds TEXT 'very long'")
        }
        _ = try await database.execute(raw: "UPDATE track SET ms = 1, genre = 'polka'")
        await #expect {
            try await Track.all(on: database)
        } throws: { error in
            "\(error)".contains("Track.genre") && "\(error)".contains("'polka'")
        }
    }

    @Test func usingNoDatabaseAtAllIsExplained() async throws {
        await DatabaseContext.$current.withValue(nil) {
            if DatabaseContext.defaultDatabase == nil {
                await #expect(throws: TerrapinError.notConnected) { try await Track.all() }
            }
        }
    }
}
