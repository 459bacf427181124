# shellcheck shell=bash
# Facets (issue 9): f on a column shows its values with counts, Enter filters on one, a
# second facet stacks, ! excludes, b groups numbers into ranges. Works on a copy of the demo
# database; the counts are checked against sqlite3's.

FACET_DB="$WORK/facets-41.sqlite"
sqlite3 "$DB" ".backup '$FACET_DB'"
TOP=$(sqlite3 "$FACET_DB" "SELECT mediaKind FROM track GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
TOP_COUNT=$(sqlite3 "$FACET_DB" "SELECT count(*) FROM track WHERE mediaKind = '$TOP'")
KINDS=$(sqlite3 "$FACET_DB" "SELECT count(DISTINCT mediaKind) FROM track")

# commas 12345: 12,345, as the browser writes counts.
commas() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

start_pane 120 40

begin "41: f shows the column's values with their counts"
type_line "terrapin '$FACET_DB' --table track"
wait_for 'rows 1.34 of 2,000' 15 || fail "the track table did not open"
keys l l l l
sleep 0.3
keys f
wait_for 'Facet · mediaKind · values' 5 || fail "no facet panel on mediaKind"
expect "$KINDS values in 2,000 rows" 5 "the panel does not say $KINDS values in 2,000 rows"
expect "$TOP +$(commas "$TOP_COUNT")" 3 "the top value $TOP does not show $TOP_COUNT"
pass

begin "41: Enter on a value filters on it"
keys Enter
wait_for "filter: mediaKind=\"$TOP\"" 5 || fail "the filter mediaKind=$TOP is not shown"
expect "of $(commas "$TOP_COUNT")( |$)" 10 "the filtered count is not $TOP_COUNT"
pass

begin "41: a second facet stacks on the first, and ! excludes a value"
keys h
sleep 0.3
keys f
wait_for 'Facet · genreId · values' 5 || fail "no facet panel on genreId"
expect "in $(commas "$TOP_COUNT") rows" 5 "the second facet does not count the filtered rows"
GENRE=$(sqlite3 "$FACET_DB" "SELECT genreId FROM track WHERE mediaKind = '$TOP' GROUP BY 1
    ORDER BY count(*) DESC, 1 LIMIT 1")
LEFT=$(sqlite3 "$FACET_DB" "SELECT count(*) FROM track WHERE mediaKind = '$TOP'
    AND genreId IS NOT $GENRE")
keys '!'
wait_for "!genreId=$GENRE" 5 || fail "the exclusion of genreId=$GENRE is not in the filter"
expect "of $(commas "$LEFT")( |$)" 10 "the count after excluding is not $LEFT"
pass

begin "41: b groups a number column into ranges, and Esc closes"
keys h h h
sleep 0.3
keys 0
sleep 0.3
keys f
wait_for 'Facet · id · values' 5 || fail "no facet panel on id"
keys b
wait_for 'Facet · id · ranges' 5 || fail "b did not switch to ranges"
expect '1–200 ' 5 "the first range of ids is not 1–200"
keys Escape
wait_gone 'Facet ·' 5 || fail "Esc did not close the panel"
keys q
wait_for '^E2E\$ *$' 5 || fail "no shell prompt after q"
pass
