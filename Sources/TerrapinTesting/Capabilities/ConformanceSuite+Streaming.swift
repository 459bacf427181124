import TerrapinCore
import Testing

extension ConformanceSuite {
    /// `stream` yields every row in order, in batches; stopping early releases the
    /// connection.
    public func streamingYieldsEveryRowInBatches() async throws {
        try await withMusicDatabase(connections: 1) { database in
            _ = try await Track.bulkCreate(
                (0..<1_000).map { Track(name: "t\($0)", milliseconds: $0, genre: .rock) },
                on: database)
            var total = 0
            var sum = 0
            var inOrder = true
            var previous = -1
            for try await track in Track.query(on: database).orderBy("milliseconds").stream(
                batchSize: 64)
            {
                total += 1
                sum += track.milliseconds
                inOrder = inOrder && track.milliseconds > previous
                previous = track.milliseconds
            }
            #expect(total == 1_000)
            #expect(sum == 999 * 1_000 / 2)
            #expect(inOrder)
            // Stopping early releases the only connection: later queries still run.
            for try await _ in Track.query(on: database).stream(batchSize: 10) { break }
            let count = try await Track.count(on: database)
            #expect(count == 1_000)
        }
    }
}
