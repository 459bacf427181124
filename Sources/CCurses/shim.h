#ifndef TERRAPIN_CCURSES_SHIM_H
#define TERRAPIN_CCURSES_SHIM_H

// The wide-character API (cchar_t, setcchar, mvadd_wch, wget_wch) is only declared when
// _XOPEN_SOURCE_EXTENDED is defined before <curses.h>: "With XPG4, you must define
// _XOPEN_SOURCE_EXTENDED" (curses.h). NCURSES_WIDECHAR makes the choice explicit.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects reading mutable C globals (`stdscr`, `LINES`, `COLS`, `stdout`) as unsafe
// shared state, and cannot import function-like macros (`COLOR_PAIR`, `getmaxyx`, `KEY_F`) or
// the attribute macros built from NCURSES_BITS. These wrappers are the only way the backend
// touches them. All of them must be called from the one thread/actor that owns curses.

/// The standard screen created by `initscr`/`newterm`; NULL before initialisation.
static inline WINDOW *ccurses_stdscr(void) { return stdscr; }

/// Number of lines of the terminal as curses last saw it (updated on KEY_RESIZE).
static inline int ccurses_lines(void) { return LINES; }

/// Number of columns of the terminal as curses last saw it (updated on KEY_RESIZE).
static inline int ccurses_cols(void) { return COLS; }

/// Number of color pairs the terminal supports (valid after start_color).
static inline int ccurses_color_pairs(void) { return COLOR_PAIRS; }

/// Number of colors the terminal supports (valid after start_color).
static inline int ccurses_colors(void) { return COLORS; }

/// `getmaxyx(win, y, x)` is a macro assigning to its arguments; this returns both.
static inline void ccurses_getmaxyx(WINDOW *win, int *y, int *x) {
    int yy, xx;
    getmaxyx(win, yy, xx);
    *y = yy;
    *x = xx;
}

/// `COLOR_PAIR(n)`: the attribute bits selecting pair n.
static inline attr_t ccurses_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline attr_t ccurses_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t ccurses_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t ccurses_a_dim(void) { return (attr_t)A_DIM; }
static inline attr_t ccurses_a_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t ccurses_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t ccurses_a_italic(void) { return (attr_t)A_ITALIC; }

/// wget_wch(3X) "returns KEY_CODE_YES if a function key is returned, OK if a wide character
/// is returned, ERR otherwise"; spelled as a function so the Swift side reads the same name.
static inline int ccurses_key_code_yes(void) { return KEY_CODE_YES; }

/// `KEY_F(n)`: the key code of function key n (a function-like macro).
static inline int ccurses_key_f(int n) { return KEY_F(n); }

/// Sets the locale from the environment so ncursesw encodes/decodes UTF-8.
/// ncurses(3X): the application must call setlocale before initscr/newterm, otherwise
/// multibyte characters are not handled.
static inline void ccurses_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }

/// Whether the locale set by ``ccurses_setlocale_from_environment`` encodes characters as
/// UTF-8. nl_langinfo(3): CODESET is "the name of the character encoding used in the selected
/// locale, such as UTF-8, ISO-8859-1, or ANSI_X3.4-1968" (the last is glibc's C locale).
/// Without UTF-8, ncursesw cannot write anything outside ASCII: the browser draws in ASCII.
static inline int ccurses_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0;
}

/// Standard output and input as FILE pointers for newterm(3X).
static inline FILE *ccurses_stdout(void) { return stdout; }
static inline FILE *ccurses_stdin(void) { return stdin; }

