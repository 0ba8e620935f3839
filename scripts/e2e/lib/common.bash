# Shared by the end-to-end scripts: build, pick the database, drive tmux.
# Each script sources this, calls e2e_start, and ends with e2e_finish.

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$E2E_ROOT" || exit 1
export LANG=C.UTF-8
unset LC_ALL LC_CTYPE

E2E_FAILS=0
E2E_NAME="$(basename "$0" .sh)"
E2E_TMP="$(mktemp -d "${TMPDIR:-/tmp}/idea-e2e.XXXXXX")"
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
check() {  # check "what" command...
    local what="$1"; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# The binary, built if needed (quiet when up to date).
e2e_build() {
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

screen_text() { tmux -L "$E2E_SOCKET" capture-pane -p 2>/dev/null; }

# Waits until the pane shows TEXT (fixed string), up to SECONDS (default 10).
wait_for() {  # text [seconds]
    local deadline=$(( $(date +%s%N) / 1000000 + ${2:-10} * 1000 ))
    while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
        screen_text | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "    (waited for \"$1\"; the screen was:)"; screen_text | sed 's/^/    | /'
    return 1
}

# Waits until the pane no longer shows TEXT.
wait_gone() {  # text [seconds]
    local deadline=$(( $(date +%s%N) / 1000000 + ${2:-10} * 1000 ))
    while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
        screen_text | grep -qF -- "$1" || return 0
        sleep 0.05
    done
    return 1
}

# Waits until FILE exists and is not empty.
wait_file() {  # file [seconds]
    local deadline=$(( $(date +%s%N) / 1000000 + ${2:-10} * 1000 ))
    while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
        [ -s "$1" ] && return 0
        sleep 0.05
    done
    return 1
}

keys() { tmux -L "$E2E_SOCKET" send-keys "$@"; }
# Raw bytes into the pane, in hex (as a terminal would send them).
raw() { tmux -L "$E2E_SOCKET" send-keys -H "$@"; }
# A tmux format for the pane, e.g. pane_format '#{mouse_standard_flag}'.
pane_format() { tmux -L "$E2E_SOCKET" display -p "$1"; }
resize() { tmux -L "$E2E_SOCKET" resize-window -x "$1" -y "$2"; }

# Writes a pane script that records `stty -g`, runs idea-tui with ARGS, then records
# its exit status and `stty -g` again, and stays open. $PANE_ENV, when set, is put before
# the command as is (e.g. PANE_ENV="NO_COLOR=1 TERM=vt100").
pane_script() {  # file args...
    local file="$1"; shift
    {
        echo "cd $(printf '%q' "$E2E_ROOT")"
        echo "stty -g > $E2E_TMP/stty.before"
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
    if [ "$E2E_FAILS" -eq 0 ]; then
        echo "$E2E_NAME: passed"
        exit 0
    fi
    echo "$E2E_NAME: $E2E_FAILS check(s) failed"
    exit 1
}
