import Foundation
import TerrapinDemo

/// Builds the demo database for `terrapin demo`, with a progress line and the time taken on
/// standard error.
enum DemoBuilder {
    /// Builds the demo at `path` with `rows` tracks.
    static func build(at path: String, rows: Int) async throws {
        let generator = DemoGenerator(sizes: DemoSizes(tracks: rows))
        let showsProgress = StandardError.isTerminal
        StandardError.line(
            "terrapin: building the demo database \(path) "
                + "(\(grouped(generator.sizes.total)) rows)…")
        let clock = ContinuousClock()
        let start = clock.now
        try await DemoDatabase.create(at: path, generator: generator) { progress in
            guard showsProgress else { return }
            let percent = Int(progress.fraction * 100)
            StandardError.write(
                "\r\u{1B}[K  \(percent)%  \(progress.table): \(grouped(progress.tableInserted))"
                    + " / \(grouped(progress.tableTotal))")
        }
        let elapsed = start.duration(to: clock.now)
        let seconds =
            Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        if showsProgress { StandardError.write("\r\u{1B}[K") }
        StandardError.line(
            "terrapin: built \(path): \(grouped(generator.sizes.total)) rows in "
                + String(format: "%.1f", seconds) + " s.")
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
