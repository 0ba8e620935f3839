# Shared by the end-to-end scripts: build, pick the database, drive tmux.
# Each script sources this, calls e2e_start, and ends with e2e_finish.

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$E2E_ROOT" || exit 1
export LANG=C.UTF-8
unset LC_ALL LC_CTYPE

E2E_FAILS=0
E2E_NAME="$(basename "$0" .sh)"
E2E_TMP="$(mktemp -d "${TMPDIR:-/tmp}/idea-e2e.XXXXXX")"
# Local copies of databases (docs/POSTGRES.md) go with the script's files, not the user's.
export XDG_CACHE_HOME="$E2E_TMP/cache"
E2E_SOCKET=""

e2e_cleanup() {
    e2e_stop_tmux
    rm -rf "$E2E_TMP"
}
# Stops this script's tmux server and removes its socket file.
e2e_stop_tmux() {
    [ -n "$E2E_SOCKET" ] || return 0
    tmux -L "$E2E_SOCKET" kill-server >/dev/null 2>&1 || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$E2E_SOCKET"
    E2E_SOCKET=""
}
trap e2e_cleanup EXIT

pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; E2E_FAILS=$((E2E_FAILS + 1)); }

# Checks come in chains: within one, a later check needs the earlier ones (a walk through
# the pipeline), so after a failure the rest of the chain says "skip" instead of failing
# in turn, and the script's own `e2e_recover` (when it defines one) brings the app back to
# a known state for the next chain. Outside a chain every check stands on its own.
E2E_CHAIN=""
E2E_BROKEN=""
E2E_SKIPS=0
chain() { E2E_CHAIN="$1"; E2E_BROKEN=""; }
end_chain() { E2E_CHAIN=""; E2E_BROKEN=""; }
check() {  # check "what" command...
    local what="$1"; shift
    if [ -n "$E2E_BROKEN" ]; then
        echo "  skip $what (needs: $E2E_BROKEN)"
        E2E_SKIPS=$((E2E_SKIPS + 1))
        return 1
    fi
    if "$@"; then pass "$what"; return 0; fi
    fail "$what"
    if declare -F e2e_recover >/dev/null; then e2e_recover; fi
    # The chain's remaining keys and clicks are not sent either (see `keys`).
    [ -n "$E2E_CHAIN" ] && E2E_BROKEN="$what"
    return 1
}

# Back to the dashboard from wherever a failed step left the app: Esc closes what is
# open (a form with typed text asks first, and is let go), then 1. A script may define
# its own e2e_recover; this is the default while an app runs in tmux.
to_dashboard() {
    local _
    for _ in 1 2 3 4 5; do
        if screen_text | grep -qF "Throw away your changes?"; then keys y; else keys Escape; fi
    done
    keys 1
}
declare -F e2e_recover >/dev/null || e2e_recover() {
    [ -n "$E2E_SOCKET" ] && [ ! -f "$E2E_TMP/rc" ] && to_dashboard
    return 0
}

# Waits until the screen shows one of TEXTS and prints which (fixed strings).
wait_any() {  # text...
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 )) screen text
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen="$(screen_text)"
        for text in "$@"; do
            if grep -qF -- "$text" <<<"$screen"; then echo "$text"; return 0; fi
        done
        sleep 0.05
    done
    return 1
}

# The screen once it shows TEXT on its last line (the status line is drawn last), saved
# in FILE.
capture_when() {  # text file
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen_text >"$2"
        tail -n 1 "$2" | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "    (the last line never showed \"$1\")"
    return 1
}

# The position (from 0) of the item holding LABEL in the open actions menu, once the
# whole menu is on the screen; fails when there is no such item.
menu_item() {  # label
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 )) n
    while [ "$(now_ms)" -lt "$deadline" ]; do
        n=$(screen_text | python3 -c '
import sys
rows = sys.stdin.read().split("\n")
top = next((i for i, r in enumerate(rows) if "─ Actions ─" in r), None)
if top is None: sys.exit(1)
left = rows[top].index("┌")
items = []
for r in rows[top + 1:]:
    if "└" in r: break
    items.append(r[left + 1:].strip(" │"))
else:
    sys.exit(1)  # not drawn to its end yet
found = [i for i, t in enumerate(items) if sys.argv[1] in t]
if not found: sys.exit(3)
print(found[0])' "$1" 2>/dev/null)
        case $? in
            0) echo "$n"; return 0 ;;
            3) break ;;
        esac
        sleep 0.05
    done
    echo "    (no action \"$1\" in the menu)" >&2
    return 1
}

