/// Runs a workload's cases: one warm-up run of each (not recorded in the times, but its
/// checksum is checked), then `repetitions` rounds in which every case runs once, so that a
/// change of machine load during the run affects every implementation alike.
struct Runner {
    let repetitions: Int
    let log: (String) -> Void

    func run(_ cases: [BenchCase], expected: Checksum) async throws -> [CaseResult] {
        var results = cases.map {
            CaseResult(
                workload: $0.workload, implementation: $0.implementation,
                isBaseline: $0.isBaseline, expected: expected)
        }
        for (index, benchCase) in cases.enumerated() {
            let warmUp = try await benchCase.run()
            results[index].checksums.append(warmUp.checksum)
            log("  warm-up \(benchCase.workload) / \(benchCase.implementation): "
                + "\(Report.milliseconds(warmUp.seconds)) ms, \(warmUp.checksum)")
        }
        for round in 1...max(1, repetitions) {
            for (index, benchCase) in cases.enumerated() {
                let sample = try await benchCase.run()
                results[index].seconds.append(sample.seconds)
                results[index].checksums.append(sample.checksum)
            }
            log("  round \(round)/\(repetitions) done")
        }
        return results
    }
}
