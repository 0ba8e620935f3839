#!/usr/bin/env bash
# No key, click or resize may crash a screen (issue 13: the festival grid crashed when
# the terminal shrank after End). On every screen (1–9) at 200×50: End, G and PgDn to
# its far end, shrink to 60×18 (and below, and back), then keys and clicks all over; the
# app keeps running and a list keeps its selection on its last row.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

list_counts
# Alive, and it has drawn after the last input it read. Polled: a resize may reach the
# app as two events (CI once read the log between them), and a busy machine is slow.
running() {
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        [ -f "$E2E_TMP/rc" ] && return 1
        [ "$(tail -n 1 "$INPUT_LOG")" = ready ] && return 0
        sleep 0.02
    done
    echo "    (last input log lines: $(tail -n 3 "$INPUT_LOG" | tr '\n' ' '))"
    return 1
}
# A click (X10 report: press and release) on a cell, 0-based.
click_at() { raw 1b 5b 4d 20 "$(printf '%x' $(($2 + 33)))" "$(printf '%x' $(($1 + 33)))" 1b 5b 4d 23 "$(printf '%x' $(($2 + 33)))" "$(printf '%x' $(($1 + 33)))"; }

PANE_ENV="TERM=tmux-256color" pane_script "$E2E_TMP/pane.sh" --db "$DB"
e2e_tmux 200 50 "$E2E_TMP/pane.sh"
check "first screen shows" wait_for "Ideas by stage"

# The sequence issue 13 reported: the cursor at the day's end stayed where the narrower
# screen no longer reached, and drawing it trapped.
chain "the grid after End"
keys 9
keys End
check "the grid shows at 200×50" wait_for "$SCHEDULED/$TARGET scheduled"
resize 120 40
check "shrunk to 120×40 after End: the app runs" running
keys Home
check "Home after the shrink: the app runs" running
keys End
resize 60 18
check "shrunk to 60×18 after End: the app runs" running
keys Left
check "← after the shrink: the app runs" running
check "the grid still shows" wait_for "$SCHEDULED/$TARGET scheduled"
end_chain
to_dashboard
resize 200 50

for n in 1 2 3 4 5 6 7 8 9; do
    chain "screen $n"
    keys "$n"
    keys End
    keys G
    keys PgDn
    if [ -n "${COUNT[$n]:-}" ]; then
        check "screen $n at 200×50: End, G, PgDn select the last row" shows_counter "${COUNT[$n]}/${COUNT[$n]}"
    fi
    resize 60 18
    check "screen $n shrunk to 60×18: the app runs" running
    if [ -n "${COUNT[$n]:-}" ]; then
        check "screen $n at 60×18: the selection is still the last row" shows_counter "${COUNT[$n]}/${COUNT[$n]}"
    fi
    [ "$n" = 9 ] && check "screen 9 at 60×18: the grid shows" wait_for "$SCHEDULED/$TARGET scheduled"
    resize 40 12
    check "screen $n at 40×12: says the terminal is too small" wait_for "terminal too small"
    keys Home
    keys End
    resize 60 18
    check "screen $n back at 60×18: drawn again" wait_gone "terminal too small"
    for key in Home Left Right Up Down PgUp PgDn End Left Home; do keys "$key"; done
    check "screen $n: keys after the shrink, the app runs" running
    for at in "3 20" "5 40" "10 59" "16 2" "8 30"; do click_at $at; done
    check "screen $n: clicks after the shrink, the app runs" running
    end_chain
    to_dashboard
    resize 200 50
done
resize 100 30
keys q
check "q ends the app with status 0" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"

e2e_finish