/// wcwidth(3) is XSI: glibc declares it only when _XOPEN_SOURCE is defined, which the Glibc
/// module Swift imports was not built with. ncursesw measures every character with it, so the
/// backend asks the same function to detect where its own width table disagrees.
extern int wcwidth(wchar_t c);
static inline int ccurses_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// Writes one grapheme (a base character plus combining parts, `count` wide characters) at
/// (y, x) on stdscr with the given attributes and color pair.
/// setcchar(3X): "wch ... is a null-terminated wide-character string"; ncurses keeps the
/// first (spacing) character and following non-spacing ones, up to CCHARW_MAX.
static inline int ccurses_put_grapheme(int y, int x, const wchar_t *wch, int count,
                                       attr_t attrs, int pair) {
    wchar_t buffer[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) buffer[i] = wch[i];
    buffer[n] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, buffer, attrs, (short)pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// From <term.h>, declared here instead of including it: term.h defines a macro for every
// capability name (`lines`, `columns`, `clear_screen`, ...), which would leak into everything
// that includes this header. `struct term` is what term.h calls TERMINAL.
struct term;
extern int setupterm(const char *term, int fildes, int *errret);
extern char *tigetstr(const char *capname);
extern struct term *set_curterm(struct term *nterm);
extern int del_curterm(struct term *oterm);

/// What ``ccurses_check_terminal_type`` found out about a terminal type.
typedef enum {
    /// The type is known and can move the cursor: curses can drive it.
    ccurses_terminal_usable = 0,
    /// terminfo has no entry for the type (or only a generic one, such as `unknown`).
    ccurses_terminal_unknown = 1,
    /// No terminfo database was found at all.
    ccurses_terminal_no_database = 2,
    /// The entry exists but has no `cup` (cursor addressing), e.g. `dumb`: a full-screen
    /// program cannot be drawn on it.
    ccurses_terminal_no_cursor_addressing = 3,
} ccurses_terminal_support;

/// Looks up `term` in terminfo without touching the terminal, and says whether curses could
/// drive it. Call it before newterm, never while curses is active.
///
/// setupterm(3X): "If errret is not null, then setupterm returns OK or ERR and stores a status
/// value in the integer pointed to by errret ... 1 means that the terminal is normal ... 0
/// means that the terminal could not be found, or that it is a generic type ... -1 means that
/// the terminfo database could not be found"; with errret it prints nothing. tigetstr(3X)
/// returns "(char *)-1 if capname is not a string capability" and 0 when it is "cancelled or
/// absent". The TERMINAL setupterm made is freed again (set_curterm returns the previous
/// one), so newterm starts from a clean slate.
static inline ccurses_terminal_support ccurses_check_terminal_type(const char *term) {
    int status = 0;
    // File descriptor 1 (standard output) is only asked for its window size.
    if (setupterm(term, 1, &status) != OK) {
        return status == -1 ? ccurses_terminal_no_database : ccurses_terminal_unknown;
    }
    const char *cup = tigetstr("cup");
    int can_address = cup != NULL && cup != (const char *)-1 && cup[0] != '\0';
    struct term *checked = set_curterm(NULL);
    if (checked != NULL) del_curterm(checked);
    return can_address ? ccurses_terminal_usable : ccurses_terminal_no_cursor_addressing;
}

/// Stops the process as Ctrl-Z does in a shell, and returns once it is continued (or at once
/// when the kernel discards the stop because no shell could continue it). Call it after
/// endwin(3X), so the shell gets its terminal back.
///
/// The signal is SIGTSTP with its default action (stop), sent to the calling thread only
/// (pthread_kill(3)) with SIGTSTP unblocked there: a thread-directed signal is taken by that
/// thread on its way back from pthread_kill, so the whole process stops before this returns,
/// and libdispatch's signalfd (which reads process-wide signals) cannot take it instead.
/// signal(7): "SIGTSTP ... Stop typed at terminal"; POSIX discards SIGTSTP sent to a member
/// of an orphaned process group, so a process started without job control is not stopped
/// for ever. The previous disposition and the thread's signal mask are restored afterwards.
///
/// Returns 0 once continued (or discarded), or the error pthread_kill reported.
static inline int ccurses_stop_process(void) {
    struct sigaction stop, previous;
    stop.sa_handler = SIG_DFL;
    stop.sa_flags = 0;
    sigemptyset(&stop.sa_mask);
    if (sigaction(SIGTSTP, &stop, &previous) != 0) return -1;
    sigset_t tstp, saved;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, &saved);
    int result = pthread_kill(pthread_self(), SIGTSTP);
    // Stopped and continued by now.
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    return result;
}

static void ccurses_endwin_at_exit(void) {
    // endwin(3X): "calling endwin ... restores tty modes, moves the cursor to the lower
    // left-hand corner, resets the terminal into the proper non-visual mode". isendwin()
    // is true once endwin ran and nothing was refreshed since, so this does nothing after an
    // orderly stop(), and nothing when curses was never started (stdscr is NULL).
    if (stdscr != NULL && !isendwin()) endwin();
}

/// Registers (once) an atexit(3) handler that restores the terminal if the process exits
/// (e.g. through exit()) while curses is still active.
static inline void ccurses_restore_terminal_at_exit(void) {
    static int registered = 0;
    if (!registered) {
        registered = 1;
        atexit(ccurses_endwin_at_exit);
    }
}

#endif
