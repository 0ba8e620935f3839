#!/usr/bin/env bash
# What the terminal and the environment can change: NO_COLOR and a terminal without
# colours show the same text with no colour codes; LANG=C shows ASCII only; --lang takes
# lt or en and anything else is a usage error (64); special keys and non-ASCII letters
# arrive as keys (IDEA_TUI_INPUT_LOG records what each input became).
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
LOG="$E2E_TMP/input.log"

# Colour codes in `capture-pane -e` output: foreground/background 30–37, 40–47, 90–97,
# 100–107, or 38/48 (256 colours / RGB). The defaults 39 and 49 do not count.
has_colour() { grep -qE $'\x1b\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38|48)(;[0-9;]*)?m' "$1"; }

# Runs the app with ENV in a 100×30 pane, waits for the dashboard, saves the text and the
# text with attributes as NAME.txt and NAME.ansi, then quits with q.
run_capture() {  # name env args...
    local name="$1" env="$2"; shift 2
    rm -f "$E2E_TMP"/rc "$E2E_TMP"/stty.*
    PANE_ENV="$env" pane_script "$E2E_TMP/pane.sh" --db "$DB" "$@"
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    check "$name: first screen shows" wait_for "$SCHEDULED/$TARGET"
    capture_when "$IDEAS" "$E2E_TMP/$name.txt"
    tmux -L "$E2E_SOCKET" capture-pane -p -e >"$E2E_TMP/$name.ansi"
    keys q
    check "$name: q ends the app with status 0" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
    check "$name: stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
    e2e_stop_tmux
}

run_capture colour "TERM=tmux-256color"
run_capture nocolor "TERM=tmux-256color NO_COLOR=1"
run_capture vt100 "TERM=vt100"
run_capture langc "TERM=tmux-256color LANG=C"

check "with colours: colour codes are sent" has_colour "$E2E_TMP/colour.ansi"
check "NO_COLOR=1: the same text" cmp -s "$E2E_TMP/colour.txt" "$E2E_TMP/nocolor.txt"
check "NO_COLOR=1: no colour codes" eval '! has_colour "$E2E_TMP/nocolor.ansi"'
check "NO_COLOR=1: attributes still carry the meaning (bold, reverse, dim)" \
    grep -qE $'\x1b\\[([0-9;]*;)?(1|7|2)(;[0-9;]*)?m' "$E2E_TMP/nocolor.ansi"
check "TERM=vt100 (no colours): the same text" cmp -s "$E2E_TMP/colour.txt" "$E2E_TMP/vt100.txt"
check "TERM=vt100: no colour codes" eval '! has_colour "$E2E_TMP/vt100.ansi"'
check "LANG=C: the figures show" grep -qF "$IDEAS in all" "$E2E_TMP/langc.txt"
check "LANG=C: only ASCII on the screen" eval '! LC_ALL=C grep -q "[^ -~]" "$E2E_TMP/langc.txt"'

# A UTF-8 locale this machine does not have (as a client's LANG arrives over ssh): the
# app still draws Lithuanian letters and box lines, in C.UTF-8, not ASCII.
if ! locale -a 2>/dev/null | grep -qi '^lt_LT'; then
    run_capture lt-missing "TERM=tmux-256color LANG=lt_LT.UTF-8 LC_ALL="
    check "LANG=lt_LT.UTF-8 not installed: Lithuanian letters, not ASCII" grep -qF "Idėjos pagal etapą" "$E2E_TMP/lt-missing.txt"
    check "… and box lines" grep -qF "─" "$E2E_TMP/lt-missing.txt"
fi

# --lang: lt and en start; anything else is a usage error before the terminal is touched.
run_capture lang-lt "TERM=tmux-256color" --lang lt
run_capture lang-en "TERM=tmux-256color LANG=lt_LT.UTF-8" --lang en
"$BIN" --db "$DB" --lang xx >"$E2E_TMP/out" 2>"$E2E_TMP/err" </dev/null
rc=$?
check "--lang xx: exit status 64" [ "$rc" = 64 ]
check "--lang xx: says what --lang takes" grep -qF -- "--lang must be lt (Lithuanian) or en (English), not \"xx\"" "$E2E_TMP/err"
check "--lang xx: nothing on stdout" [ ! -s "$E2E_TMP/out" ]
check "--lang xx: no escape bytes" no_escape_bytes "$E2E_TMP/err"
sed 's/^/    stderr: /' "$E2E_TMP/err"

# Keys: what each special key and letter became. Sent with the help open, where they
# change nothing, so the check does not depend on what the screens bind them to.
PANE_ENV="TERM=tmux-256color" pane_script "$E2E_TMP/pane.sh" --db "$DB"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "keys: first screen shows" wait_for "Ideas by stage"
keys '?'
check "keys: ? opens the help" wait_for "close this"
for k in Home End PPage NPage BTab DC IC Up Down Left Right C-r; do keys "$k"; done
for n in 2 3 4 5 6 7 8 9 10 11 12; do keys "F$n"; done
keys -l 'žšąĖ語'
keys F1
expected="char(\"?\") home end pageUp pageDown backTab delete insert up down left right ctrl(\"r\")"
expected+=" function(2) function(3) function(4) function(5) function(6) function(7) function(8) function(9) function(10) function(11) function(12)"
expected+=" char(\"ž\") char(\"š\") char(\"ą\") char(\"Ė\") char(\"語\") function(1)"
got="$(grep '^key ' "$LOG" | sed 's/^key //' | paste -sd ' ')"
check "keys: each arrived as the key it is" [ "$got" = "$expected" ]
[ "$got" = "$expected" ] || { echo "    expected: $expected"; echo "    got:      $got"; }
screen_text | grep -qF "close this" && keys Escape
check "keys: the help is closed (F1 or Esc)" wait_gone "close this"
check "keys: the app still shows the figures" wait_for "$SCHEDULED/$TARGET"
keys q
check "keys: q ends the app with status 0" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
e2e_stop_tmux

e2e_finish
