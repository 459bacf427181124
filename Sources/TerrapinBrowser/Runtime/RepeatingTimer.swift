/// A timer that, while it runs, posts one message into the runtime's stream every interval:
/// the spinner's frames (``BrowserMessage/ticked``) and live refresh's ticks
/// (``BrowserMessage/liveTicked``). It only ticks; ``update(_:_:)`` decides what a tick does.
@MainActor
final class RepeatingTimer {
    private let interval: Duration
    private let message: BrowserMessage
    private let continuation: AsyncStream<BrowserMessage>.Continuation
    private var task: Task<Void, Never>?

    /// Creates a stopped timer.
    ///
    /// - Parameters:
    ///   - interval: The time between messages.
    ///   - message: The message posted each time.
    ///   - continuation: The runtime's message stream.
    init(
        interval: Duration, message: BrowserMessage,
        continuation: AsyncStream<BrowserMessage>.Continuation
    ) {
        self.interval = interval
        self.message = message
        self.continuation = continuation
    }

    /// Starts the timer when `isNeeded` (a running one goes on), else stops it.
    func run(_ isNeeded: Bool) {
        guard isNeeded else { return stop() }
        guard task == nil else { return }
        let continuation = self.continuation
        let interval = self.interval
        let message = self.message
        // On the main actor, as stop() is: a stopped timer can post nothing more (a detached
        // loop could pass its cancellation check just before stop() and post a stale tick).
        task = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                continuation.yield(message)
            }
        }
    }

    /// Stops the timer (when quitting, too).
    func stop() {
        task?.cancel()
        task = nil
    }
}
