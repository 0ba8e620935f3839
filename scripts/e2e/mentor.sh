#!/usr/bin/env bash
# A mentor opens idea-tui as themselves and lands on their home, takes the best-fitting
# team on and sees "My teams (n/m)" count up, is stopped at capacity, lets a team go
# with a reason; then a facilitator applies the suggested mentors. The file must hold it.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/mentor.db.json"
cp "$DB" "$WORK"
# A mentor with exactly one free place, and the teams they could take.
read -r MENTOR_ID LOAD CAP MENTOR < <(python3 - "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []): load[m] = load.get(m, 0) + 1
for p in sorted(d["people"], key=lambda p: p["id"]):
    m = p.get("mentor")
    if m and m["capacity"] >= 2 and load.get(p["id"], 0) == m["capacity"] - 1:
        print(p["id"], load.get(p["id"], 0), m["capacity"], p["name"]); break
PY
)
echo "$E2E_NAME: $MENTOR mentors $LOAD of $CAP teams"

pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en --as "$MENTOR_ID"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
k() { keys "$@"; }
check "a mentor starts on their home" wait_for "Mentoring · $MENTOR"
check "it shows their load" wait_for "My teams ($LOAD/$CAP)"
check "the teams one could take on are ranked" wait_for "Teams you could take on · best fit first"
# The home opens on the mentor's first team: the status line offers to let it go, and
# on a team of the second list to take it on.
check "the home opens on their first team, which l lets go" wait_for "l let go"
chain "taking on and letting go"
# The first line of the second list: past the mentor's own teams.
for _ in $(seq 1 "$LOAD"); do k Down; done
check "on a team they could take on, t is offered" wait_for "t take on"
k t
check "taking a team on asks first" wait_for "You would mentor $CAP of $CAP teams"
k y
check "n/m counts up" wait_for "My teams ($CAP/$CAP)"
check "the change is saved" wait_for "saved: $MENTOR now mentors"
# The selection went with the team into "My teams": down to the next one they could take.
for _ in $(seq 1 "$CAP"); do k Down; done
k t
check "at capacity it says so" wait_for "you mentor $CAP of $CAP teams"
k Escape
k Home; k Down; k l
check "letting go asks why" wait_for "Why do you let"
keys -l "Per daug darbų"; k Enter
check "n/m counts down" wait_for "My teams ($LOAD/$CAP)"
end_chain
k q; k q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]
check "the file holds both changes, by the mentor" python3 - "$WORK" "$MENTOR_ID" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
mine = [e for e in d["log"] if e["by"] == sys.argv[2] and e["kind"] == "mentor"]
assert len(mine) == 2, mine
assert "now mentors" in mine[0]["summary"] and "no longer mentors" in mine[1]["summary"], mine
assert mine[1]["reason"] == "Per daug darbų", mine[1]
PY

# A facilitator applies the suggested mentors from the actions menu.
e2e_stop_tmux
rm -f "$E2E_TMP/rc"
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
check "the facilitator starts on the dashboard" wait_for "Ideas by stage"
chain "applying the suggestion"
k c
n=$(menu_item "Suggest mentors")
for _ in $(seq 1 "${n:-0}"); do k Down; done
k Enter
check "the suggestion is previewed with reasons" wait_for "teams without a mentor get one"
k a
check "applying it saves them as one change" wait_for "changes as one (u undoes them together)"
end_chain
k q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "nothing more can be assigned afterwards" bash -c '"$1" mentors suggest --db "$2" | tail -1 | grep -q "^0 of "' _ "$BIN" "$WORK"
e2e_finish
