import Foundation

/// Runs a program and waits for it, with `posix_spawn` and a `waitpid` poll (Foundation's
/// `Process.waitUntilExit()` hung in the test runner; see DECISIONS.md, the e2e test).
enum ProcessRunner {
    /// Runs `path` with `arguments`; returns what it wrote to standard output and error.
    /// - Throws: ``FixtureError`` with that output when it exits with a status other than 0.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "terrapin-fixture-\(UUID().uuidString).out"
        ).path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let status = try spawnAndWait(path, arguments, actions: &actions, detached: false)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw FixtureError(
                "\(([path] + arguments).joined(separator: " ")) exited with \(status): \(text)")
        }
        return text
    }

    /// Starts `path` in a session of its own, with no standard streams, and does not wait.
    static func spawnDetached(_ path: String, _ arguments: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0)
        }
        _ = try? spawnAndWait(path, arguments, actions: &actions, detached: true)
    }

    private static func spawnAndWait(
        _ path: String, _ arguments: [String], actions: inout posix_spawn_file_actions_t,
        detached: Bool
    ) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if detached { posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSID)) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw FixtureError("cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        if detached { return 0 }
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { return -1 }
            usleep(5_000)
        }
        // WIFEXITED / WEXITSTATUS, spelled out (the macros are not imported).
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
