import Foundation
import GRDBSQLite

/// Runs every workload for every implementation in this one process and prints Markdown
/// tables of median times and ratios to the raw C API. See README.md.
@main
struct TerrapinBench {
    /// A synchronous `main` that waits for the work on a semaphore: an `async` main parks the
    /// main thread in `dispatch_main`, which valgrind 3.19 crashes on, and callgrind is how the
    /// profiles in README.md are made. Nothing here needs the main actor.
    static func main() {
        let done = DispatchSemaphore(value: 0)
        // Detached: `main` runs on the main actor, which the semaphore below blocks.
        Task.detached {
            await runCommandLine()
            done.signal()
        }
        done.wait()
    }

    static func runCommandLine() async {
        do {
            let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
            if let child = options.memoryChild {
                try await MemoryChild.run(
                    implementation: child, allRows: options.memoryRows == "all",
                    path: options.databasePath)
                return
            }
            try await run(options)
        } catch {
            FileHandle.standardError.write(Data("terrapin-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func run(_ options: Options) async throws {
        let files = try ScratchFiles()
        defer { files.removeAll() }
        let started = Date()
        log("generating \(options.rows) rows…")
        let data = DataSet(count: options.rows, lookups: options.lookups)
        let runner = Runner(repetitions: options.repetitions, log: log)
        var timings: [CaseResult] = []

        if options.runs("insert") {
            log("insert")
            timings += try await runner.run(
                options.select(InsertSuite.cases(data: data, files: files)),
                expected: data.fetchAllChecksum)
        }
        let reads = ["fetch_all", "filter", "get_by_pk", "concurrent", "memory"]
        var memory: [MemorySuite.Result] = []
        if reads.contains(where: options.runs) {
            let context = try await ReadContext.open(data: data, files: files)
            if options.runs("fetch_all") {
                log("fetch_all")
                timings += try await runner.run(
                    options.select(ReadSuites.fetchAll(context)), expected: data.fetchAllChecksum)
            }
            if options.runs("filter") {
                log("filter")
                timings += try await runner.run(
                    options.select(ReadSuites.filter(context)), expected: data.filterChecksum)
            }
            if options.runs("get_by_pk") {
                log("get_by_pk")
                timings += try await runner.run(
                    options.select(ReadSuites.lookUp(context, keys: data.lookupKeys)),
                    expected: data.lookupChecksum)
            }
            if options.runs("concurrent") {
                log("concurrent")
                let connections = try (0..<DataSet.concurrentQueries).map { _ in
                    try RawConnection(path: context.path)
                }
                timings += try await runner.run(
                    options.select(ConcurrentSuite.cases(context, rawConnections: connections)),
                    expected: data.concurrentChecksum)
            }
            if options.runs("memory") {
                log("memory")
                memory = try MemorySuite.run(
                    databasePath: context.path, repetitions: options.memoryRepetitions, log: log)
            }
        }
        var frame: FrameSuite.Result?
        if options.runs("frame") {
            log("frame")
            frame = FrameSuite.run(data: data, frames: 200, repetitions: options.repetitions)
        }

        var load = [0.0, 0.0, 0.0]
        getloadavg(&load, 3)
        print("## Terrapin benchmarks\n")
        print(
            "N = \(options.rows) rows, \(options.lookups) lookups, \(options.repetitions) "
                + "timed repetitions after one warm-up (medians), SQLite "
                + String(cString: sqlite3_libversion()) + ", "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average "
                + String(format: "%.1f", load[0]) + " at the end, "
                + String(format: "%.0f s", Date().timeIntervalSince(started)) + " in all.\n")
        if !timings.isEmpty {
            print(Report.timings(timings) + "\n")
        }
        if timings.contains(where: { $0.workload == "concurrent" }) {
            print("Ten `age < 25` queries at once vs one after another:\n")
            print(Report.speedUps(timings) + "\n")
        }
        if !memory.isEmpty {
            print("Peak RSS (VmHWM) of a child process fetching every row vs one row "
                + "(median of \(options.memoryRepetitions)):\n")
            print(Report.memory(memory) + "\n")
        }
        if let frame { print(Report.frame(frame) + "\n") }
        if let path = options.jsonPath {
            try ResultsFile(timings: timings, memory: memory).write(to: path)
        }
        let checks = Targets.check(timings: timings, memory: memory)
        if !checks.isEmpty { print("Targets:\n\n" + Targets.table(checks)) }
        if timings.contains(where: { !$0.isVerified }) {
            log("checksum MISMATCH: some implementation read or wrote different data")
            exit(2)
        }
    }
}
