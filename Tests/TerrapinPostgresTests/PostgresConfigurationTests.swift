import Foundation
import Terrapin
import Testing

@testable import TerrapinPostgres

@Suite struct PostgresConfigurationTests {
    let environment = ["USER": "me", "HOME": "/nonexistent"]

    func parse(_ url: String, environment: [String: String]? = nil) throws
        -> PostgresConfiguration
    {
        try PostgresConfiguration(url: url, environment: environment ?? self.environment)
    }

    @Test func readsUserPasswordHostPortAndDatabase() throws {
        let configuration = try parse("postgres://alice:s3cret@db.example.com:6543/shop")
        #expect(configuration.user == "alice")
        #expect(configuration.password == "s3cret")
        #expect(configuration.endpoint == .tcp(host: "db.example.com", port: 6543))
        #expect(configuration.database == "shop")
        #expect(configuration.tlsMode == .prefer)
        #expect(configuration.poolSize == 4)
    }

    @Test func acceptsPostgresqlAndDefaultsPortUserAndDatabase() throws {
        let configuration = try parse("POSTGRESQL://localhost")
        #expect(configuration.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(configuration.user == "me")
        #expect(configuration.database == nil)
        #expect(configuration.password == nil)
    }

    @Test func decodesPercentEscapesInEveryPart() throws {
        let configuration = try parse("postgres://al%40ice:p%2Fw%3A%40@h/my%20db")
        #expect(configuration.user == "al@ice")
        #expect(configuration.password == "p/w:@")
        #expect(configuration.database == "my db")
    }

    @Test func takesAPasswordWithUnencodedSpecialCharactersWhole() throws {
        let configuration = try parse("postgres://bob:pa/ss?w#rd@h:5432/db")
        #expect(configuration.password == "pa/ss?w#rd")
        #expect(configuration.endpoint == .tcp(host: "h", port: 5432))
        #expect(configuration.database == "db")
    }

    @Test func readsIPv6Hosts() throws {
        let configuration = try parse("postgres://u@[::1]:5433/d")
        #expect(configuration.endpoint == .tcp(host: "::1", port: 5433))
    }

    @Test func aSocketDirectoryComesFromTheHostOptionOrAPercentEncodedHost() throws {
        let option = try parse("postgres://u@/d?host=/run/pg&port=5444")
        #expect(option.endpoint == .unixSocket(path: "/run/pg/.s.PGSQL.5444"))
        let encoded = try parse("postgres://u@%2Fvar%2Frun%2Fpostgresql:5433/d")
        #expect(encoded.endpoint == .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5433"))
    }

    @Test func readsEveryOption() throws {
        let configuration = try parse(
            "postgres://u@h/d?sslmode=verify-full&search_path=app,%22Odd%22&pool=9"
                + "&connect_timeout=3&statement_timeout=2s&application_name=tool&mode=ro")
        #expect(configuration.tlsMode == .verifyFull)
        #expect(configuration.searchPath == ["app", "\"Odd\""])
        #expect(configuration.poolSize == 9)
        #expect(configuration.connectTimeoutSeconds == 3)
        #expect(configuration.statementTimeout == "2s")
        #expect(configuration.applicationName == "tool")
        #expect(configuration.isReadOnly)
        let parameters = Dictionary(uniqueKeysWithValues: configuration.startupParameters)
        #expect(parameters["search_path"] == "\"app\", \"\"\"Odd\"\"\"")
        #expect(parameters["statement_timeout"] == "2s")
        #expect(parameters["default_transaction_read_only"] == "on")
        #expect(parameters["application_name"] == "tool")
        #expect(try parse("postgres://u@h/d?schema=s").searchPath == ["s"])
    }

    @Test(arguments: [
        ("postgres://u@h/d?sslmode=sometimes", "sslmode=\"sometimes\": expected disable"),
        ("postgres://u@h/d?pool=0", "pool=\"0\": expected a count from 1 to 100"),
        ("postgres://u@h/d?connect_timeout=", "the option connect_timeout has no value"),
        ("postgres://u@h/d?statement_timeout=fast", "statement_timeout=\"fast\""),
        ("postgres://u@h/d?colour=red", "unknown option \"colour\""),
        ("postgres://u@h/d?=x", "an option has no name"),
        ("postgres://u@h:99999/d", "the port is not a number from 1 to 65535"),
        ("postgres://u@h1,h2/d", "several hosts are not supported"),
        ("mysql://u@h/d", "the scheme is not postgres"),
        ("postgres://u@h/d%zz", "the database name has a broken percent escape"),
    ])
    func refusesWhatItCannotUse(url: String, reason: String) {
        #expect {
            try parse(url)
        } throws: { error in
            guard case .invalidURL(_, let said) = error as? TerrapinError else { return false }
            return said.contains(reason)
        }
    }

    @Test func thePasswordComesFromPGPASSWORDWhenTheURLHasNone() throws {
        var environment = self.environment
        environment["PGPASSWORD"] = "from-env"
        #expect(try parse("postgres://u@h/d", environment: environment).password == "from-env")
        #expect(try parse("postgres://u:url@h/d", environment: environment).password == "url")
    }

    @Test func thePasswordFileMatchesHostPortDatabaseAndUserWithWildcards() throws {
        let text = """
            # comment
            other:5432:*:u:wrong
            h:5432:d:u:exact
            *:*:*:u:any\\:thing
            """
        let exact = try parse("postgres://u@h/d")
        #expect(PostgresPasswordFile.password(in: text, for: exact) == "exact")
        let wildcard = try parse("postgres://u@elsewhere:1/x")
        #expect(PostgresPasswordFile.password(in: text, for: wildcard) == "any:thing")
        let socket = try parse("postgres://u@/d?host=/tmp")
        #expect(
            PostgresPasswordFile.password(in: "localhost:5432:d:u:local", for: socket) == "local")
    }

    @Test func aPasswordFileOthersCanReadIsIgnored() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pgpass-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "*:*:*:*:filepass".write(toFile: path, atomically: true, encoding: .utf8)
        var environment = self.environment
        environment["PGPASSFILE"] = path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(try parse("postgres://u@h/d", environment: environment).password == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try parse("postgres://u@h/d", environment: environment).password == "filepass")
    }
}
