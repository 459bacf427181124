import Foundation

/// The medians of a run as JSON: `baselines` (raw C per workload, seconds; memory in kB) for
/// the Tortoise script's ratios, and every case's median.
struct ResultsFile: Encodable {
    var baselines: [String: Double] = [:]
    var medians: [String: Double] = [:]

    init(timings: [CaseResult], memory: [MemorySuite.Result]) {
        for result in timings {
            medians["\(result.workload)/\(result.implementation)"] = result.median
            if result.isBaseline { baselines[result.workload] = result.median }
        }
        for result in memory {
            medians["memory/\(result.implementation)"] = Double(result.deltaKilobytes)
            if result.implementation == "raw C" {
                baselines["memory"] = Double(result.deltaKilobytes)
            }
        }
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }
}
