import CCurses
import Dispatch
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, driven by ncursesw: draws ``ScreenBuffer`` frames by writing only the
/// cells that changed, and reads keys and resizes.
///
/// ncurses is not thread-safe, so the terminal is bound to the main actor and deliberately not
/// `Sendable`: every curses call happens there. Input arrives through ``events()``, a stream
/// fed by a read source on the main queue.
///
/// ```swift
/// let terminal = try CursesTerminal()
/// defer { terminal.stop() }
/// for await event in terminal.events() {
///     // update state, render a ScreenBuffer, terminal.draw(frame), terminal.flush()
/// }
/// ```
@MainActor
public final class CursesTerminal: TerminalBackend {
    /// Whether colors are used (false on monochrome terminals and when `NO_COLOR` is set).
    public let usesColor: Bool
    /// Whether the locale (from `LANG`/`LC_ALL`/`LC_CTYPE`) encodes UTF-8. When it does not
    /// (`LANG=C`), curses can show only ASCII: callers should draw in ASCII (the browser
    /// switches to its `--ascii` mode), and any other character is written as an ASCII
    /// stand-in of the same width (``ASCIIText/symbol(for:)``) rather than vanishing.
    public let isUTF8Locale: Bool

    private var colorPairs: ColorPairCache?
    private var isCursorVisible = false
    // The rest is internal rather than private so the input extension
    // (CursesTerminal+Input.swift) can share it; nothing outside this module sees it.
    var lastFrame = ScreenBuffer(width: 0, height: 0)
    var lastReportedSize: Size
    var isStopped = false
    var controlLeftCode: Int32 = -1
    var controlRightCode: Int32 = -1
    var altLeftCode: Int32 = -1
    var inputSource: (any DispatchSourceRead)?
    var resizeSource: (any DispatchSourceSignal)?
    var suspendSource: (any DispatchSourceSignal)?
    var continueSource: (any DispatchSourceSignal)?
    /// Whether ``suspend()`` has already taken the terminal back after a stop, so the
    /// SIGCONT that continued the process needs no second repaint.
    var hasResumedFromSuspend = false
    /// Whether Ctrl-Z suspends the program (``suspend()``) instead of arriving as the key
    /// `.control("Z")`; on by default, as in every shell.
    public var suspendsOnControlZ = true
    var continuation: AsyncStream<TerminalEvent>.Continuation?

