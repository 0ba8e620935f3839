#!/usr/bin/env bash
# A resize never changes what a list holds (issue 13: a resize emptied every list screen
# not yet opened). Resize by one row at the start, then visit every screen (1–9): each
# list shows as many rows as the file has records of its kind (counted here from the
# file with python), on its first row; then shrink and grow again and visit them all
# once more.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

list_counts
# Visits screens 1–9 and checks each: lists by their count, the others by a figure.
visit_all() {  # label
    local n
    for n in 1 2 3 4 5 6 7 8 9; do
        keys "$n"
        if [ -n "${COUNT[$n]:-}" ]; then
            check "$1: screen $n lists all ${COUNT[$n]} records" shows_counter "1/${COUNT[$n]}"
            check "$1: screen $n is not empty" wait_gone "Nothing here yet"
        fi
    done
    keys 1
    check "$1: the dashboard counts $IDEAS ideas" wait_for "$IDEAS in all"
    keys 3
    check "$1: the board shows $IDEAS ideas" wait_for "$IDEAS ideas"
    keys 9
    check "$1: the festival shows $SCHEDULED/$TARGET" wait_for "$SCHEDULED/$TARGET scheduled"
}

pane_script "$E2E_TMP/pane.sh" --db "$DB"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "first screen shows" wait_for "Ideas by stage"
resize 100 31
visit_all "after a resize by one row"
resize 61 19
resize 200 50
visit_all "after a shrink and a grow"
keys 1
keys q
check "q ends the app with status 0" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"

e2e_finish
