import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Calls a closure on the main actor when the process receives SIGINT, SIGTERM or SIGHUP, so
/// the app can restore the terminal and exit instead of dying with the screen in raw mode.
///
/// Keep the value alive for as long as the handlers should run; ``cancel()`` restores the
/// default dispositions.
///
/// ```swift
/// let signals = TerminationSignals { signal in
///     terminal.stop()
///     exit(128 + signal)
/// }
/// ```
@MainActor
public final class TerminationSignals {
    /// The signals handled by default.
    public static let defaultSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var sources: [any DispatchSourceSignal] = []
    private let signals: [Int32]

    /// Installs the handlers.
    ///
    /// - Parameters:
    ///   - signals: The signals to catch; SIGINT, SIGTERM and SIGHUP by default.
    ///   - handler: Called on the main actor with the signal number.
    public init(
        signals: [Int32] = TerminationSignals.defaultSignals,
        handler: @escaping @MainActor (Int32) -> Void
    ) {
        self.signals = signals
        for number in signals {
            // A dispatch signal source observes the signal but does not stop its default
            // action (termination); signal(2) with SIG_IGN turns that off so only the source
            // reacts.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                // The source delivers on the main queue, the main actor's executor, so the
                // handler is main-actor isolated; assumeIsolated checks and states that.
                MainActor.assumeIsolated { handler(number) }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops handling the signals and restores their default actions.
    public func cancel() {
        for source in sources { source.cancel() }
        sources = []
        for number in signals { signal(number, SIG_DFL) }
    }
}

@available(*, unavailable, message: "TerminationSignals must stay on the main actor")
extension TerminationSignals: Sendable {}
