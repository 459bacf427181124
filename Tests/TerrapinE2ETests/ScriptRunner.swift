import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program with `posix_spawn`, its output going to a file, and waits for it by
/// polling `waitpid`.
///
/// Foundation's `Process.waitUntilExit()` was seen to hang here on Linux after the script
/// had exited (the child stayed a zombie): its exit monitoring never fired inside the test
/// runner. Plain POSIX calls have no such dependency.
enum ScriptRunner {
    /// The program's exit status (128 + the signal when a signal ended it).
    ///
    /// - Parameters:
    ///   - program: An absolute path.
    ///   - arguments: The arguments after the program's name.
    ///   - environment: The whole environment of the child.
    ///   - log: A file that receives standard output and standard error.
    /// - Throws: `POSIXError` when the program cannot be started.
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String], log: String
    ) async throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard result == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL)
        }
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        // The wait status keeps the exit code in bits 8-15 and a terminating signal in 0-6.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
