import Foundation
import Testing

/// Runs `Tests/e2e/run.sh` against the `terrapin` binary that `swift build` put next to this
/// test bundle, so `swift test` covers the real program in tmux.
///
/// The test never builds: a build from inside `swift test` would wait forever on the build
/// lock `swift test` holds. `.ci/run` runs `swift build` before `swift test`; without a
/// binary, or without tmux or sqlite3, the test is skipped and says why.
@Suite struct EndToEndTests {
    @Test(
        .enabled(if: E2EEnvironment.current.skipReason == nil, E2EEnvironment.current.comment),
        .timeLimit(.minutes(3)))
    func theRealBinaryPassesTheTmuxScript() async throws {
        let environment = E2EEnvironment.current
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "terrapin-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log")
        defer { try? FileManager.default.removeItem(at: log) }
        var variables = ProcessInfo.processInfo.environment
        variables["TERRAPIN_BIN"] = environment.binary.path
        variables.removeValue(forKey: "TMUX")
        let status = try await ScriptRunner.run(
            "/bin/bash", [environment.script.path], environment: variables, log: log.path)
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? "(no output)"
        #expect(status == 0, "e2e script failed:\n\(text)")
        #expect(text.contains(" passed, 0 failed"), "unexpected e2e output:\n\(text)")
    }
}

/// Where the script and the binary are, and whether the e2e test can run here.
struct E2EEnvironment: Sendable {
    /// `Tests/e2e/run.sh` in this package.
    let script: URL
    /// The `terrapin` binary of this build.
    let binary: URL
    /// Why the test cannot run, or `nil` when it can.
    let skipReason: String?

    /// The skip reason as a test comment.
    var comment: Comment { Comment(rawValue: skipReason ?? "") }

    static let current = E2EEnvironment()

    init() {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        script = packageRoot.appendingPathComponent("Tests/e2e/run.sh")
        binary = Self.locateBinary(packageRoot: packageRoot)
        let files = FileManager.default
        if !files.isExecutableFile(atPath: binary.path) {
            skipReason =
                "no terrapin binary at \(binary.path): run `swift build` before `swift test`"
        } else if let source = Self.sourceNewer(than: binary, in: packageRoot) {
            // `swift test` builds the test targets but never relinks the executable.
            skipReason =
                "\(binary.path) is older than \(source): run `swift build` before `swift test`"
        } else if let missing = ["tmux", "sqlite3"].first(where: { Self.which($0) == nil }) {
            skipReason = "\(missing) is not installed (apt-get install \(missing))"
        } else {
            skipReason = nil
        }
    }

    /// The binary beside the running test bundle (same build folder and configuration),
    /// else `.build/debug/terrapin`.
    static func locateBinary(packageRoot: URL) -> URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // On macOS the tests run inside `X.xctest/Contents/MacOS/`.
        while folder.pathComponents.count > 1,
            folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") })
        {
            folder = folder.deletingLastPathComponent()
        }
        let beside = folder.appendingPathComponent("terrapin")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/terrapin")
    }

    /// A Swift source under `Sources/` changed after `binary` was linked, if any.
    static func sourceNewer(than binary: URL, in packageRoot: URL) -> String? {
        let files = FileManager.default
        guard
            let built = (try? files.attributesOfItem(atPath: binary.path))?[.modificationDate]
                as? Date,
            let sources = files.enumerator(
                atPath: packageRoot.appendingPathComponent("Sources").path)
        else { return nil }
        while let relative = sources.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let path = packageRoot.appendingPathComponent("Sources/\(relative)").path
            if let modified = (try? files.attributesOfItem(atPath: path))?[.modificationDate]
                as? Date, modified > built
            {
                return "Sources/\(relative)"
            }
        }
        return nil
    }

    /// The path of a program on `PATH`, or `nil`.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