# COUNT[N]: how many records the list screen N (2, 4–8) holds, read from the database.
list_counts() {
    declare -gA COUNT
    local n count
    while read -r n count; do COUNT[$n]=$count; done < <(python3 - "$DB" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(2, len(d["ideas"]))
print(4, len(d["people"]))
print(5, len(d["teams"]))
print(6, sum(1 for p in d["people"] if p.get("mentor") is not None))
print(7, len(d["venues"]))
print(8, len(d["forums"]) + len(d.get("workshopSessions", [])))
PY
)
}
# A list's position counter at the right of row 1 ("1/571"), and waiting for one.
counter() { screen_text | sed -n 2p | grep -oE '[0-9]+/[0-9]+ *$' | tr -d ' '; }
shows_counter() {  # expected
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        [ "$(counter)" = "$1" ] && return 0
        sleep 0.05
    done
    echo "    (row 1 was: $(screen_text | sed -n 2p))"
    return 1
}

# The binary, built if needed (quiet when up to date). IDEA_TUI_E2E_BIN runs a script
# against another build instead (for example an older one, to see a test fail there).
e2e_build() {
    if [ -n "${IDEA_TUI_E2E_BIN:-}" ]; then BIN="$IDEA_TUI_E2E_BIN"; return; fi
    swift build >"$E2E_TMP/build.log" 2>&1 || { cat "$E2E_TMP/build.log"; echo "build failed" >&2; exit 1; }
    BIN="$E2E_ROOT/.build/debug/idea-tui"
}

# The database: $IDEAS_E2E_DB, else $IDEAS_DB, else ./ideas.db.json, else the test fixture.
e2e_database() {
    DB="${IDEAS_E2E_DB:-${IDEAS_DB:-ideas.db.json}}"
    [ -f "$DB" ] || DB="Tests/Fixtures/dashboard.db.json"
    DB="$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")"
    # The figures the dashboard must show, read from the file itself.
    local figures
    if command -v python3 >/dev/null 2>&1; then
        figures="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); f=d["festival"]; print(len(d["ideas"]), len(f["slots"]), f["target"])' "$DB")"
    elif command -v jq >/dev/null 2>&1; then
        figures="$(jq -r '"\(.ideas|length) \(.festival.slots|length) \(.festival.target)"' "$DB")"
    else
        echo "need python3 or jq to read the expected figures" >&2; exit 1
    fi
    read -r IDEAS SCHEDULED TARGET <<<"$figures"
    # Browsing scripts act as the file's first facilitator, so the app does not stop to
    # ask who is using it (a script that tests that question unsets this).
    if [ -z "${IDEA_TUI_USER:-}" ]; then
        IDEA_TUI_USER="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(p["id"] for p in d["people"] if "facilitator" in p.get("roles", [])))' "$DB")"
        export IDEA_TUI_USER
    fi
}

# Starts a fresh tmux server (new socket name every time) with one pane of COLSxROWS
# running the script file given.
e2e_tmux() {  # cols rows script
    E2E_SOCKET="idea-e2e-$$-$RANDOM-$(date +%s%N)"
    tmux -L "$E2E_SOCKET" -f /dev/null new-session -d -x "$1" -y "$2" "bash $3"
}

# The pane's text. $E2E_TARGET, when set, names another pane (a second app's window).
screen_text() { tmux -L "$E2E_SOCKET" capture-pane -p ${E2E_TARGET:+-t "$E2E_TARGET"} 2>/dev/null; }

# Waits until the pane shows TEXT (fixed string), up to SECONDS (default 10).
wait_for() {  # text [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen_text | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "    (waited for \"$1\"; the screen was:)"; screen_text | sed 's/^/    | /'
    return 1
}

# Waits until the pane no longer shows TEXT.
wait_gone() {  # text [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen_text | grep -qF -- "$1" || return 0
        sleep 0.05
    done
    return 1
}

# Waits until FILE exists and is not empty.
wait_file() {  # file [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        [ -s "$1" ] && return 0
        sleep 0.05
    done
    return 1
}

