#!/usr/bin/env bash
# Regenerates screenshots/*.png (and the plain-text captures screenshots/*.txt) from the real
# `terrapin` binary running in tmux: the demo's table list, a model's fields, the grid, the
# filter builder, the record view, the help, the question before an export replaces a file,
# and the grid at 80x24.
#
# Usage: scripts/screenshots.sh                 builds with `swift build`, then captures
#        TERRAPIN_BIN=path scripts/screenshots.sh   uses that binary
# Needs: tmux, sqlite3, python3 with Pillow and fontTools (pip install pillow fonttools),
# fonts: DejaVu Sans Mono, plus WenQuanYi Zen Hei (CJK) and Symbola (emoji/symbols) for the
# non-ASCII names (apt-get install fonts-dejavu-core fonts-wqy-zenhei fonts-symbola).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/screenshots"
if [[ -z "${TERRAPIN_BIN:-}" ]]; then
    (cd "$ROOT" && swift build --product terrapin) >&2
    TERRAPIN_BIN="$ROOT/.build/debug/terrapin"
fi
python3 -c 'import PIL, fontTools' 2>/dev/null \
    || { echo "screenshots: needs Pillow and fontTools: pip install pillow fonttools" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/terrapin-shots.XXXXXX")"
SOCKET="terrapin-shots-$$"
DB="$WORK/terrapin-demo.sqlite"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

tmux_() { tmux -L "$SOCKET" "$@"; }
keys() { tmux_ send-keys -t shots "$@"; }
text() { tmux_ send-keys -t shots -l "$1"; }
# Escape alone: a key sent right after it would arrive as Alt+key.
escape() { tmux_ send-keys -t shots Escape; sleep 0.3; }

wait_for() {
    local pattern="$1" tries=0
    until tmux_ capture-pane -p -t shots | grep -Eq -- "$pattern"; do
        tries=$((tries + 1))
        if ((tries >= 150)); then
            echo "screenshots: timed out waiting for /$pattern/; the pane shows:" >&2
            tmux_ capture-pane -p -t shots >&2
            exit 1
        fi
        sleep 0.1
    done
    sleep 0.4 # let the last frame and the spinner settle
}

start() { # start WIDTH HEIGHT COMMAND
    tmux_ kill-session -t shots 2>/dev/null || true
    tmux_ new-session -d -s shots -x "$1" -y "$2" \
        "env -u TMUX TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $3; sleep 30"
    tmux_ set-option -t shots status off >/dev/null
}

shot() { # shot NAME: saves NAME.txt and NAME.png
    tmux_ capture-pane -p -t shots >"$OUT/$1.txt"
    tmux_ capture-pane -e -p -t shots >"$WORK/$1.ansi"
    local width
    width="$(tmux_ display-message -p -t shots '#{pane_width}')"
    python3 "$ROOT/scripts/ansi2png.py" "$WORK/$1.ansi" "$OUT/$1.png" --columns "$width"
    echo "screenshots/$1.png"
}

"$TERRAPIN_BIN" demo --rows 20000 --path "$DB" --build-only
LONG_NOTES_ID="$(sqlite3 "$DB" \
    "SELECT id FROM track WHERE length(notes) > 400 AND composer IS NOT NULL ORDER BY id LIMIT 1")"

start 120 40 "'$TERRAPIN_BIN' demo --path '$DB'"
wait_for 'track +20,000'
shot 01-table-list

keys Down Down Down Enter
wait_for 'Model Track'
shot 02-model-fields
escape

keys G Enter
wait_for 'rows 1.34 of 20,000'
shot 03-grid

keys F
wait_for 'Filter builder'
# Column part: name; operator part: from exact, one to the left is icontains; value part.
keys Right Tab Left Tab
text "heart"
wait_for 'name__icontains="heart"'
keys C-n
sleep 0.3
# The new condition starts on name: milliseconds is five columns on; its operators are
# exact, not, gt, gte, …
keys Right Right Right Right Right
sleep 0.3
keys Tab Right Right Right Tab
sleep 0.3
text "300000"
wait_for 'milliseconds__gte=300000'
wait_for '[0-9,]+ rows? match'
shot 04-filter-builder
escape

keys /
text "id=$LONG_NOTES_ID"
keys Enter
wait_for "rows 1.1 of 1( |$)"
keys Enter
wait_for 'Record · track'
shot 05-record-view
escape

keys '?'
wait_for 'Keys \(Esc closes\)'
shot 06-help
escape

# Exporting onto a file that exists asks first (the question is drawn before y counts).
printf 'id,name\n' >"$WORK/tracks.csv"
keys x C-u
text "$WORK/tracks.csv"
keys Enter
wait_for 'Replace file\?'
shot 08-export-replace
keys n
keys q

start 80 24 "'$TERRAPIN_BIN' '$DB' --table track"
wait_for 'rows 1.18 of 20,000'
shot 07-grid-80x24
keys q
