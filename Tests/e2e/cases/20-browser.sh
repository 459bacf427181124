# shellcheck shell=bash
# The browser's smaller fixes seen on screen (issue 7): the record view on NULL and dangling
# foreign keys (b), the back stack (c), and column names matched ignoring case (f). Works on
# a copy of the demo database, so that the other case files see $DB unchanged.

B20="$WORK/browser-20.sqlite"
sqlite3 "$DB" ".backup '$B20'"
# Track 3 gets no genre; track 4 refers to an album that does not exist (the sqlite3 shell
# does not enforce foreign keys).
sqlite3 "$B20" "UPDATE track SET genreId = NULL WHERE id = 3; UPDATE track SET albumId = 99999 WHERE id = 4;"

start_pane 120 40

begin "20: a lowercase or capitalised column name filters (ID=7 on column id)"
type_line "terrapin '$B20' --table track"
wait_for 'rows 1.34 of 2,000' 15 || fail "the track table did not open"
keys /
sleep 0.3
tmux_ send-keys -t e2e -l 'ID=7'
sleep 0.3
screen | grep -q 'No column' && fail "the filter bar says there is no column ID"
keys Enter
wait_for 'filter: ID=7' 10 || fail "the filter is not shown in the status line"
wait_for 'rows 1.1 of 1( |$)' 10 || fail "ID=7 did not find exactly one row"
wait_for '│ +7│' 5 || fail "row 7 is not the one shown"
keys /
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l 'NAME__icontains=zzzz-no-such-name'
keys Enter
wait_for '0 rows' 10 || fail "NAME__icontains did not filter"
keys /
sleep 0.3
keys C-u Enter
wait_for 'rows 1.34 of 2,000' 10 || fail "clearing the filter did not bring every row back"
pass

begin "20: the record view says a NULL foreign key refers to no row"
keys g
sleep 0.3
keys j j
sleep 0.3
keys Enter
wait_for 'Record · track' 5 || fail "no record view"
wait_for '→ genre: \(no row: NULL\)' 5 || fail "the NULL genreId does not say (no row: NULL)"
keys j j j
sleep 0.3
keys Enter
wait_for 'genreId is NULL: it refers to no row' 5 || fail "Enter on the NULL key did not say so"
screen | grep -q 'not a foreign key' && fail "a NULL foreign key was called not a foreign key"
keys Escape
sleep 0.4
pass

begin "20: a dangling foreign key says no such row, and Enter does not jump"
keys j
sleep 0.3
keys Enter
wait_for '→ album: no such row' 5 || fail "the dangling albumId does not say no such row"
keys j j
sleep 0.3
keys Enter
wait_for 'albumId = 99999: no such row in album' 5 || fail "Enter on the dangling key did not say so"
screen | grep -q 'Record · track' || fail "the record view closed"
keys Escape
sleep 0.4
pass

begin "20: Backspace returns from a followed foreign key with the filter and cursor"
keys /
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l 'id__gte=5'
keys Enter
wait_for 'filter: id__gte=5' 10 || fail "the filter did not apply"
wait_for '│ +5│' 5 || fail "row 5 is not first"
keys j j
sleep 0.3
keys Enter
wait_for 'Record · track' 5 || fail "no record view"
ALBUM="$(sql "SELECT albumId FROM track WHERE id = 7")"
keys j j
sleep 0.3
keys Enter
wait_for "album · filter: id=$ALBUM" 10 || fail "following albumId did not open album $ALBUM"
expect 'Bksp back' 5 "the key line does not offer Bksp back"
keys BSpace
wait_for 'track · filter: id__gte=5' 10 || fail "Backspace did not return to the filtered track table"
keys Enter
wait_for 'Record · track' 5 || fail "no record view after returning"
wait_for '║id +7 ' 5 || fail "the cursor is not on track 7 after returning"
keys Escape
sleep 0.4
pass

begin "20: Alt-Left goes back too"
keys Enter
wait_for 'Record · track' 5 || fail "no record view"
keys j j
sleep 0.3
keys Enter
wait_for "album · filter: id=$ALBUM" 10 || fail "following albumId did not open the album"
keys M-Left
wait_for 'track · filter: id__gte=5' 10 || fail "Alt-Left did not return to the track table"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
pass
