#!/usr/bin/env bash
# End-to-end tests of the real `terrapin` binary in tmux: the browser on the demo database
# (page, filter, sort, edit persisted to the file, undo, quit with the terminal restored)
# and the error paths (missing file, non-database file, output not a terminal, tiny pane).
#
# Usage: Tests/e2e/run.sh            builds with `swift build`, then runs every case
#        TERRAPIN_BIN=path Tests/e2e/run.sh   uses that binary and does not build
#                                            (how `swift test` runs it: no nested build)
# Needs: tmux, sqlite3. Prints one line per case and "N passed, N failed" at the end; the
# exit status is non-zero when a case failed. TERRAPIN_E2E_KEEP=1 keeps the scratch folder.
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -z "${TERRAPIN_BIN:-}" ]]; then
    (cd "$ROOT" && swift build --product terrapin) >&2 || { echo "swift build failed" >&2; exit 1; }
    TERRAPIN_BIN="$ROOT/.build/debug/terrapin"
fi
for tool in tmux sqlite3; do
    command -v "$tool" >/dev/null || { echo "e2e: $tool is not installed" >&2; exit 2; }
done
[[ -x "$TERRAPIN_BIN" ]] || { echo "e2e: no binary at $TERRAPIN_BIN" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/terrapin-e2e.XXXXXX")"
SOCKET="terrapin-e2e-$$"
DB="$WORK/demo.sqlite"
PASSED=0
FAILED=0
CURRENT=""

tmux_() { tmux -L "$SOCKET" "$@"; }

cleanup() {
    tmux_ kill-server 2>/dev/null
    if [[ -z "${TERRAPIN_E2E_KEEP:-}" ]]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT

# start_pane WIDTH HEIGHT: a fresh tmux session running a plain bash with a known prompt.
start_pane() {
    tmux_ kill-session -t e2e 2>/dev/null
    tmux_ new-session -d -s e2e -x "$1" -y "$2" \
        "env -u TMUX PS1='E2E\$ ' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
         PATH='$(dirname "$TERRAPIN_BIN"):$PATH' bash --norc --noprofile"
    tmux_ set-option -t e2e status off >/dev/null
    wait_for '^E2E\$ *$' 10 || true
}

screen() { tmux_ capture-pane -p -t e2e; }

type_line() { tmux_ send-keys -t e2e -l "$1"; tmux_ send-keys -t e2e Enter; }

keys() { tmux_ send-keys -t e2e "$@"; }

# wait_for REGEX [SECONDS]: until the pane shows REGEX (extended grep), or fail.
wait_for() {
    local pattern="$1" limit="${2:-10}" waited=0
    while ((waited < limit * 10)); do
        if screen | grep -Eq -- "$pattern"; then return 0; fi
        sleep 0.1
        waited=$((waited + 1))
    done
    return 1
}

# wait_gone REGEX [SECONDS]: until the pane no longer shows REGEX.
wait_gone() {
    local pattern="$1" limit="${2:-10}" waited=0
    while ((waited < limit * 10)); do
        if ! screen | grep -Eq -- "$pattern"; then return 0; fi
        sleep 0.1
        waited=$((waited + 1))
    done
    return 1
}

sql() { sqlite3 -batch -noheader "$DB" "$1"; }

begin() { CURRENT="$1"; }

# fail MESSAGE: reports the current case as failed (once) with the pane's contents.
fail() {
    [[ -n "$CURRENT" ]] || return 0
    echo "FAIL  $CURRENT: $1"
    echo "----- pane -----"
    screen | sed 's/^/| /'
    echo "----------------"
    FAILED=$((FAILED + 1))
    CURRENT=""
}

pass() {
    [[ -n "$CURRENT" ]] || return 0
    echo "ok    $CURRENT"
    PASSED=$((PASSED + 1))
    CURRENT=""
}

# expect REGEX [SECONDS] MESSAGE: the pane must show REGEX.
expect() { wait_for "$1" "${2:-10}" || fail "${3:-expected /$1/ on screen}"; }

# ---------------------------------------------------------------------------------------
# The browser on the demo database.

start_pane 120 40

begin "demo builds and opens with the table list"
type_line "terrapin demo --rows 2000 --path '$DB'"
wait_for 'track' 60 && wait_for 'invoice_line' 5 && wait_for 'MODELS|Models' 5 \
    || fail "the sidebar with the demo's models and tables did not appear"
[[ -f "$DB" ]] || fail "the demo file was not created"
pass

begin "quitting restores the terminal"
keys q
wait_for '^E2E\$ *$' 5 || fail "no shell prompt after q"
type_line "clear; stty -a | tr ' ;' '\n\n' | grep -Ex -- '-?(echo|icanon)' | tr '\n' ' '; echo :st''ty"
wait_for ':stty' 5 || fail "stty did not answer"
screen | grep -q -- '-echo\|-icanon' && fail "the tty was left without echo or canonical mode"
screen | grep -Eq 'echo icanon|icanon echo' || fail "echo and icanon are not both on"
pass

ROWS=$(sql "SELECT count(*) FROM track")
begin "the demo has 2000 tracks"
[[ "$ROWS" == "2000" ]] || fail "track has $ROWS rows"
pass

begin "the grid opens on --table and shows rows with a count"
keys C-l
type_line "terrapin '$DB' --table track"
wait_for 'rows 1.34 of 2,000' 15 || fail "the status line does not say rows 1-34 of 2,000"
wait_for '│ +1│' 5 || fail "the first row did not show"
pass

begin "PgDn pages forward"
keys PageDown
wait_for 'rows 35.68 of 2,000' 5 || fail "the status line does not say rows 35-68"
wait_for '│ +35│' 5 || fail "row 35 is not on screen"
keys g
wait_for 'rows 1.34 of' 5 || fail "g did not go back to the first row"
pass

begin "the / filter narrows the rows"
keys /
sleep 0.3
tmux_ send-keys -t e2e -l 'id=7'
keys Enter
wait_for 'filter: id=7' 10 || fail "the filter is not shown in the status line"
wait_for 'rows 1.1 of 1( |$)' 10 || fail "the filtered count (1) is not shown"
wait_for '│ +7│ Dark Fire' 5 || fail "row 7 is not the one shown"
pass

begin "an empty filter shows every row again"
keys /
sleep 0.3
keys C-u Enter
wait_for 'rows 1.34 of 2,000' 10 || fail "the full count did not come back"
screen | grep -q 'filter:' && fail "the status line still shows a filter"
pass

begin "s sorts the current column descending on the second press"
keys g s
wait_for 'sort: id asc' 5 || fail "the first s did not sort ascending"
keys s
wait_for 'sort: id desc' 5 || fail "the second s did not sort descending"
wait_for '│ +2000│' 5 || fail "row 2000 did not come first when sorting id descending"
keys s
wait_for 'rows 1.34 of 2,000' 5 && wait_gone 'sort:' 5 || fail "the third s did not clear the sort"
keys g
pass

begin "e edits a cell and the file holds the new value"
ORIGINAL="$(sql "SELECT name FROM track WHERE id = 1")"
keys g l
sleep 0.3
keys e
sleep 0.5
keys C-u
tmux_ send-keys -t e2e -l 'Edited by e2e'
keys Enter
for _ in $(seq 50); do
    [[ "$(sql "SELECT name FROM track WHERE id = 1")" == "Edited by e2e" ]] && break
    sleep 0.1
done
NOW="$(sql "SELECT name FROM track WHERE id = 1")"
[[ "$NOW" == "Edited by e2e" ]] || fail "track 1's name is '$NOW' (was '$ORIGINAL')"
expect '│ +1│ Edited by e2e' 5 "the grid does not show the new value"
expect 'Saved name' 5 "no message confirmed the save"
pass

begin "u undoes the edit in the file"
keys u
for _ in $(seq 50); do
    [[ "$(sql "SELECT name FROM track WHERE id = 1")" == "$ORIGINAL" ]] && break
    sleep 0.1
done
NOW="$(sql "SELECT name FROM track WHERE id = 1")"
[[ "$NOW" == "$ORIGINAL" ]] || fail "after undo track 1's name is '$NOW', not '$ORIGINAL'"
expect 'Undone' 5 "no message confirmed the undo"
pass

begin "q quits the grid back to the shell"
keys q
wait_for '^E2E\$ *$' 5 || fail "no shell prompt after q"
pass

begin "SIGTERM restores the terminal and exits 143"
keys C-l
type_line "terrapin '$DB' --read-only; echo rc=\$?"
wait_for 'track' 10 || fail "the browser did not start"
shell_pid="$(tmux_ display-message -p -t e2e '#{pane_pid}')"
browser_pid="$(pgrep -P "$shell_pid" -x terrapin | head -n 1)"
if [[ -n "$browser_pid" ]]; then kill -TERM "$browser_pid"; else fail "no terrapin process"; fi
wait_for 'rc=143' 5 || fail "the exit status was not 143"
type_line "stty -a | grep -o -- '-icanon' || echo canonical-''ok"
wait_for 'canonical-ok' 5 || fail "the tty stayed in raw mode"
pass

# ---------------------------------------------------------------------------------------
# Errors, in plain words, outside curses.

begin "a missing file is an error with a non-zero status"
keys C-l
type_line "terrapin '$WORK/missing.db'; echo rc=\$?"
expect 'no such file' 5 "no message about the missing file"
expect 'rc=1' 5 "the exit status was not 1"
[[ -e "$WORK/missing.db" ]] && fail "the missing file was created"
pass

begin "a file that is not a database is an error"
keys C-l
printf 'just some text, not SQLite\n%.0s' {1..200} >"$WORK/notes.db"
type_line "terrapin '$WORK/notes.db'; echo rc=\$?"
expect 'not a SQLite database' 5 "no message about the non-database file"
expect 'rc=1' 5 "the exit status was not 1"
pass

begin "standard output not a terminal is an error"
keys C-l
type_line "terrapin '$DB' | cat; echo rc=\${PIPESTATUS[0]}"
expect 'standard output is not a terminal' 5 "no message about the pipe"
expect 'rc=1' 5 "the exit status was not 1"
pass

begin "demo refuses to build for a browser that could not start"
keys C-l
type_line "terrapin demo --path '$WORK/never.sqlite' | cat; echo rc=\${PIPESTATUS[0]}"
expect 'build-only' 5 "no hint about --build-only"
expect 'rc=1' 5 "the exit status was not 1"
[[ -e "$WORK/never.sqlite" ]] && fail "the demo was built anyway"
pass

begin "query prints CSV for scripts"
OUT="$("$TERRAPIN_BIN" query "$DB" track --filter 'id__lte=3' --order-by=-id --format csv)"
FIRST="$(printf '%s\n' "$OUT" | sed -n 2p | cut -d, -f1)"
LINES="$(printf '%s\n' "$OUT" | wc -l)"
[[ "$FIRST" == "3" && "$LINES" -ge 4 ]] || fail "unexpected CSV: $OUT"
pass

begin "a 30x10 pane says it is too small or still draws"
start_pane 30 10
type_line "terrapin '$DB' --read-only"
sleep 1.5
wait_for 'too small|TABLES' 10 || fail "neither a 'too small' message nor the table list at 30x10"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit at 30x10"
pass

# ---------------------------------------------------------------------------------------
# More cases, one file per concern (they use the helpers above and share the counters).
for cases in "$ROOT"/Tests/e2e/cases/*.sh; do
    [[ -f "$cases" ]] || continue
    # shellcheck source=/dev/null
    source "$cases"
done

echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
