import Foundation
import Terrapin
import TerrapinPostgresFixture
import TerrapinTesting
import Testing

/// The driver conformance suite on PostgreSQL: every capability on a fresh database of the
/// test server (`connections` becomes the `pool` option).
@Suite(needsPostgres) struct PostgresConformanceTests {
    @Test(arguments: ConformanceCapability.allCases)
    func conforms(_ capability: ConformanceCapability) async throws {
        let server = try await PostgresTestServer.shared()
        let url = try await server.makeDatabase()
        let suite = ConformanceSuite { request in
            let options = request.connections.map { "?pool=\($0)" } ?? ""
            return try await connect(
                url + options, models: request.models, create: true, makeDefault: false)
        }
        try await suite.run(capability)
    }
}
