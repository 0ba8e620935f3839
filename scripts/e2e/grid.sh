#!/usr/bin/env bash
# The festival grid in the real binary: screen 9 shows N/100, the venues in use and the
# sectors; a facilitator places a ready idea by hand (moving on while the grid names the
# rules a place breaks), then schedules the rest automatically; the file must agree.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/grid.db.json"
cp "$DB" "$WORK"
BEFORE=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["festival"]["slots"]))' "$WORK")
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
k() { keys "$@"; sleep 0.15; }
check "the app starts" wait_for "Ideas by stage"
k 9
check "screen 9 is the festival grid" wait_for "$BEFORE/100 scheduled"
check "it shows the venues in use and the sectors" wait_for "venues in use"
check "and the ready ideas waiting" wait_for "Ready, not scheduled"
placed=""
for row in 0 1 2 3 4 5 6 7; do
    for step in 0 1 2 3 4 5 6 7; do
        k p; k Enter
        sleep 0.3
        if screen_text | grep -q "saved: scheduled"; then placed=yes; break 2; fi
        if screen_text | grep -q "cannot go there"; then seen_rules=yes; fi
        k Escape
        sleep 0.2
        for _ in 1 2 3 4; do k Right; done
    done
    k Down; k Home
done
check "a broken rule is named before anything changes" [ "${seen_rules:-}" = yes ]
check "an idea is placed by hand" [ "$placed" = yes ]
check "the count goes up" wait_for "$((BEFORE + 1))/100 scheduled"
k A
check "auto-scheduling asks first" wait_for "ready ideas by every rule"
k y
check "the rest are scheduled automatically" wait_for "interventions automatically"
k q; k q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]
check "the file has every new slot and is valid" bash -c '
    n=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))[\"festival\"][\"slots\"]))" "$1")
    [ "$n" -ge $(( $2 + 2 )) ] && "$3" validate --db "$1" >/dev/null' _ "$WORK" "$BEFORE" "$BIN"
e2e_finish