# What the app read, one line per input, and "ready" whenever it has dealt with all it
# read and drawn the result (IDEA_TUI_INPUT_LOG; pane_script sets it). Keys are sent only
# when the app is ready, and each call waits until the app has read and drawn them: so
# an Esc is never read together with the next key as Alt, and a busy machine only makes
# the script slower, never wrong. While long work runs off the loop (auto-scheduling,
# saving) the app writes "busy" instead of "ready" after each frame, and "done" when the
# work ends: `keys` waits for "ready", so a save is over before the next step; to press
# keys while work runs, set E2E_SETTLED='ready|busy' for that call (see `keys_busy`).
INPUT_LOG="$E2E_TMP/input.log"
# How long to wait for anything before calling it broken (seconds): generous, because it
# only matters when something is really wrong.
E2E_PATIENCE="${E2E_PATIENCE:-30}"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# What the last line of the log must be for the app to count as settled ("ready").
E2E_SETTLED="${E2E_SETTLED:-ready}"
settled() { [ -f "$INPUT_LOG" ] && [[ "$(tail -n 1 "$INPUT_LOG")" =~ ^($E2E_SETTLED)$ ]]; }
# Inputs, not counting "ready" nor "reload" (another program's save read in and drawn:
# not something the script sent), nor "busy" and "done" (long work's frames and end).
inputs_read() {
    if [ -f "$INPUT_LOG" ]; then grep -cvE '^(ready|reload|busy|done)$' "$INPUT_LOG"; else echo 0; fi
}
# How many times the app has read in and drawn another program's save.
reloads_seen() {
    if [ -f "$INPUT_LOG" ]; then grep -cx reload "$INPUT_LOG"; else echo 0; fi
}
# Waits until the app has read in and drawn at least COUNT saves of other programs.
wait_reloads() {  # count [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if [ "$(reloads_seen)" -ge "$1" ] && [ "$(tail -n 1 "$INPUT_LOG")" = ready ]; then return 0; fi
        sleep 0.02
    done
    echo "    (the app had not read in change $1 after ${2:-$E2E_PATIENCE} s; its input log ends:)"
    tail -n 4 "$INPUT_LOG" 2>/dev/null | sed 's/^/    | /'
    return 1
}
# Waits until the app has read at least COUNT inputs since it started and drawn after the
# last one, or has ended.
wait_ready() {  # count [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if [ -f "$INPUT_LOG" ] && [ "$(inputs_read)" -ge "$1" ] && settled; then
            return 0
        fi
        [ -f "${E2E_RC:-$E2E_TMP/rc}" ] && return 0
        sleep 0.02
    done
    echo "    (the app had not read and drawn input $1 after ${2:-$E2E_PATIENCE} s; its input log ends:)"
    tail -n 4 "$INPUT_LOG" 2>/dev/null | sed 's/^/    | /'
    return 1
}
# tmux send-keys, waiting as above. Each key name is one input, each character of a -l
# text one; a -H byte string counts as $E2E_INPUTS inputs (default 1: a mouse report or
# an escape sequence).
keys() {
    [ -z "$E2E_BROKEN" ] || return 1
    if [ ! -f "$INPUT_LOG" ]; then tmux -L "$E2E_SOCKET" send-keys ${E2E_TARGET:+-t "$E2E_TARGET"} "$@"; return; fi
    local count=0 literal=0 hexa=0 arg
    for arg in "$@"; do
        case "$arg" in
            -l) literal=1 ;;
            -H) hexa=1 ;;
            -*) ;;
            *) if [ "$literal" = 1 ]; then count=$((count + $(printf '%s' "$arg" | wc -m))); else count=$((count + 1)); fi ;;
        esac
    done
    [ "$hexa" = 1 ] && count="${E2E_INPUTS:-1}"
    local before
    before="$(inputs_read)"
    wait_ready "$before" >/dev/null
    tmux -L "$E2E_SOCKET" send-keys ${E2E_TARGET:+-t "$E2E_TARGET"} "$@"
    wait_ready $((before + count))
}
# `keys` while long work runs: each key counts as answered once its frame is drawn,
# with the work still running ("busy") or not ("ready").
keys_busy() { E2E_SETTLED='ready|busy' keys "$@"; }
# Raw bytes into the pane, in hex (as a terminal would send them).
raw() { keys -H "$@"; }
# The column where TEXT starts on screen row ROW (default: the last row that shows it),
# counted in terminal cells; empty when it is not there.
text_column() {  # text [row]
    screen_text | python3 -c '
import sys, unicodedata
text, row = sys.argv[1], sys.argv[2]
rows = sys.stdin.read().split("\n")
def width(s): return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
picks = [i for i, r in enumerate(rows) if text in r] if row == "" else [int(row)]
if picks and text in rows[picks[-1]]:
    r = rows[picks[-1]]
    print(picks[-1], width(r[:r.index(text)]))' "$1" "${2:-}"
}
# Clicks (X10 mouse report) on the first cell of TEXT once the screen shows it.
click_text() {  # text [row]
    [ -z "$E2E_BROKEN" ] || return 1
    local at="" deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ -z "$at" ] && [ "$(now_ms)" -lt "$deadline" ]; do
        at="$(text_column "$@")"
        [ -n "$at" ] || sleep 0.05
    done
    [ -n "$at" ] || { echo "    (no \"$1\" on the screen to click)"; return 1; }
    local row col
    read -r row col <<<"$at"
    raw 1b 5b 4d 20 "$(printf '%x' $((col + 33)))" "$(printf '%x' $((row + 33)))"
}
# A tmux format for the pane, e.g. pane_format '#{mouse_standard_flag}'.
pane_format() { tmux -L "$E2E_SOCKET" display -p "$1"; }
# Resizes the window and, when the app runs, waits until it has read the new size.
resize() {  # cols rows
    [ -z "$E2E_BROKEN" ] || return 1
    local before
    before="$(inputs_read)"
    tmux -L "$E2E_SOCKET" resize-window -x "$1" -y "$2"
    [ -f "$INPUT_LOG" ] || return 0
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if tail -n +$((before + 1)) "$INPUT_LOG" | grep -qx "resize $1x$2" && [ "$(tail -n 1 "$INPUT_LOG")" = ready ]; then return 0; fi
        [ -f "$E2E_TMP/rc" ] && return 0
        sleep 0.02
    done
    echo "    (the app did not see the resize to $1x$2)"
    return 1
}

