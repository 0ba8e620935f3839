#!/usr/bin/env bash
# Why a ready idea is not on the grid, in the real binary: on a tight generated festival
# filled by `schedule --auto` (which prints, under each idea left out, its nearest misses
# and the one change that lets it in), the grid's `w` lists the ideas waiting, the window
# names what is in the way and the change; `a`, then `y`, makes it, and the idea is on the
# grid, in the file, undone by one `u`.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build

WORK="$E2E_TMP/festival.db.json"
"$BIN" generate --ready 30 --venues 6 --seed 30 --festival-day 2026-06-20 --output "$WORK" >/dev/null
IDEA_TUI_USER="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(p["id"] for p in d["people"] if "facilitator" in p.get("roles", [])))' "$WORK")"
export IDEA_TUI_USER
"$BIN" schedule --auto --db "$WORK" >"$E2E_TMP/auto.txt"
PLACED=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["festival"]["slots"]))' "$WORK")

check "schedule --auto names the nearest misses of each idea left out" grep -q "^  nearest: " "$E2E_TMP/auto.txt"
check "and the change that lets one in" grep -q "^  change: " "$E2E_TMP/auto.txt"

# The first idea left out with a change and a title no other idea waiting has: its id,
# its title, and the first words of the change.
mapfile -t PICK < <(python3 - "$E2E_TMP/auto.txt" <<'PY'
import re, sys
blocks, titles = [], []
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    m = re.match(r"not placed: (\S+) “(.*)”: ", line)
    if m:
        blocks.append([m.group(1), m.group(2), None]); titles.append(m.group(2))
    elif line.startswith("  change: ") and blocks:
        blocks[-1][2] = line[len("  change: "):]
for idea, title, change in blocks:
    if change and titles.count(title) == 1 and not title.endswith("…"):
        print(idea); print(title); print(" ".join(change.split(" ")[:4]))
        break
PY
)
IDEA="${PICK[0]:-}" TITLE="${PICK[1]:-}" CHANGE="${PICK[2]:-}"
check "an idea left out has a change to make" [ -n "$IDEA" ] && [ -n "$TITLE" ]

pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
chain "the reasons of an idea left out, and its change made"
check "the app starts" wait_for "Ideas by stage"
keys 9
check "the grid shows what the auto-scheduler placed" wait_for "$PLACED/100 scheduled"
check "the status line offers w" wait_for "w why"
keys w
check "w lists the ready ideas waiting" wait_for "Choose a ready idea"
keys -l "$TITLE"
keys Enter
check "the window says why it is not on the grid" wait_for "is not on the gr"
check "with the closest places and what is in the way" wait_for "Closest places, and what is in the way"
check "and the change that lets it in" wait_for "› $CHANGE"
keys a
check "a asks first" wait_for "Make this change and place"
keys y
check "y makes it: the idea is on the grid" wait_for "$((PLACED + 1))/100 scheduled"
check "the change is saved as one" wait_for "changes as one"
keys u
check "u takes the change back as one" wait_for "$PLACED/100 scheduled"
# Made again (redo), then the file is read back.
keys C-r
check "Ctrl-R makes it again" wait_for "$((PLACED + 1))/100 scheduled"
end_chain
keys Q
check "Q leaves the app" wait_file "$E2E_TMP/rc"
check "the file has the idea on the grid, where the window said, and is valid" python3 - "$WORK" "$IDEA" "$E2E_TMP/auto.txt" <<'PY'
import json, re, sys
db = json.load(open(sys.argv[1]))
idea = sys.argv[2]
slot = next(s for s in db["festival"]["slots"] if s["ideaId"] == idea)
said = open(sys.argv[3], encoding="utf-8").read().split("not placed: " + idea + " ")[1].split("\nnot placed: ")[0]
change = next(l for l in said.split("\n") if l.startswith("  change: "))
venue = next(v["name"] for v in db["venues"] if v["id"] == slot["venueId"])
assert change.endswith("then it fits at %s %s–%s" % (venue, slot["start"], slot["end"])), (change, slot)
assert next(i for i in db["ideas"] if i["id"] == idea)["stage"] == "scheduled"
PY
check "validate passes" bash -c '"$1" validate --db "$2" >/dev/null' _ "$BIN" "$WORK"
e2e_finish
