import Foundation
import Terrapin
import TerrapinTesting
import Testing

/// The driver conformance suite on SQLite: every capability on a fresh file database in a
/// temporary directory (`connections` becomes the `readers` option).
@Suite struct SQLiteConformanceTests {
    @Test(arguments: ConformanceCapability.allCases)
    func conforms(_ capability: ConformanceCapability) async throws {
        let directory = TemporaryDirectory()
        let suite = ConformanceSuite { request in
            let options = request.connections.map { "?readers=\($0)" } ?? ""
            return try await connect(
                "sqlite://\(directory.path("conformance-\(UUID().uuidString).db"))\(options)",
                models: request.models, create: true, makeDefault: false)
        }
        try await suite.run(capability)
    }
}