    /// Takes over the terminal: full-screen mode, raw keyboard input (Ctrl-C arrives as a key),
    /// no echo, hidden cursor, colors when available.
    ///
    /// Call ``stop()`` to give the terminal back. As a last resort an `atexit` hook restores
    /// the terminal when the process exits without stopping it (there is no deinit doing so:
    /// `isolated deinit` needs macOS 15.4, and the package targets macOS 15).
    ///
    /// - Parameters:
    ///   - escapeDelay: Milliseconds to wait after Escape for the rest of an escape sequence;
    ///     longer makes Alt keys over slow links reliable, shorter makes Esc snappier.
    ///   - environment: Read for `NO_COLOR` (colors are off when it is set and not empty) and
    ///     `TERM` (named in the error when initialisation fails).
    /// - Throws: ``CursesTerminalError/notATerminal(stream:)`` when standard input or output
    ///   is not a terminal; what ``TerminalTypeCheck/check(term:)`` throws when `TERM` is
    ///   unset, unknown or cannot move the cursor;
    ///   ``CursesTerminalError/initializationFailed(term:)`` when ncurses still cannot set up
    ///   the terminal. Nothing is written to the terminal
    ///   before these are thrown.
    public init(escapeDelay: Int = 25, environment: [String: String]? = nil) throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CursesTerminalError.notATerminal(stream: "standard input")
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw CursesTerminalError.notATerminal(stream: "standard output")
        }
        let noColor = Self.environmentValue("NO_COLOR", in: environment)
        // Refuse a terminal type curses cannot draw on (unknown, or without cursor
        // addressing, such as `dumb`) before anything is written to it.
        try TerminalTypeCheck.check(term: Self.environmentValue("TERM", in: environment))
        ccurses_setlocale_from_environment()
        isUTF8Locale = ccurses_locale_is_utf8() != 0
        // newterm(3X) returns NULL on failure, whereas initscr would print and exit().
        guard let screen = newterm(nil, ccurses_stdout(), ccurses_stdin()) else {
            throw CursesTerminalError.initializationFailed(
                term: Self.environmentValue("TERM", in: environment))
        }
        set_term(screen)
        ccurses_restore_terminal_at_exit()
        raw()
        noecho()
        nonl()
        keypad(ccurses_stdscr(), true)
        nodelay(ccurses_stdscr(), true)
        set_escdelay(Int32(escapeDelay))
        curs_set(0)
        leaveok(ccurses_stdscr(), true)

        if has_colors(), noColor?.isEmpty ?? true {
            start_color()
            let hasDefaultColors = use_default_colors() != ERR
            usesColor = true
            colorPairs = ColorPairCache(
                colorCount: ccurses_colors(), maximumPairs: ccurses_color_pairs(),
                hasDefaultColors: hasDefaultColors)
        } else {
            usesColor = false
        }
        // Terminals report Ctrl-Left/Right as extended keys whose codes are only known at run
        // time; key_defined(3X) returns the code bound to a sequence, 0 or -1 if none.
        controlLeftCode = key_defined("\u{1B}[1;5D")
        controlRightCode = key_defined("\u{1B}[1;5C")
        altLeftCode = key_defined("\u{1B}[1;3D")
        lastReportedSize = Size(width: Int(ccurses_cols()), height: Int(ccurses_lines()))
    }

    /// The terminal's size as curses currently knows it.
    public var size: Size {
        guard !isStopped else { return lastReportedSize }
        var rows: Int32 = 0
        var columns: Int32 = 0
        ccurses_getmaxyx(ccurses_stdscr(), &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    /// Gives the terminal back: stops reading input, restores the tty modes and leaves
    /// full-screen mode. Safe to call more than once; later draws are ignored.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        inputSource?.cancel()
        inputSource = nil
        resizeSource?.cancel()
        resizeSource = nil
        suspendSource?.cancel()
        suspendSource = nil
        continueSource?.cancel()
        continueSource = nil
        continuation?.finish()
        continuation = nil
        curs_set(1)
        endwin()
    }

    /// Writes the cells of `buffer` that differ from the previous frame.
    ///
    /// Wide characters are written once; their continuation cells are skipped. When the
    /// locale is not UTF-8, curses cannot encode anything but ASCII and would drop such a
    /// character (a blank cell), so the frame first gets ASCII stand-ins of the same width
    /// (``ScreenBuffer/replaceNonASCII()``). Call ``flush()`` to make the result visible.
    ///
    /// - Parameter buffer: The next frame, normally of ``size``.
    public func draw(_ buffer: ScreenBuffer) {
        guard !isStopped else { return }
        var frame = buffer
        if !isUTF8Locale { frame.replaceNonASCII() }
        for update in ScreenBuffer.diff(from: lastFrame, to: frame) {
            switch update {
            case .clear:
                werase(ccurses_stdscr())
            case .run(let x, let y, let cells):
                for (offset, cell) in cells.enumerated() where !cell.isContinuation {
                    put(cell, x: x + offset, y: y)
                }
            }
        }
        lastFrame = frame
    }

    /// Shows the hardware cursor at (`x`, `y`).
    ///
    /// - Parameters:
    ///   - x: The column.
    ///   - y: The row.
    public func showCursor(x: Int, y: Int) {
        guard !isStopped else { return }
        leaveok(ccurses_stdscr(), false)
        wmove(ccurses_stdscr(), Int32(y), Int32(x))
        if !isCursorVisible {
            curs_set(1)
            isCursorVisible = true
        }
    }

    /// Hides the hardware cursor.
    public func hideCursor() {
        guard !isStopped else { return }
        leaveok(ccurses_stdscr(), true)
        if isCursorVisible {
            curs_set(0)
            isCursorVisible = false
        }
    }

    /// Sends everything drawn to the terminal (`wrefresh(stdscr)`).
    public func flush() {
        guard !isStopped else { return }
        wrefresh(ccurses_stdscr())
    }

    /// Forgets what is on screen so the next ``draw(_:)`` repaints everything (e.g. after
    /// another program wrote to the terminal).
    public func invalidate() {
        lastFrame = ScreenBuffer(width: 0, height: 0)
        clearok(ccurses_stdscr(), true)
    }

    /// Writes one cell with `mvwadd_wch`, making sure ncurses' idea of its width (from
    /// wcwidth) matches ours so the two screens never drift apart.
    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = cursesAttributes(for: cell.style)
        guard let base = cell.grapheme.unicodeScalars.first else { return }
        // setcchar keeps the base and the non-spacing characters after it and drops the rest
        // of a cluster at the next spacing character (the 👩 of 👨‍👩‍👧, a skin tone, the
        // second regional indicator of a flag). Do the same here, and drop joiners, which
        // would otherwise dangle after the base and confuse the terminal.
        var scalars = [wchar_t(bitPattern: base.value)]
        for scalar in cell.grapheme.unicodeScalars.dropFirst() {
            if ccurses_wcwidth(scalar.value) != 0 { break }
            if scalar.value != 0x200D { scalars.append(wchar_t(bitPattern: scalar.value)) }
        }
        let ours = cell.width
        let theirs = Int(ccurses_wcwidth(base.value))
        if theirs == ours {
            scalars.withUnsafeBufferPointer { pointer in
                _ = ccurses_put_grapheme(
                    Int32(y), Int32(x), pointer.baseAddress, Int32(pointer.count), attributes,
                    pair)
            }
            return
        }
        // The C library measures this cluster differently (e.g. a flag's regional indicators,
        // or emoji newer than its tables): write a substitute of our width instead.
        let substitute: [wchar_t] = theirs == 1 ? [wchar_t(bitPattern: base.value)] : [0xFFFD]
        substitute.withUnsafeBufferPointer { pointer in
            _ = ccurses_put_grapheme(
                Int32(y), Int32(x), pointer.baseAddress, 1, attributes, pair)
        }
        if ours == 2 {
            let space: [wchar_t] = [0x20]
            space.withUnsafeBufferPointer { pointer in
                _ = ccurses_put_grapheme(
                    Int32(y), Int32(x + 1), pointer.baseAddress, 1, attributes, pair)
            }
        }
    }

    /// The curses attributes and color pair for `style`. Without colors, a colored
    /// background is shown in reverse video so highlighted rows stay visible.
    private func cursesAttributes(for style: Style) -> (attr_t, Int32) {
        var attributes = ccurses_a_normal()
        var styleAttributes = style.attributes
        var pair: Int32 = 0
        if var cache = colorPairs {
            let chosen = cache.pair(for: style)
            colorPairs = cache
            pair = chosen.pair
            attributes |= chosen.extraAttributes
        } else if style.background != .default {
            styleAttributes.insert(.reverse)
        }
        if styleAttributes.contains(.bold) { attributes |= ccurses_a_bold() }
        if styleAttributes.contains(.dim) { attributes |= ccurses_a_dim() }
        if styleAttributes.contains(.reverse) { attributes |= ccurses_a_reverse() }
        if styleAttributes.contains(.underline) { attributes |= ccurses_a_underline() }
        if styleAttributes.contains(.italic) { attributes |= ccurses_a_italic() }
        return (attributes, pair)
    }

    /// A variable from `environment`, or from the process environment when it is `nil`.
    private static func environmentValue(_ name: String, in environment: [String: String]?)
        -> String?
    {
        if let environment { return environment[name] }
        return getenv(name).map { String(cString: $0) }
    }
}

@available(*, unavailable, message: "CursesTerminal must stay on the main actor")
extension CursesTerminal: Sendable {}
