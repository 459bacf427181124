/// The issue's targets, checked against a run's results.
enum Targets {
    struct Check {
        let target: String
        let measured: String
        let isMet: Bool
    }

    static func check(
        timings: [CaseResult], memory: [MemorySuite.Result]
    ) -> [Check] {
        var checks: [Check] = []
        func median(_ workload: String, _ implementation: String) -> Double? {
            timings.first { $0.workload == workload && $0.implementation == implementation }?
                .median
        }
        func baseline(_ workload: String) -> Double? {
            timings.first { $0.workload == workload && $0.isBaseline }?.median
        }
        func ratioCheck(_ target: String, _ workload: String, _ implementation: String,
                        limit: Double) {
            guard let value = median(workload, implementation), let base = baseline(workload)
            else { return }
            let ratio = value / base
            checks.append(Check(
                target: "\(target) ≤ \(Report.ratio(limit))", measured: Report.ratio(ratio),
                isMet: ratio <= limit))
        }
        ratioCheck("fetch_all @Model vs raw C", "fetch_all", "Terrapin @Model", limit: 1.2)
        ratioCheck("fetch_all dynamic vs raw C", "fetch_all", "Terrapin dynamic table()",
                   limit: 1.15)
        ratioCheck("insert bulkCreate vs raw C", "insert", "Terrapin bulkCreate", limit: 1.2)
        ratioCheck("insert create in transaction vs raw C", "insert",
                   "Terrapin create in transaction", limit: 1.2)
        ratioCheck("get_by_pk vs raw C sync loop", "get_by_pk", "Terrapin get(primaryKey:)",
                   limit: 3)
        if let concurrent = median("concurrent", "Terrapin pool"),
            let sequential = median("sequential", "Terrapin pool")
        {
            let speedUp = sequential / concurrent
            checks.append(Check(
                target: "concurrent speed-up over sequential ≥ 1.70x",
                measured: Report.ratio(speedUp), isMet: speedUp >= 1.7))
        }
        ratioCheck("concurrent vs raw C concurrent", "concurrent", "Terrapin pool", limit: 1.2)
        if let raw = memory.first(where: { $0.implementation == "raw C" }) {
            for name in ["Terrapin @Model", "Terrapin dynamic table()"] {
                guard let result = memory.first(where: { $0.implementation == name }) else {
                    continue
                }
                let ratio = Double(result.deltaKilobytes) / Double(raw.deltaKilobytes)
                checks.append(Check(
                    target: "fetch_all memory (\(name)) vs raw C ≤ 1.20x",
                    measured: Report.ratio(ratio), isMet: ratio <= 1.2))
            }
        }
        return checks
    }

    static func table(_ checks: [Check]) -> String {
        var lines = ["| target | measured | |", "|---|---:|---|"]
        for check in checks {
            lines.append("| \(check.target) | \(check.measured) | \(check.isMet ? "met" : "MISSED") |")
        }
        return lines.joined(separator: "\n")
    }
}
