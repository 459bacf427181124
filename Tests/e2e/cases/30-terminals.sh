# Terminals (issue 7, items 12-14): a terminal type curses cannot drive, a locale that is not
# UTF-8, and Ctrl-Z. Sourced by run.sh; works on a copy of the demo database.

TERMS_DB="$WORK/terminals.sqlite"
cp "$DB" "$TERMS_DB"

# tty_is_sane: the shell's tty has echo and canonical mode back (what a restored terminal
# has), checked from the pane.
tty_is_sane() {
    keys C-l
    type_line "stty -a | tr ' ;' '\n\n' | grep -Ex -- '-?(echo|icanon)' | tr '\n' ' '; echo :st''ty"
    wait_for ':stty' 5 || return 1
    ! screen | grep -q -- '-echo\|-icanon' && screen | grep -Eq 'echo icanon|icanon echo'
}

start_pane 120 40

begin "TERM=dumb is refused with one line and status 1, the terminal untouched"
keys C-l
type_line "TERM=dumb terrapin '$TERMS_DB'; echo rc=\$?"
expect "TERM='dumb' cannot move the cursor" 5 "no message naming TERM=dumb"
expect 'rc=1' 5 "the exit status was not 1"
expect 'xterm-256color' 2 "the message does not say what to set TERM to"
# Nothing but the message, the status and the prompts: no frame was drawn.
screen | grep -Eq 'TABLES|[┌│]' && fail "something was drawn on the dumb terminal"
tty_is_sane || fail "the tty is not sane after the refusal"
pass

begin "an unknown TERM is refused by name"
keys C-l
type_line "TERM=no-such-terminal terrapin '$TERMS_DB'; echo rc=\$?"
expect "TERM='no-such-terminal' is not in the terminfo database" 5 "no message naming the type"
expect 'rc=1' 5 "the exit status was not 1"
pass

begin "an unset TERM is refused"
keys C-l
type_line "env -u TERM terrapin '$TERMS_DB'; echo rc=\$?"
expect 'TERM is not set' 5 "no message about the unset TERM"
expect 'rc=1' 5 "the exit status was not 1"
pass

begin "demo refuses TERM=dumb before building anything"
keys C-l
type_line "TERM=dumb terrapin demo --rows 100 --path '$WORK/dumb-demo.sqlite'; echo rc=\$?"
expect "TERM='dumb'" 5 "no message about TERM=dumb"
expect 'rc=1' 5 "the exit status was not 1"
[[ -e "$WORK/dumb-demo.sqlite" || -e "$WORK/dumb-demo.sqlite.partial" ]] \
    && fail "the demo was built for a browser that could not start"
pass

begin "TERM=vt100 (cursor addressing, no colors) draws the browser and quits cleanly"
keys C-l
type_line "TERM=vt100 terrapin '$TERMS_DB' --table track; echo rc=\$?"
expect 'rows 1.34 of' 15 "the grid did not show on a vt100"
keys q
expect 'rc=0' 5 "q did not quit with status 0"
tty_is_sane || fail "the tty is not sane after quitting on a vt100"
pass

sqlite3 -batch "$TERMS_DB" "CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT, note TEXT);
    INSERT INTO words VALUES (1, '日本語', NULL), (2, '', ''), (3, 'Café', 'plain');"

begin "LANG=C draws in ASCII: borders, CJK escaped, NULL apart from empty text"
keys C-l
type_line "LANG=C LC_ALL=C terrapin '$TERMS_DB' --table words"
expect 'rows 1.3 of 3' 15 "the grid did not show in the C locale"
expect '\+ words -' 2 "the box is not drawn with ASCII corners and lines"
expect '\| *1\| \\u\{65E5\}\\u\{672C\}\\u\{8A9E\} *\| NULL' 2 "CJK is not escaped or NULL not shown"
expect '\| *2\| +\| +\|' 2 "the empty texts are not blank"
expect 'Caf\\u\{E9\}' 2 "the accented text is not escaped"
screen | LC_ALL=C grep -q '[^ -~]' && fail "a character outside ASCII reached the C-locale terminal"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit in the C locale"
pass

begin "Ctrl-Z suspends to the shell with a sane tty, fg redraws and keys work again"
keys C-l
# No `; echo rc=$?` here: bash drops the rest of a list whose job stopped; `fg` returns the
# job's status instead.
type_line "terrapin '$TERMS_DB' --table track"
expect 'rows 1.34 of 2,000' 15 "the grid did not show"
keys C-z
expect 'Stopped.*terrapin' 5 "the shell did not report the browser as stopped"
expect '^E2E\$ *$' 5 "no shell prompt after Ctrl-Z"
tty_is_sane || fail "the tty is not sane while the browser is suspended"
keys C-l
type_line "fg"
expect 'rows 1.34 of 2,000' 10 "fg did not redraw the browser"
expect '│TABLES' 2 "fg did not redraw the sidebar"
keys G
expect 'rows 1,967.2,000 of 2,000' 10 "G did not work after fg"
keys q
expect '^E2E\$ *$' 5 "no shell prompt after q"
type_line "echo rc=\$?"
expect 'rc=0' 5 "q after fg did not quit with status 0"
tty_is_sane || fail "the tty is not sane after quitting"
keys C-l
type_line "jobs; echo :jo''bs"
wait_for ':jobs' 5 && ! screen | grep -q 'Stopped' || fail "a stopped job was left behind"
pass

begin "SIGTSTP from outside suspends too, and the window size after fg is used"
keys C-l
type_line "terrapin '$TERMS_DB' --table track"
expect 'rows 1.34 of 2,000' 15 "the grid did not show"
shell_pid="$(tmux_ display-message -p -t e2e '#{pane_pid}')"
browser_pid="$(pgrep -P "$shell_pid" -x terrapin | head -n 1)"
if [[ -n "$browser_pid" ]]; then kill -TSTP "$browser_pid"; else fail "no terrapin process"; fi
expect 'Stopped.*terrapin' 5 "the shell did not report the browser as stopped"
tmux_ resize-window -t e2e -x 100 -y 30
keys C-l
type_line "fg"
expect 'rows 1.24 of 2,000' 10 "after fg the page does not fit the new 100x30 window"
keys q
expect '^E2E\$ *$' 5 "no shell prompt after q"
type_line "echo rc=\$?"
expect 'rc=0' 5 "q did not quit with status 0"
tty_is_sane || fail "the tty is not sane after quitting"
tmux_ resize-window -t e2e -x 120 -y 40
pass
