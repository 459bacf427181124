# Wrong data (issue 7, items 5 and 6): column names match ignoring case as SQLite does, in the
# filter bar, in foreign keys and in `terrapin query`; undo works after a trigger rewrote the
# edited column. Sourced by run.sh.

NAMES="$WORK/names.sqlite"
rm -f "$NAMES"
sqlite3 "$NAMES" <<'SQL'
CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER, gloss TEXT);
CREATE TABLE Entry (eid INTEGER PRIMARY KEY, SID INTEGER REFERENCES Sense(id), label TEXT);
INSERT INTO Sense VALUES (5, 50, 'to eat'), (6, 60, 'to drink');
INSERT INTO Entry VALUES (1, 6, 'nomu'), (2, 5, 'taberu');
CREATE TABLE film (film_id INTEGER PRIMARY KEY, title TEXT,
                   last_update TEXT NOT NULL DEFAULT '2006-02-15 05:03:42');
INSERT INTO film (film_id, title) VALUES (1, 'ACADEMY DINOSAUR');
CREATE TRIGGER film_touch AFTER UPDATE ON film BEGIN
  UPDATE film SET last_update = '2026-12-01 00:00:00' WHERE film_id = NEW.film_id;
END;
SQL
start_pane 120 40

begin "/sid=5 filters a column named SID"
type_line "terrapin '$NAMES' --table Entry"
wait_for 'rows 1.2 of 2' 15 || fail "Entry did not open"
keys /
sleep 0.3
tmux_ send-keys -t e2e -l 'sid=5'
keys Enter
expect 'rows 1.1 of 1( |$)' 5 "sid=5 did not find the one row"
expect 'taberu' 5 "the row with SID 5 is not shown"
screen | grep -q 'No column' && fail "the filter bar says there is no such column"
pass

begin "a foreign key spelled REFERENCES Sense(id) on a column ID is followed"
keys Enter
expect 'Sense: ID=5' 5 "the record view does not show the referenced Sense row"
screen | grep -q 'has no field' && fail "the record view reports an unknown field"
keys j Enter
expect 'to eat' 5 "Enter did not open the referenced row"
expect 'filter: ID=5' 5 "the referenced table is not filtered to its key"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
pass

begin "terrapin query matches column names ignoring case"
OUT="$("$TERRAPIN_BIN" query "$NAMES" entry --filter 'sid=6' --order-by=-EID --format csv 2>&1)"
[[ "$OUT" == *"1,6,nomu"* ]] || fail "query --filter sid=6 printed: $OUT"
pass

begin "undo works after a trigger rewrote the edited column"
keys C-l
type_line "terrapin '$NAMES' --table film"
wait_for 'ACADEMY DINOSAUR' 15 || fail "film did not open"
keys '$' e C-u
tmux_ send-keys -t e2e -l '1999-01-01 00:00:00'
keys Enter
expect 'The database stored last_update' 5 "no note that the trigger rewrote the value"
[[ "$(sqlite3 "$NAMES" 'SELECT last_update FROM film')" == "2026-12-01 00:00:00" ]] \
    || fail "the trigger's value is not stored"
keys u
expect 'Undone' 5 "undo did not go through"
screen | grep -q 'changed or deleted by someone else' && fail "undo was refused as a conflict"
keys q
wait_for '^E2E\$ *$' 5 || fail "q did not quit"
pass
