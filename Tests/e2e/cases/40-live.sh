# shellcheck shell=bash
# Live refresh (issue 9): another process (sqlite3) commits to the open table, and the pane
# shows it by itself, the cursor staying on its row; --no-live keeps the page as it was.
# Works on a copy of the demo database.

LIVE_DB="$WORK/live-40.sqlite"
sqlite3 "$DB" ".backup '$LIVE_DB'"

# cursor_line_has TEXT: the pane line with TEXT also holds the cursor (reverse video).
cursor_line_has() {
    tmux_ capture-pane -e -p -t e2e | grep -F -- "$1" | grep -q $'\e\\[[0-9;]*7m'
}

start_pane 120 40

begin "40: a row updated by another process changes on screen, the cursor kept"
type_line "terrapin '$LIVE_DB' --table track"
wait_for 'rows 1.34 of 2,000' 15 || fail "the track table did not open"
keys j j
wait_for '│ +3│' 5 || fail "row 3 is not on screen"
sleep 0.5
cursor_line_has 'Paper Stone' || fail "the cursor is not on row 3 before the change"
sqlite3 "$LIVE_DB" "UPDATE track SET name = 'Live From Elsewhere' WHERE id = 3"
wait_for 'Live From Elsewhere' 5 || fail "the updated name did not appear by itself"
expect '1 row changed elsewhere' 3 "the status line does not say a row changed elsewhere"
cursor_line_has 'Live From Elsewhere' || fail "the cursor left the updated row"
pass

begin "40: a row inserted above moves the cursor's row down; the count is taken again"
sqlite3 "$LIVE_DB" "INSERT INTO track (id, name, albumId, mediaKind, milliseconds, bytes,
    unitPrice, isExplicit, releasedAt) VALUES (0, 'Inserted On Top', 1, 'MPEG audio', 1000,
    1000, 0.99, 0, '2020-01-01')"
wait_for 'Inserted On Top' 5 || fail "the inserted row did not appear"
expect 'of 2,001' 5 "the count was not taken again"
cursor_line_has 'Live From Elsewhere' || fail "the cursor did not follow its row down"
pass

begin "40: a deleted row disappears and the status line says so"
sqlite3 "$LIVE_DB" "DELETE FROM track WHERE id = 2"
wait_for 'A row was deleted elsewhere' 5 || fail "the deletion was not reported"
screen | grep -q '│ +2│' && fail "the deleted row is still on screen"
expect 'of 2,000' 5 "the count did not go back to 2,000"
cursor_line_has 'Live From Elsewhere' || fail "the cursor left its row"
pass

begin "40: L turns live refresh off, and the page stays as it was"
keys L
expect 'Live refresh off' 3 "L did not say live refresh is off"
expect 'live off' 3 "the status line does not say live off"
sqlite3 "$LIVE_DB" "UPDATE track SET name = 'Not Yet Seen' WHERE id = 5"
sleep 1
screen | grep -q 'Not Yet Seen' && fail "the page changed with live refresh off"
keys L
wait_for 'Not Yet Seen' 5 || fail "turning it back on did not show the change"
keys q
wait_for '^E2E\$ *$' 5 || fail "no shell prompt after q"
pass

begin "40: --no-live starts with live refresh off"
keys C-l
type_line "terrapin '$LIVE_DB' --table track --no-live"
wait_for 'rows 1.34 of 2,000' 15 || fail "the track table did not open"
expect 'live off' 3 "the status line does not say live off"
sqlite3 "$LIVE_DB" "UPDATE track SET name = 'Hidden Change' WHERE id = 6"
sleep 1
screen | grep -q 'Hidden Change' && fail "the page changed with --no-live"
keys r
wait_for 'Hidden Change' 5 || fail "r did not reload"
keys q
wait_for '^E2E\$ *$' 5 || fail "no shell prompt after q"
pass
