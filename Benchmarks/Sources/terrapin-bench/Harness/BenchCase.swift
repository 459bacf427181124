/// One implementation of one workload: `run` does its own untimed setup, times the measured
/// part with ``timed(_:)``, and returns the time with a checksum of what was read or written.
struct BenchCase: Sendable {
    let workload: String
    let implementation: String
    /// Whether this is the baseline that ratios are computed against.
    let isBaseline: Bool
    let run: @Sendable () async throws -> Sample

    init(
        _ workload: String, _ implementation: String, baseline: Bool = false,
        run: @escaping @Sendable () async throws -> Sample
    ) {
        self.workload = workload
        self.implementation = implementation
        self.isBaseline = baseline
        self.run = run
    }
}

/// The outcome of every repetition of one case.
struct CaseResult: Sendable {
    let workload: String
    let implementation: String
    let isBaseline: Bool
    var seconds: [Double] = []
    var checksums: [Checksum] = []
    var expected: Checksum

    var median: Double { seconds.median }
    var minimum: Double { seconds.min() ?? .nan }
    /// Whether every repetition (warm-up included) read or wrote exactly the expected data.
    var isVerified: Bool { !checksums.isEmpty && checksums.allSatisfy { $0 == expected } }
}
