# The ORM core as `terrapin query` and URL parsing show it: identifiers in any case (as
# SQLite matches them), --limit -1, and a malformed URL option that once crashed.

start_pane 120 40
DICT="$WORK/dictionary.sqlite"
sqlite3 -batch "$DICT" "CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER, Gloss TEXT);
    INSERT INTO Sense VALUES (1, 10, 'water'), (5, 50, 'fire'), (7, 10, 'earth');"

begin "query finds columns in any case, as sqlite3 does"
OUT="$("$TERRAPIN_BIN" query "$DICT" sense --filter 'id=5' --order-by=-IDSEQ --format csv 2>&1)"
[[ "$OUT" == $'ID,idseq,Gloss\n5,50,fire' ]] || fail "unexpected output: $OUT"
[[ "$(sqlite3 -batch -csv "$DICT" 'SELECT * FROM sense WHERE id=5')" == "5,50,fire" ]] \
    || fail "sqlite3 disagrees"
pass

begin "query --limit -1 means no limit"
LINES="$("$TERRAPIN_BIN" query "$DICT" Sense --limit -1 --format csv | wc -l)"
[[ "$LINES" == "4" ]] || fail "expected a header and 3 rows, got $LINES lines"
"$TERRAPIN_BIN" query "$DICT" Sense --limit -2 >/dev/null 2>&1
[[ $? == 64 ]] || fail "--limit -2 was not a usage error"
pass

begin "a URL option without a name is a clear error, not a crash"
keys C-l
type_line "terrapin 'sqlite://$DICT?='; echo rc=\$?"
expect 'has no name' 5 "no message about the empty option"
expect 'rc=1' 5 "the exit status was not 1"
screen | grep -q 'crashed' && fail "the process crashed"
pass
