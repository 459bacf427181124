import CursesBackend
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A manual check of the curses backend: a boxed list, a filter line, a status bar with wide
/// characters. Keys: arrows or j/k move, `/` edits the filter (Enter/Esc leave it), q quits.
@main
enum SmokeApp {
    /// Runs the program until `q`, Ctrl-C or a termination signal.
    @MainActor
    static func main() async {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            let message = "tui-smoke: \(error)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            exit(1)
        }
        let signals = TerminationSignals { signal in
            terminal.stop()
            exit(128 + signal)
        }
        var state = SmokeState(size: terminal.size)
        render(state, on: terminal)
        for await event in terminal.events() {
            state.apply(event)
            if state.isFinished { break }
            render(state, on: terminal)
        }
        signals.cancel()
        terminal.stop()
        print("tui-smoke: bye (last key: \(state.lastKey))")
    }

    /// Draws one frame and places the cursor.
    @MainActor
    private static func render(_ state: SmokeState, on terminal: CursesTerminal) {
        let frame = state.render()
        terminal.draw(frame.buffer)
        if let cursor = frame.cursor {
            terminal.showCursor(x: cursor.x, y: cursor.y)
        } else {
            terminal.hideCursor()
        }
        terminal.flush()
    }
}
