#!/usr/bin/env bash
# The festival grid in the real binary: screen 9 shows N/100, the venues in use and the
# sectors; a facilitator places a ready idea by hand (moving on while the grid names the
# rules a place breaks), changes its length by a step, then schedules the rest automatically;
# at 80×24 the counts and all five sectors are still on screen; the file must agree.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/grid.db.json"
cp "$DB" "$WORK"
BEFORE=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["festival"]["slots"]))' "$WORK")
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
k() { keys "$@"; }
check "the app starts" wait_for "Ideas by stage"
k 9
check "screen 9 is the festival grid" wait_for "$BEFORE/100 scheduled"
check "it shows the venues in use and the sectors" wait_for "venues in use"
check "and the ready ideas waiting" wait_for "Ready, not scheduled"
placed=""
for row in 0 1 2 3 4 5 6 7; do
    for step in 0 1 2 3 4 5 6 7; do
        k p; k Enter
        case "$(wait_any "saved: scheduled" "cannot go there")" in
            "saved: scheduled") placed=yes; break 2 ;;
            "cannot go there") seen_rules=yes ;;
        esac
        k Escape
        wait_gone "cannot go there" >/dev/null
        for _ in 1 2 3 4; do k Right; done
    done
    k Down; k Home
done
check "a broken rule is named before anything changes" [ "${seen_rules:-}" = yes ]
check "an idea is placed by hand" [ "$placed" = yes ]
check "the count goes up" wait_for "$((BEFORE + 1))/100 scheduled"
# One step longer; where that would break a rule (named in a window), one step shorter.
k '>'
if [ "$(wait_any "saved: made" "cannot last")" = "cannot last" ]; then
    k Escape; wait_gone "cannot last" >/dev/null; k '<'
fi
check "> or < changes its length" wait_for "saved: made"
resize 80 24
check "at 80×24 the counts stay" wait_for "venues in use"
check "and all five sectors" bash -c 'for s in youth cultural educational business social; do
    tmux -L "$1" capture-pane -p | grep -q "$s [0-9]*%/[0-9]*%" || exit 1; done' _ "$E2E_SOCKET"
resize 120 30
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
check "the one changed: its plan and its slot agree, logged" python3 - "$WORK" <<'PY'
import json, sys
db = json.load(open(sys.argv[1]))
entry = [e for e in db["log"] if e["summary"].startswith("made ")][-1]
idea = next(i for i in db["ideas"] if i["id"] == entry["ideaId"])
slot = next(s for s in db["festival"]["slots"] if s["ideaId"] == idea["id"])
h, m = (int(x) for x in slot["start"].split(":")); eh, em = (int(x) for x in slot["end"].split(":"))
assert (eh * 60 + em) - (h * 60 + m) == idea["plan"]["durationMinutes"], (slot, idea["plan"])
assert "last %d minutes" % idea["plan"]["durationMinutes"] in entry["summary"], entry
PY
e2e_finish
