import Foundation

/// The parent side of the `memory` workload: runs this binary as a child once per
/// implementation, row count and repetition, and reports the median peak RSS of fetching all
/// rows minus that of fetching one (what the result itself costs, without the runtime and
/// libraries every process pays for).
enum MemorySuite {
    struct Result {
        let implementation: String
        let allKilobytes: Int
        let oneKilobytes: Int
        var deltaKilobytes: Int { allKilobytes - oneKilobytes }
    }

    static func run(databasePath: String, repetitions: Int, log: (String) -> Void) throws
        -> [Result]
    {
        let executable = try FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")
        return try MemoryChild.implementations.map { (flag, name) in
            func median(_ rows: String) throws -> Int {
                let samples = try (0..<max(1, repetitions)).map { _ in
                    try child(executable, flag, rows, databasePath)
                }
                return Int(samples.map(Double.init).median)
            }
            let result = Result(
                implementation: name, allKilobytes: try median("all"),
                oneKilobytes: try median("one"))
            log("  memory \(name): \(result.allKilobytes) kB - \(result.oneKilobytes) kB")
            return result
        }
    }

    private static func child(_ executable: String, _ flag: String, _ rows: String, _ path: String)
        throws -> Int
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--memory-child", flag, "--memory-rows", rows, "--database", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
            let field = text.split(separator: " ").dropFirst().first, let kilobytes = Int(field)
        else {
            throw RawConnection.Failure(description: "memory child \(flag) \(rows) failed: \(text)")
        }
        return kilobytes
    }
}
