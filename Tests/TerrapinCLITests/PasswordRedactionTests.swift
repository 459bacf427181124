import ArgumentParser
import Foundation
import Terrapin
import Testing

@testable import TerrapinCommandLine

/// A password in a database URL never reaches a message of `terrapin open` or `query`.
@Suite struct PasswordRedactionTests {
    static let password = "Hunter2-Never-Shown"

    /// A PostgreSQL URL to a port where nothing listens.
    static func unreachableURL(options: String = "") -> String {
        "postgres://alice:\(password)@127.0.0.1:1/shop?connect_timeout=2" + options
    }

    @Test func openingAnUnreachableServerNamesItWithoutThePassword() async throws {
        for url in [Self.unreachableURL(), Self.unreachableURL(options: "&pool=0")] {
            do {
                _ = try await DatabaseOpener.open(url, readOnly: true)
                Issue.record("opened \(url)")
            } catch {
                let shown = redactingURLs(in: message(for: error))
                #expect(!shown.contains(Self.password), "\(shown)")
                #expect(!message(for: error).contains(Self.password), "\(message(for: error))")
                #expect(shown.contains("alice"))
            }
        }
    }

    @Test func theLastGuardHidesPasswordsOfAnyURLInAMessage() {
        let text = "cannot open \"postgres://bob:s3cret@h/d\": x; also mysql://r:pw@h and a.db"
        #expect(
            redactingURLs(in: text)
                == "cannot open \"postgres://bob:***@h/d\": x; also mysql://r:***@h and a.db")
    }

    @Test func helpNeverShowsAURL() {
        let help = TerrapinCommand.helpMessage(for: QueryCommand.self)
        #expect(!help.contains(Self.password))
        #expect(help.contains("postgres://user@host/db"))
    }
}
