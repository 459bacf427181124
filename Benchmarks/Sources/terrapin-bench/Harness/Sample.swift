/// One timed repetition: how long the measured part took and what it read or wrote.
struct Sample: Sendable {
    var seconds: Double
    var checksum: Checksum
}

/// Times `body` alone on a monotonic clock; setup before it and checks after it are not
/// counted.
func timed<Result>(_ body: () async throws -> Result) async rethrows -> (Double, Result) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await body()
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (Double(seconds) + Double(attoseconds) * 1e-18, result)
}

/// The synchronous twin of ``timed(_:)``, for code that must not suspend (raw C loops).
func timedSync<Result>(_ body: () throws -> Result) rethrows -> (Double, Result) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (Double(seconds) + Double(attoseconds) * 1e-18, result)
}

extension Array where Element == Double {
    /// The median (the mean of the middle two for an even count).
    var median: Double {
        guard !isEmpty else { return .nan }
        let sorted = self.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
