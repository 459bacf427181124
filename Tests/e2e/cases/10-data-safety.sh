# Data safety (issue 7, items 1-4): export never writes over a database or an existing file
# unasked, keys do nothing while the terminal is too small, and views page through every row.
# Sourced by run.sh, which defines the helpers and built the demo database $DB.

SAFE="$WORK/safety.sqlite"
cp "$DB" "$SAFE"
sqlite3 "$SAFE" "CREATE VIEW track_list AS SELECT genreId, name FROM track"
TRACKS="$(sqlite3 "$SAFE" 'SELECT count(*) FROM track')"
# grouped N: N with thousands separators, as the status line writes it (2000 -> 2,000).
grouped() { printf '%s' "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }
start_pane 120 40

begin "x refuses to export over the open database"
type_line "terrapin '$SAFE' --table track"
wait_for 'rows 1.34 of' 15 || fail "the track table did not open"
keys x
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l "$SAFE"
keys Enter
expect 'Export as: c CSV' 5 "no question about the format of a name without .csv/.json"
keys c
expect 'is the open database: export refused' 5 "no refusal to write over the open database"
[[ "$(head -c 15 "$SAFE")" == "SQLite format 3" ]] || fail "the database file lost its header"
[[ "$(sqlite3 "$SAFE" 'SELECT count(*) FROM track')" == "$TRACKS" ]] \
    || fail "the database no longer holds its $TRACKS tracks"
pass

begin "x refuses to export over another SQLite file"
keys x
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l "$DB.csv"
cp "$DB" "$DB.csv"
keys Enter
expect 'is a SQLite database: export refused' 5 "no refusal to write over a SQLite file"
[[ "$(head -c 15 "$DB.csv")" == "SQLite format 3" ]] || fail "the other database was written"
rm -f "$DB.csv"
pass

begin "x asks before replacing an existing file and keeps it on no"
printf 'keep me\n' >"$WORK/existing.csv"
keys x
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l "$WORK/existing.csv"
keys Enter
expect 'Replace file\?' 5 "no question before replacing existing.csv"
keys n
expect 'nothing was exported' 5 "no message that the file was kept"
[[ "$(cat "$WORK/existing.csv")" == "keep me" ]] || fail "existing.csv was changed after no"
keys x
sleep 0.3
keys C-u
tmux_ send-keys -t e2e -l "$WORK/existing.csv"
keys Enter
expect 'Replace file\?' 5 "no question the second time"
keys y
expect "Exported $TRACKS rows" 15 "the export after yes did not finish"
[[ "$(head -n 1 "$WORK/existing.csv")" == id,name* ]] || fail "existing.csv does not hold the export"
CSV_ROWS="$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$WORK/existing.csv")"
[[ "$CSV_ROWS" == "$TRACKS" ]] || fail "the CSV holds $CSV_ROWS records, not $TRACKS"
pass

begin "keys typed while the terminal is too small delete nothing"
tmux_ resize-window -t e2e -x 30 -y 10
expect 'too small' 5 "no 'too small' notice at 30x10"
keys d y
sleep 0.5
tmux_ resize-window -t e2e -x 120 -y 40
expect 'rows 1.34 of' 5 "the grid did not come back"
screen | grep -q 'Row deleted' && fail "a row was deleted unseen"
screen | grep -q 'Delete row' && fail "the question was answered or opened unseen"
[[ "$(sqlite3 "$SAFE" 'SELECT count(*) FROM track')" == "$TRACKS" ]] || fail "a track is gone"
pass

begin "a view pages forward, to its end and back, sorted on a column full of ties"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
keys C-l
type_line "terrapin '$SAFE' --table track_list"
wait_for "rows 1.34 of $(grouped "$TRACKS")" 15 || fail "the view did not open with its count"
expect 'paged by row number' 5 "the status line does not say the view pages by row number"
keys s
expect 'sort: genreId asc' 5 "s did not sort the view"
keys PageDown PageDown PageDown
expect 'rows 103.136 of' 5 "three PgDn did not reach rows 103-136"
screen | grep -q 'keyset' && fail "a keyset error is shown"
keys G
expect "rows $(grouped $((TRACKS - 33))).$(grouped "$TRACKS") of" 10 "G did not show the last rows"
keys PageUp
expect "rows $(grouped $((TRACKS - 67))).$(grouped $((TRACKS - 34))) of" 5 \
    "PgUp from the end did not show the page before"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
pass

begin "keys typed in a burst while pages load all count (5 PgDn, then 6 j, then e)"
keys C-l
type_line "terrapin '$SAFE' --table track"
wait_for 'rows 1.34 of' 15 || fail "the track table did not open"
keys PageDown PageDown PageDown PageDown PageDown j j j j j j l e
expect 'rows 171.204 of' 10 "five PgDn typed at once did not move five pages"
expect 'name = ' 5 "the e typed after the moves did not open the editor"
EXPECTED="$(sqlite3 "$SAFE" 'SELECT name FROM track ORDER BY id LIMIT 1 OFFSET 176')"
screen | grep -qF "name = $EXPECTED" || fail "the editor is not on row 177 ($EXPECTED)"
keys Escape
sleep 0.3
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
pass
