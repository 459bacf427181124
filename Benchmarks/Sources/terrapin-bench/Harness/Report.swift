import Foundation

/// Formats results as Markdown tables (so a run's output can be pasted into README.md).
enum Report {
    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f", seconds * 1000)
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2fx", value) }

    /// One table for the given results: median, minimum, ratio of medians to the
    /// workload's baseline, and whether the checksums matched.
    static func timings(_ results: [CaseResult]) -> String {
        var lines = [
            "| workload | implementation | median ms | min ms | vs raw C | data |",
            "|---|---|---:|---:|---:|---|",
        ]
        for result in results {
            let baseline = results.first { $0.workload == result.workload && $0.isBaseline }
            let ratio = baseline.map { result.median / $0.median } ?? .nan
            lines.append(
                "| \(result.workload) | \(result.implementation) | \(milliseconds(result.median)) "
                    + "| \(milliseconds(result.minimum)) | \(Report.ratio(ratio)) "
                    + "| \(result.isVerified ? "ok" : "MISMATCH \(result.checksums.last.map(\.description) ?? "-") expected \(result.expected)") |"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The speed-up of running ten queries at once over running them one after another.
    static func speedUps(_ results: [CaseResult]) -> String {
        var lines = [
            "| implementation | sequential ms | concurrent ms | speed-up | concurrent vs raw C |",
            "|---|---:|---:|---:|---:|",
        ]
        let rawConcurrent = results.first { $0.workload == "concurrent" && $0.isBaseline }
        for concurrent in results where concurrent.workload == "concurrent" {
            guard
                let sequential = results.first(where: {
                    $0.workload == "sequential" && $0.implementation == concurrent.implementation
                })
            else { continue }
            let vsRaw = rawConcurrent.map { concurrent.median / $0.median } ?? .nan
            lines.append(
                "| \(concurrent.implementation) | \(milliseconds(sequential.median)) "
                    + "| \(milliseconds(concurrent.median)) "
                    + "| \(ratio(sequential.median / concurrent.median)) | \(ratio(vsRaw)) |")
        }
        return lines.joined(separator: "\n")
    }

    static func memory(_ results: [MemorySuite.Result]) -> String {
        var lines = [
            "| implementation | peak RSS, all rows | peak RSS, one row | difference | vs raw C |",
            "|---|---:|---:|---:|---:|",
        ]
        let raw = results.first { $0.implementation == "raw C" }
        for result in results {
            let vsRaw = raw.map { Double(result.deltaKilobytes) / Double($0.deltaKilobytes) } ?? .nan
            lines.append(
                "| \(result.implementation) | \(mebibytes(result.allKilobytes)) "
                    + "| \(mebibytes(result.oneKilobytes)) | \(mebibytes(result.deltaKilobytes)) "
                    + "| \(ratio(vsRaw)) |")
        }
        return lines.joined(separator: "\n")
    }

    static func mebibytes(_ kilobytes: Int) -> String {
        String(format: "%.1f MiB", Double(kilobytes) / 1024)
    }

    static func frame(_ result: FrameSuite.Result) -> String {
        """
        | 200x60 frame | median µs per frame |
        |---|---:|
        | render (table view into a ScreenBuffer) | \(String(format: "%.0f", result.renderMicroseconds)) |
        | diff (ScreenBuffer.diff, table scrolled by one row: \(result.updates) updates) | \(String(format: "%.0f", result.diffMicroseconds)) |
        """
    }
}
