import Foundation
import Terrapin
import TerrapinDemo
import Testing

@testable import TerrapinPostgres

/// Seeded, deterministic fuzzing of the PostgreSQL URL parser: whatever the input, it
/// returns a configuration or throws ``TerrapinError/invalidURL(url:reason:)``, never traps,
/// and never lets the password (a marker placed in the user information or a `password`
/// option) into its error or its description.
@Suite struct PostgresConfigurationFuzzTests {
    static let marker = "Zq7Secret"

    private static let pieces: [String] = [
        "postgres://", "postgresql://", "POSTGRES://", "sqlite://", "://", ":", "/", "//", "@",
        "@@", "?", "&", "=", "%", "%2", "%2F", "%40", "%ZZ", "%00", "%C3%A9", "#", "[", "]",
        "[::1]", ",", "host", "port", "user", "dbname", "sslmode", "search_path", "schema",
        "pool", "connect_timeout", "statement_timeout", "application_name", "mode", "password",
        "disable", "require", "verify-full", "prefer", "ro", "rw", "5432", "0", "65536", "-1",
        "99999999999999999999", "2s", "10min", "localhost", "db", "/tmp", " ", "\t", "\n",
        "\u{0}", "é", "🐢", "\"", "'", "\\",
    ]

    private static func randomInput(using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...14, using: &generator) {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }

    /// A valid URL carrying the marker as its password, with a few characters changed.
    private static func mutatedInput(using generator: inout SeededGenerator) -> String {
        let valid = [
            "postgres://alice:\(marker)@db.example.com:5432/shop?sslmode=require&pool=3",
            "postgresql://:\(marker)@[::1]:6000/x?search_path=a,b&statement_timeout=5s",
            "postgres://bob@%2Ftmp/d?password=\(marker)&connect_timeout=2",
            "postgres://u:\(marker)@/d?host=/var/run/postgresql&mode=ro",
        ]
        var characters = Array(valid.randomElement(using: &generator) ?? "")
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0...characters.count, using: &generator)
            switch Int.random(in: 0...2, using: &generator) {
            case 0 where index < characters.count:
                // Never cut into the marker: a shortened password is not the password.
                if !String(characters).contains(marker) || !isInsideMarker(index, characters) {
                    characters.remove(at: index)
                }
            case 1 where index < characters.count: characters.insert(characters[index], at: index)
            default:
                if !isInsideMarker(index, characters) {
                    characters.insert(
                        contentsOf: pieces.randomElement(using: &generator) ?? "=", at: index)
                }
            }
        }
        return String(characters)
    }

    private static func isInsideMarker(_ index: Int, _ characters: [Character]) -> Bool {
        let text = String(characters)
        guard let range = text.range(of: marker) else { return false }
        let start = text.distance(from: text.startIndex, to: range.lowerBound)
        return index > start && index < start + marker.count
    }

    @Test func randomURLsParseOrThrowInvalidURLAndNeverShowThePassword() {
        var generator = SeededGenerator(seed: 0x9057_6E55)
        var parsed = 0
        var refused = 0
        for iteration in 0..<20_000 {
            let input =
                iteration.isMultiple(of: 2)
                ? Self.randomInput(using: &generator) : Self.mutatedInput(using: &generator)
            // The marker is a password only where the URL still places it as one.
            let carriesPassword =
                input.range(of: ":" + Self.marker).map { input[$0.upperBound...].contains("@") }
                ?? false || input.contains("password=" + Self.marker)
            let leaks = { (text: String) in carriesPassword && text.contains(Self.marker) }
            do {
                let configuration = try PostgresConfiguration(url: input, environment: [:])
                parsed += 1
                #expect(!configuration.user.isEmpty)
                #expect((1...100).contains(configuration.poolSize))
                #expect(!leaks(configuration.description), "\(input.debugDescription)")
                if case .tcp(_, let port) = configuration.endpoint {
                    #expect((1...65_535).contains(port))
                }
            } catch let error as TerrapinError {
                refused += 1
                guard case .invalidURL(let url, let reason) = error else {
                    Issue.record("\(input.debugDescription) threw \(error)")
                    continue
                }
                #expect(!leaks(url), "\(input.debugDescription) → \(url)")
                #expect(!leaks(reason), "\(input.debugDescription) → \(reason)")
            } catch {
                Issue.record("\(input.debugDescription) threw \(error)")
            }
        }
        #expect(parsed > 1_000)
        #expect(refused > 1_000)
    }
}
