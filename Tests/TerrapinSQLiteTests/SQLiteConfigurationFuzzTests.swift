import Foundation
import Terrapin
import TerrapinDemo
import Testing

/// Seeded, deterministic fuzzing of the SQLite URL parser: whatever the input, it returns a
/// configuration or throws ``TerrapinError/invalidURL(url:reason:)``, and never traps. The
/// coverage-guided harness in `Fuzz/SQLiteURLFuzzer` goes further, outside `swift test`.
@Suite struct SQLiteConfigurationFuzzTests {
    /// Pieces inputs are made of: schemes, separators, option names and values, percent
    /// escapes (valid and broken), non-ASCII and control characters.
    private static let pieces: [String] = [
        "sqlite://", "sqlite:", "sqlite:///", "file://", "postgres://", "://", ":", "/", "//",
        "?", "??", "&", "&&", "=", "==", "%", "%2", "%20", "%3F", "%ZZ", "%C3%A9", "%FF", "#",
        "mode", "create", "journal_mode", "busy_timeout", "readers", "foreign_keys", "MODE",
        "ro", "rw", "rwc", "true", "false", "on", "off", "yes", "1", "0", "-1", "64", "65",
        "99999999999999999999", "wal", "keep", "delete", "a", "db", ".db", ":memory:", " ",
        "\t", "\n", "\u{0}", "é", "名", "🐢", "\u{301}", "\u{FEFF}", "\\", "\"", "'",
    ]

    private static func randomInput(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...14, using: &generator)
        var text = ""
        for _ in 0..<count { text += pieces.randomElement(using: &generator) ?? "" }
        return text
    }

    /// A valid URL with a few of its characters deleted, duplicated or replaced.
    private static func mutatedInput(using generator: inout SeededGenerator) -> String {
        let valid = [
            "sqlite://a.db?mode=ro&busy_timeout=2000", "sqlite:///tmp/x.db?readers=2",
            "sqlite::memory:?foreign_keys=off", "b.db?create=true&journal_mode=keep",
        ]
        var characters = Array(valid.randomElement(using: &generator) ?? "")
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0...characters.count, using: &generator)
            switch Int.random(in: 0...2, using: &generator) {
            case 0 where index < characters.count: characters.remove(at: index)
            case 1 where index < characters.count: characters.insert(characters[index], at: index)
            default:
                let piece = pieces.randomElement(using: &generator) ?? "="
                characters.insert(contentsOf: piece, at: index)
            }
        }
        return String(characters)
    }

    @Test func randomURLsParseOrThrowInvalidURL() {
        var generator = SeededGenerator(seed: 0x5EED_0A11)
        var parsed = 0
        var refused = 0
        for iteration in 0..<20_000 {
            let input =
                iteration.isMultiple(of: 2)
                ? Self.randomInput(using: &generator) : Self.mutatedInput(using: &generator)
            do {
                let configuration = try SQLiteConfiguration(url: input)
                parsed += 1
                #expect(!configuration.path.isEmpty, "\(input.debugDescription)")
                #expect((1...64).contains(configuration.readerCount))
                #expect(configuration.busyTimeoutMilliseconds >= 0)
            } catch let error as TerrapinError {
                refused += 1
                guard case .invalidURL(let url, let reason) = error else {
                    Issue.record("\(input.debugDescription) threw \(error)")
                    continue
                }
                #expect(url == input)
                #expect(!reason.isEmpty)
            } catch {
                Issue.record("\(input.debugDescription) threw \(error)")
            }
        }
        // Both outcomes must be common, or the alphabet tests little.
        #expect(parsed > 2_000 && refused > 2_000, "parsed \(parsed), refused \(refused)")
    }

    @Test(arguments: [
        ("sqlite://file.db?=", "has no name"),
        ("sqlite://file.db?=ro", "has no name"),
        ("sqlite://file.db?mode", "the option mode has no value"),
        ("sqlite://file.db?mode=", "the option mode has no value"),
        ("sqlite://file.db?mode=xx", "mode=xx: expected ro, rw or rwc"),
        ("sqlite://file.db?readers=0", "readers=0: expected a count from 1 to 64"),
        ("sqlite://file.db?busy_timeout=-1", "busy_timeout=-1: expected milliseconds"),
        ("sqlite://file.db?colour=red", "unknown option \"colour\""),
    ])
    func malformedOptionsAreClearInvalidURLErrors(url: String, reason: String) {
        #expect {
            try SQLiteConfiguration(url: url)
        } throws: { error in
            guard case .invalidURL(let found, let message)? = error as? TerrapinError else {
                return false
            }
            return found == url && message.contains(reason)
        }
    }

    @Test func emptyPairsAreIgnored() throws {
        let configuration = try SQLiteConfiguration(url: "sqlite://file.db?&&mode=ro&")
        #expect(configuration.path == "file.db" && configuration.isReadOnly)
    }
}
