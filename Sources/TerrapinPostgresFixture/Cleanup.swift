import Foundation
import Synchronization

/// Stops and deletes the cluster when the test process ends: an `atexit` handler for a
/// normal exit (tests that fail still exit normally), and a watchdog shell that waits for
/// this process to disappear, for the cases where `atexit` never runs (a crash, SIGKILL).
enum Cleanup {
    private struct Cluster: Sendable {
        var base: String
        var data: String
        var bin: String
        var asRoot: Bool

        /// The shell command that stops the server at once and removes its directory.
        var stopCommand: String {
            let stop = "'\(bin)/pg_ctl' -D '\(data)' -m immediate -w stop"
            let asOwner = asRoot ? "/sbin/runuser -u postgres -- \(stop)" : stop
            return "\(asOwner) >/dev/null 2>&1; rm -rf '\(base)'"
        }
    }

    private static let registered = Mutex<Cluster?>(nil)

    /// Registers the cluster to stop at exit, and starts the watchdog.
    static func register(base: String, data: String, bin: String, asRoot: Bool) {
        let cluster = Cluster(base: base, data: data, bin: bin, asRoot: asRoot)
        registered.withLock { $0 = cluster }
        atexit { Cleanup.stopNow() }
        let pid = ProcessInfo.processInfo.processIdentifier
        ProcessRunner.spawnDetached(
            "/bin/sh",
            ["-c", "while kill -0 \(pid) 2>/dev/null; do sleep 1; done; \(cluster.stopCommand)"])
    }

    /// Stops the registered cluster (once).
    static func stopNow() {
        guard
            let cluster = registered.withLock({ cluster in
                defer { cluster = nil }
                return cluster
            })
        else { return }
        ProcessRunner.runBlocking("/bin/sh", ["-c", cluster.stopCommand])
    }
}
