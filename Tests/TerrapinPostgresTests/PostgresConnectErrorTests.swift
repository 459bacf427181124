import Foundation
import Terrapin
import TerrapinPostgresFixture
import Testing

@testable import TerrapinPostgres

/// Connecting fails fast and in plain words, and never shows the password.
@Suite(needsPostgres) struct PostgresConnectErrorTests {
    /// A TCP port with nothing listening (taken from the kernel and closed again).
    func closedPort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(descriptor, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func openingFails(_ url: String) async -> String {
        do {
            let database = try await PostgresDatabase.open(url: url)
            try? await database.close()
            return "opened"
        } catch {
            return String(describing: error)
        }
    }

    @Test func aServerThatIsDownIsAClearMessage() async {
        let port = closedPort()
        let message = await openingFails(
            "postgres://someone:hunter2@127.0.0.1:\(port)/db?connect_timeout=3")
        #expect(message.contains("connection refused"), "\(message)")
        #expect(message.contains("127.0.0.1:\(port)"))
        #expect(!message.contains("hunter2"))
    }

    @Test func aServerThatNeverAnswersTimesOutWithinConnectTimeout() async throws {
        // A listening socket that accepts and says nothing.
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        listen(descriptor, 4)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(descriptor, $0, &length)
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let message = await openingFails(
            "postgres://u:hunter2@127.0.0.1:\(port)/db?connect_timeout=1&sslmode=disable")
        #expect(message.contains("no answer within"), "\(message)")
        #expect(!message.contains("hunter2"))
    }

    @Test func aWrongPasswordNamesTheRoleNotThePassword() async throws {
        let server = try await PostgresTestServer.shared()
        let message = await openingFails(
            "postgres://\(PostgresTestServer.passwordRole):wrong-Pw-9@127.0.0.1:\(server.port)/postgres"
        )
        #expect(
            message.contains("refused the login of role \"\(PostgresTestServer.passwordRole)\""),
            "\(message)")
        #expect(message.contains("28P01"))
        #expect(!message.contains("wrong-Pw-9"))
    }

    @Test func theRightPasswordLogsIn() async throws {
        let server = try await PostgresTestServer.shared()
        let database = try await PostgresDatabase.open(
            url: "postgres://\(PostgresTestServer.passwordRole):\(PostgresTestServer.password)"
                + "@127.0.0.1:\(server.port)/postgres")
        #expect(database.url.contains(":***@"))
        #expect(!database.url.contains(PostgresTestServer.password))
        let rows = try await database.raw("SELECT current_user")
        #expect(rows.first?.values == [.text(PostgresTestServer.passwordRole)])
        try await database.close()
    }

    @Test func aPasswordFromPGPASSWORDIsUsedAndAMissingOneIsNamed() async throws {
        let server = try await PostgresTestServer.shared()
        let url =
            "postgres://\(PostgresTestServer.passwordRole)@127.0.0.1:\(server.port)/postgres"
        let configured = try PostgresConfiguration(
            url: url, environment: ["PGPASSWORD": PostgresTestServer.password])
        let database = try await PostgresDatabase.open(configured)
        try await database.close()
        let missing = try PostgresConfiguration(url: url, environment: [:])
        do {
            _ = try await PostgresDatabase.open(missing)
            Issue.record("opened without a password")
        } catch {
            #expect(String(describing: error).contains("none was given"), "\(error)")
        }
    }

    @Test func anUnknownDatabaseIsNamed() async throws {
        let server = try await PostgresTestServer.shared()
        let message = await openingFails(server.databaseURL("no_such_db_here"))
        #expect(message.contains("there is no database \"no_such_db_here\""), "\(message)")
    }

    @Test func requiringTLSFromAServerWithoutItSaysSo() async throws {
        let server = try await PostgresTestServer.shared()
        let message = await openingFails(server.databaseURL("postgres", options: "sslmode=require"))
        #expect(message.contains("does not offer TLS"), "\(message)")
    }

    @Test func theSocketDirectoryWorksAsAHost() async throws {
        let server = try await PostgresTestServer.shared()
        guard let sockets = server.socketDirectory else { return }
        let encoded = sockets.replacingOccurrences(of: "/", with: "%2F")
        for url in [
            "postgres://\(server.superuser)@\(encoded):\(server.port)/postgres",
            "postgres://\(server.superuser)@/postgres?host=\(sockets)&port=\(server.port)",
        ] {
            let database = try await PostgresDatabase.open(url: url)
            let rows = try await database.raw("SELECT 1")
            #expect(rows.first?.values == [.integer(1)])
            try await database.close()
        }
    }
}
