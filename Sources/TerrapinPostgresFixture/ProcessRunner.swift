import Foundation

/// Runs a program and waits for it, with `posix_spawn` and a `waitpid` poll (Foundation's
/// `Process.waitUntilExit()` hung in the test runner; see DECISIONS.md, the e2e test).
enum ProcessRunner {
    /// Runs `path` with `arguments`; returns what it wrote to standard output and error.
    /// Waits by polling `waitpid` between short sleeps of the task, so no thread is ever
    /// blocked: blocking Swift's cooperative pool (as many threads as cores) stalled other
    /// tests.
    /// - Throws: ``FixtureError`` with that output when it exits with a status other than 0.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) async throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "terrapin-fixture-\(UUID().uuidString).out"
        ).path
        defer { unlink(output) }
        let pid = try spawn(path, arguments, output: output)
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR {
                status = -1
                break
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        // WIFEXITED / WEXITSTATUS, spelled out (the macros are not imported).
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard code == 0 else {
            throw FixtureError(
                "\(([path] + arguments).joined(separator: " ")) exited with \(code): \(text)")
        }
        return text
    }

    /// Runs `path` and blocks until it exits: only for the `atexit` clean-up, where no task
    /// can run any more.
    static func runBlocking(_ path: String, _ arguments: [String]) {
        guard let pid = try? spawn(path, arguments, output: nil) else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// Starts `path` in a session of its own, with no standard streams, and does not wait.
    static func spawnDetached(_ path: String, _ arguments: [String]) {
        _ = try? spawn(path, arguments, output: nil, detached: true)
    }

    /// Starts `path` with standard output and error to `output` (or, detached, in a
    /// session of its own with no standard streams); returns its process id.
    private static func spawn(
        _ path: String, _ arguments: [String], output: String?, detached: Bool = false
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let output {
            posix_spawn_file_actions_addopen(
                &actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (0x80 in glibc) is a macro Swift does not import.
        if detached { posix_spawnattr_setflags(&attributes, Int16(0x80)) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw FixtureError("cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        return pid
    }
}
