import Terrapin
import Testing

@testable import TerrapinPostgres

@Suite struct PostgresURLRedactionTests {
    @Test(arguments: [
        ("postgres://bob:s3cret@db/shop", "postgres://bob:***@db/shop"),
        (
            "postgresql://:s3cret@db:5432/shop?sslmode=require",
            "postgresql://:***@db:5432/shop?sslmode=require"
        ),
        (
            "postgres://bob@db/shop?password=s3cret&pool=2",
            "postgres://bob@db/shop?password=***&pool=2"
        ),
        ("postgres://bob:pa/ss?w#rd@db/shop", "postgres://bob:***@db/shop"),
        ("postgres://db/shop", "postgres://db/shop"),
        ("music.db", "music.db"),
        ("sqlite://x.db?mode=ro", "sqlite://x.db?mode=ro"),
        ("mysql://root:s3cret@h/d", "mysql://root:***@h/d"),
    ])
    func hidesPasswordsAndKeepsTheRest(url: String, redacted: String) {
        #expect(PostgresURLRedaction.redact(url) == redacted)
        #expect(redactedDatabaseURL(url) == redacted)
    }

    @Test func theConfigurationDescribesItselfWithoutThePassword() throws {
        let configuration = try PostgresConfiguration(
            url: "postgres://bob:s3cret@db/shop", environment: [:])
        #expect(configuration.description == "postgres://bob:***@db/shop")
        #expect(!String(reflecting: configuration).contains("s3cret"))
        #expect(!"\(configuration)".contains("s3cret"))
        let plain = PostgresConfiguration(host: "h", user: "u", password: "pw", database: "d")
        #expect(plain.description == "postgres://u:***@h:5432/d")
    }

    @Test func anInvalidURLErrorNeverQuotesThePassword() {
        let urls = [
            "postgres://bob:s3cret@db:99999/shop",
            "postgres://bob:s3cret@db/shop?pool=many",
            "postgres://bob:s3%ZZcret@db/shop",
            "postgres://bob:s3/cret@db:x/shop",
            "postgres://bob@db/shop?password=s3cret&bogus=1",
            "postgres://bob:s3cret@h1,h2/shop",
        ]
        for url in urls {
            do {
                _ = try PostgresConfiguration(url: url, environment: [:])
                Issue.record("\(url) parsed")
            } catch {
                #expect(!String(describing: error).contains("s3"), "\(error)")
                #expect(!String(reflecting: error).contains("s3"), "\(error)")
            }
        }
    }

    @Test func connectRedactsAnUnknownScheme() async {
        do {
            _ = try await connect("mysql://root:s3cret@h/d", makeDefault: false)
            Issue.record("connected")
        } catch {
            #expect(!String(describing: error).contains("s3cret"))
            #expect(String(describing: error).contains("mysql://root:***@h/d"))
        }
    }
}
