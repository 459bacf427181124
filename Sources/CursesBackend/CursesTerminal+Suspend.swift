import CCurses
import Dispatch
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// Suspends the program as Ctrl-Z does in a shell: gives the terminal back (`endwin`),
    /// stops the process, and once the shell continues it (`fg`), takes the terminal again,
    /// repaints everything and reports a ``TerminalEvent/resize(width:height:)`` with the
    /// current size, so the caller redraws.
    ///
    /// In raw mode the terminal sends Ctrl-Z as a key instead of a signal; ``events()`` calls
    /// this for that key (when ``suspendsOnControlZ`` is set) and for a real SIGTSTP
    /// (`kill -TSTP`). When no shell could continue the process (its process group is
    /// orphaned, e.g. started directly by `ssh host terrapin`), the kernel ignores the stop and
    /// this returns at once with the screen repainted.
    public func suspend() {
        guard !isStopped else { return }
        // endwin(3X): "restores tty modes, moves the cursor to the lower left-hand corner of
        // the screen and resets the terminal into the proper non-visual mode"; the cursor's
        // visibility is restored too, and remembered for the return.
        endwin()
        _ = ccurses_stop_process()
        // Continued with `bg`: a job in the background must not take the terminal. Stop again,
        // as the terminal driver stops a background job that touches it, until `fg`.
        var attempts = 0
        while attempts < 64, isInBackground() {
            _ = ccurses_stop_process()
            attempts += 1
        }
        resumeAfterStop()
        hasResumedFromSuspend = true
    }

    /// Takes the terminal back after the process was stopped and continued, repaints, and
    /// reports the size so the screen is drawn again.
    func resumeAfterStop() {
        guard !isStopped else { return }
        // Keep tty changes the user made in the shell (stty) for the next endwin, and refresh,
        // which "restores the program-mode tty settings" and leaves the shell's screen.
        // Unlike ncurses' own SIGTSTP handler, typeahead is kept: while stopped, the shell
        // reads the terminal, so whatever is waiting now was typed after `fg`, for us.
        if isendwin() { def_shell_mode() }
        invalidate()
        wrefresh(ccurses_stdscr())
        synchronizeSize()
        let current = size
        lastReportedSize = current
        continuation?.yield(.resize(width: current.width, height: current.height))
    }

    /// Whether the terminal's foreground process group is another one (we were continued
    /// with `bg`); `false` when that cannot be told (no controlling terminal).
    private func isInBackground() -> Bool {
        let foreground = tcgetpgrp(STDIN_FILENO)
        return foreground > 0 && foreground != getpgrp()
    }

    /// Starts watching SIGTSTP (suspend) and SIGCONT (repaint after an outside stop, such as
    /// `kill -STOP` then `fg`) on the main queue, as ``events()`` does for input.
    func watchJobControlSignals() {
        suspendSource?.cancel()
        continueSource?.cancel()
        // A dispatch signal source installs libdispatch's own handler for the signal, which
        // keeps the default action (stopping at once, wherever curses is) from running; the
        // handler then suspends on the main queue, between two curses calls.
        let suspend = DispatchSource.makeSignalSource(signal: SIGTSTP, queue: .main)
        suspend.setEventHandler { [weak self] in
            // Main-queue handler: isolated to the main actor (see events()).
            MainActor.assumeIsolated { self?.suspend() }
        }
        let resume = DispatchSource.makeSignalSource(signal: SIGCONT, queue: .main)
        resume.setEventHandler { [weak self] in
            MainActor.assumeIsolated {
                guard let self, !self.isInBackground() else { return }
                // Continued after our own suspend(): it has repainted already.
                if self.hasResumedFromSuspend {
                    self.hasResumedFromSuspend = false
                    return
                }
                self.resumeAfterStop()
            }
        }
        suspend.resume()
        resume.resume()
        suspendSource = suspend
        continueSource = resume
    }
}
