/// The live refresh timer: while it runs it posts ``BrowserMessage/liveTicked`` every
/// interval. It only ticks; ``update(_:_:)`` decides on each tick whether a poll may start
/// (one at a time, only while idle), so polls never pile up however slow the database is.
@MainActor
final class ChangeWatcher {
    /// The time between ticks.
    let interval: Duration
    private let continuation: AsyncStream<BrowserMessage>.Continuation
    private var timer: Task<Void, Never>?

    /// Creates a stopped watcher that posts into `continuation`.
    init(interval: Duration, continuation: AsyncStream<BrowserMessage>.Continuation) {
        self.interval = interval
        self.continuation = continuation
    }

    /// Whether the timer is running.
    var isRunning: Bool { timer != nil }

    /// Starts or stops the timer.
    func run(_ isNeeded: Bool) {
        if isNeeded {
            guard timer == nil else { return }
            let continuation = self.continuation
            let interval = self.interval
            timer = Task.detached {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    if Task.isCancelled { break }
                    continuation.yield(.liveTicked)
                }
            }
        } else {
            stop()
        }
    }

    /// Stops the timer (when quitting, too).
    func stop() {
        timer?.cancel()
        timer = nil
    }

    /// Live ticks in about 1.5 s: how long a changed cell stays highlighted.
    static func highlightTicks(for interval: Duration) -> Int {
        guard interval > .zero else { return 6 }
        return max(2, Int((Duration.milliseconds(1500) / interval).rounded()))
    }
}
