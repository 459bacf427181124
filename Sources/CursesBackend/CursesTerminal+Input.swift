import CCurses
import Dispatch
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Reads every key and resize that is waiting, without blocking.
    ///
    /// Escape followed immediately by a printable character (how terminals send Alt-*key*)
    /// becomes ``KeyEvent/alt(_:)``, and Escape then Left ``KeyEvent/altLeft``; Escape alone
    /// stays ``KeyEvent/escape`` (ncurses waits the escape delay before delivering it). A
    /// resize is reported once per new size.
    ///
    /// - Returns: The events in the order they happened; empty when nothing is waiting.
    public func readEvents() -> [TerminalEvent] {
        guard !isStopped else { return [] }
        var events: [TerminalEvent] = []
        var isAfterEscape = false
        while true {
            var code: wint_t = 0
            // wget_wch(3X): "returns KEY_CODE_YES if a function key is returned, OK if a wide
            // character is returned, ERR otherwise" — in nodelay mode ERR means "no input".
            let status = wget_wch(ccurses_stdscr(), &code)
            if status == ERR { break }
            let event: TerminalEvent?
            if status == ccurses_key_code_yes() {
                event = functionKeyEvent(Int32(bitPattern: code))
            } else {
                event = characterEvent(UInt32(code))
            }
            guard let event else { continue }
            if isAfterEscape {
                isAfterEscape = false
                if case .key(.character(let character)) = event {
                    events.append(.key(.alt(character)))
                    continue
                }
                // Terminals whose Meta sends Escape first send Alt-Left as Escape, Left.
                if event == .key(.left) {
                    events.append(.key(.altLeft))
                    continue
                }
                events.append(.key(.escape))
            }
            if event == .key(.escape) {
                isAfterEscape = true
                continue
            }
            events.append(event)
        }
        if isAfterEscape { events.append(.key(.escape)) }
        return events
    }

    /// Events from the keyboard and from window size changes, read on the main queue as they
    /// arrive. The stream finishes when the terminal is stopped; only one stream is active at
    /// a time (a new call finishes the previous one). While the stream is active, Ctrl-Z and
    /// SIGTSTP suspend the program (``suspend()``) and a resize event follows the return.
    ///
    /// - Returns: An endless stream of key and resize events.
    public func events() -> AsyncStream<TerminalEvent> {
        continuation?.finish()
        inputSource?.cancel()
        resizeSource?.cancel()
        let (stream, continuation) = AsyncStream.makeStream(
            of: TerminalEvent.self, bufferingPolicy: .unbounded)
        self.continuation = continuation
        guard !isStopped else {
            continuation.finish()
            return stream
        }
        let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        input.setEventHandler { [weak self] in
            // The source runs on the main queue, which is the main actor's executor, so this
            // handler is already isolated to the main actor; assumeIsolated states that (and
            // traps if it were ever false) so curses is only called from its one owner.
            MainActor.assumeIsolated {
                self?.deliverPendingEvents()
            }
        }
        // ncurses catches SIGWINCH itself and reports KEY_RESIZE from wget_wch, but only when
        // input is read; with no key pressed nothing would wake us up. This source wakes the
        // main queue on SIGWINCH. Its default disposition (ignore) is left as ncurses set it.
        let resize = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .main)
        resize.setEventHandler { [weak self] in
            // Main-queue handler: isolated to the main actor, as for the input source above.
            MainActor.assumeIsolated {
                self?.synchronizeSize()
                self?.deliverPendingEvents()
            }
        }
        input.resume()
        resize.resume()
        inputSource = input
        resizeSource = resize
        watchJobControlSignals()
        return stream
    }

    /// Reads the waiting events and yields them into the active stream; Ctrl-Z suspends
    /// (``suspend()``) instead, when ``suspendsOnControlZ`` is set.
    func deliverPendingEvents() {
        for event in readEvents() {
            if suspendsOnControlZ, event == .key(.control("Z")) {
                // Raw mode turned off the terminal's own SIGTSTP: do what it would have done.
                suspend()
                continue
            }
            continuation?.yield(event)
        }
    }

    /// Asks the kernel for the window size and, when it differs from curses' idea, resizes
    /// curses (`resizeterm` also queues KEY_RESIZE, which ``readEvents()`` turns into an event).
    func synchronizeSize() {
        guard !isStopped else { return }
        var window = winsize()
        // ioctl(2) TIOCGWINSZ fills a struct winsize with the terminal's rows and columns.
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0,
            window.ws_row > 0, window.ws_col > 0
        else { return }
        let rows = Int32(window.ws_row)
        let columns = Int32(window.ws_col)
        if rows != ccurses_lines() || columns != ccurses_cols() {
            resizeterm(rows, columns)
        }
    }

    /// The event for a key code that wget_wch returned with KEY_CODE_YES.
    private func functionKeyEvent(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE:
            let newSize = Size(width: Int(ccurses_cols()), height: Int(ccurses_lines()))
            // Whatever was on screen is gone after a resize: repaint fully on the next draw.
            lastFrame = ScreenBuffer(width: 0, height: 0)
            guard newSize != lastReportedSize else { return nil }
            lastReportedSize = newSize
            return .resize(width: newSize.width, height: newSize.height)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case ccurses_key_f(1)...ccurses_key_f(63):
            return .key(.function(Int(code - ccurses_key_f(0))))
        default:
            if code > 0 && code == controlLeftCode { return .key(.controlLeft) }
            if code > 0 && code == controlRightCode { return .key(.controlRight) }
            if code > 0 && code == altLeftCode { return .key(.altLeft) }
            return .key(.unknown(Int(code)))
        }
    }

    /// The event for a character that wget_wch returned with OK.
    private func characterEvent(_ value: UInt32) -> TerminalEvent? {
        if let key = KeyEvent.fromControlByte(value) { return .key(key) }
        guard let scalar = Unicode.Scalar(value) else { return .key(.unknown(Int(value))) }
        return .key(.character(Character(scalar)))
    }
}
