import Foundation
import Terrapin
import Testing

@testable import TerrapinCommandLine

/// What `terrapin` says when it cannot open what was named: the user's own words back.
@Suite struct DatabaseOpenerMessageTests {
    private func failure(_ text: String, readOnly: Bool) async -> String? {
        do {
            let (database, _) = try await DatabaseOpener.open(text, readOnly: readOnly)
            try? await database.close()
            return nil
        } catch {
            return message(for: error)
        }
    }

    @Test func aBadURLIsQuotedAsTypedWithoutTheReadOnlyOptionAdded() async throws {
        let (path, cleanup) = try await QueryCommandTests.makeDictionary()
        defer { cleanup() }
        let text = try #require(await failure("sqlite://\(path)?=", readOnly: true))
        #expect(text.contains("\"sqlite://\(path)?=\""))
        #expect(!text.contains("?=&mode=ro"))
    }

    @Test func aMissingFileWithModeRWCIsNotCreatedAndTheMessageDoesNotSuggestRWC() async {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrapin-missing-\(UUID().uuidString).db").path
        let text = await failure("sqlite://\(path)?mode=rwc", readOnly: true)
        #expect(text?.contains("never creates one") == true)
        #expect(text?.contains("?mode=rwc in the URL") == false)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