# Writes a pane script that records `stty -g`, runs idea-tui with ARGS, then records
# its exit status and `stty -g` again, and stays open. The app writes $INPUT_LOG (see
# `keys`); $PANE_ENV, when set, is put before the command as is (e.g.
# PANE_ENV="NO_COLOR=1 TERM=vt100"). What an earlier run left (status, stty, input log)
# is removed first.
pane_script() {  # file args...
    local file="$1"; shift
    rm -f "$E2E_TMP/rc" "$E2E_TMP/stty.before" "$E2E_TMP/stty.after" "$INPUT_LOG"
    {
        echo "cd $(printf '%q' "$E2E_ROOT")"
        echo "stty -g > $E2E_TMP/stty.before"
        printf 'IDEA_TUI_INPUT_LOG=%q ' "$INPUT_LOG"
        [ -n "${PANE_ENV:-}" ] && printf '%s ' "$PANE_ENV"
        printf '%q ' "$BIN" "$@"; echo
        echo "echo \$? > $E2E_TMP/rc"
        echo "stty -g > $E2E_TMP/stty.after"
        echo "sleep 60"
    } >"$file"
}

no_escape_bytes() { ! LC_ALL=C grep -q $'\x1b' "$1"; }
one_line() { [ "$(wc -l <"$1")" -eq 1 ]; }

e2e_finish() {
    [ "$E2E_SKIPS" -gt 0 ] && echo "$E2E_NAME: $E2E_SKIPS check(s) skipped after a failed step"
    if [ "$E2E_FAILS" -eq 0 ]; then
        echo "$E2E_NAME: passed"
        exit 0
    fi
    echo "$E2E_NAME: $E2E_FAILS check(s) failed"
    exit 1
}

# Two people, two real apps: writes FILE, a script that runs the app on $WORK (a file or
# a database address) as ACTOR with its own input log, then writes its exit status to RC;
# ENV (optional) goes before the command. `on2 …` acts on the second app's window.
app_script() {  # file log rc actor [env]
    {
        echo "cd $(printf '%q' "$E2E_ROOT")"
        printf 'IDEA_TUI_INPUT_LOG=%q %s %q --db %q --as %q --lang en\n' "$2" "${5:-}" "$BIN" "$WORK" "$4"
        echo "echo \$? > $3; sleep 60"
    } >"$1"
}
on2() { INPUT_LOG="$SECOND_LOG" E2E_TARGET=":1" E2E_RC="$E2E_TMP/rc2" "$@"; }

# Two windows, each its own app on $WORK, input log and exit status: the first as ACTOR1
# (helpers act on it), the second as ACTOR2 (through `on2`).
two_apps() {  # cols rows actor1 actor2
    SECOND_LOG="$E2E_TMP/input2.log"
    rm -f "$E2E_TMP/rc" "$E2E_TMP/rc2" "$INPUT_LOG" "$SECOND_LOG"
    app_script "$E2E_TMP/one.sh" "$INPUT_LOG" "$E2E_TMP/rc" "$3"
    app_script "$E2E_TMP/two.sh" "$SECOND_LOG" "$E2E_TMP/rc2" "$4"
    e2e_tmux "$1" "$2" "$E2E_TMP/one.sh"
    tmux -L "$E2E_SOCKET" new-window -d -t :1 "bash $E2E_TMP/two.sh"
}
