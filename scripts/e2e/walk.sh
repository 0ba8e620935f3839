#!/usr/bin/env bash
# A facilitator takes a new idea from nothing to "ready" in the real binary, doing what
# each gate asks, then the saved file must hold every step: who they are is asked once,
# the idea is written in a form, discussed at a forum, gets a team of three, a mentor,
# a workshop track, five workshops attended and a festival plan.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
unset IDEA_TUI_USER  # this walk answers the who-are-you question itself

WORK="$E2E_TMP/walk.db.json"
cp "$DB" "$WORK"
read -r FACILITATOR_ID FACILITATOR < <(python3 - "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
p = next(p for p in d["people"] if "facilitator" in p.get("roles", []))
print(p["id"], p["name"])
PY
)
STAGES=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["workshopTracks"][0]["stages"]))' "$WORK")
TITLE="Upės vakarai Šančiuose $$"
echo "$E2E_NAME: $FACILITATOR walks “$TITLE” to ready"

pane_script "$E2E_TMP/pane.sh" --db "$WORK"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "without --as the app asks who you are" wait_for "Who are you?"
keys -l "$FACILITATOR"; keys Enter
check "the answer is taken" wait_for "$FACILITATOR"
# Every step needs the ones before it.
chain "the walk to ready"

k() { keys "$@"; }
# The item of the actions menu whose label holds LABEL, found on the screen.
act() {  # label
    k c
    local n
    n=$(menu_item "$1") || return 1
    for _ in $(seq 1 "$n"); do k Down; done
    k Enter
}
# Takes the first option of the focused choice field's picker.
first_option() { k Enter; k Enter; }

k +
check "+ opens the new idea form" wait_for "New idea"
keys -l "$TITLE"; k Tab
keys -l "Kaimynai susitinka prie Nemuno."; k Tab
keys -l "Krantinė tuščia vakarais."; k Tab
keys -l "Kaimynai pažįsta vieni kitus."; k Tab
k Enter; keys -l "soc"; k Tab; k Enter       # sectors: social
k Tab; k Enter; keys -l "sanc"; k Enter      # district: Šančiai
k C-s
check "the new idea is saved and opened" wait_for "saved: shared the idea"
check "it is shared" wait_for "Stage     shared"

k ">"
check "a closed gate says what is missing" wait_for "not been discussed at an Art of Hosting forum"
k Escape

act "Record a forum outcome"
check "the forum outcome form opens" wait_for "Record a forum outcome"
first_option; k Tab
keys -l "Verta daryti: kaimynai nori."; k C-s
check "the outcome is saved" wait_for "saved:"
k ">"
check "forward to refined" wait_for "Stage     refined"

act "Create the team"
check "the team form opens" wait_for "Create the team"
k C-s
check "the team is created" wait_for "saved: formed a team"
act "Add a member"
check "add member form" wait_for "Add a member"
first_option; k C-s
check "a member is added" wait_for "saved: added"
# The second member through recruitment: an open role, the best-fitting person invited,
# who accepts.
act "Open a role"
check "the open role form opens" wait_for "Open a role"
keys -l "Garso meistras"; k Tab; k Enter; keys -l "garso"; k Enter; k C-s
check "the role is open" wait_for "saved: opened the role"
act "Invite someone as"
check "candidates are ranked with reasons" wait_for "skills: "
first_option; k C-s
check "the invitation is saved" wait_for "saved: invited"
act "accepts “Garso"
check "the invited person accepts and is a member" wait_for "Open roles (0)"
k ">"
check "forward to team" wait_for "Stage     team"

act "Assign a mentor"
check "the mentor form opens" wait_for "Assign a mentor"
first_option; k C-s
check "a mentor is assigned" wait_for "saved:"
k ">"
check "forward to mentored" wait_for "Stage     mentored"

act "Enrol"
check "the enrolment form opens" wait_for "Enrol in a workshop track"
k C-s
check "enrolled" wait_for "saved:"
k ">"
check "forward to workshops" wait_for "Stage     workshops"

# A workshop of every stage today, then the team at each.
k 1
for n in $(seq 0 $((STAGES - 1))); do
    act "New workshop session"
    check "new workshop form $n" wait_for "New workshop session"
    k Enter; for _ in $(seq 1 "$n"); do k Down; done; k Enter
    k Tab; k Tab; keys -l "Kauno menų inkubatorius"; k C-s
    check "workshop $n saved" wait_for "saved: "
done
k 2; k /; keys -l "$TITLE"; k Enter; k Enter
check "the idea again" wait_for "Stage     workshops"
for n in $(seq 1 "$STAGES"); do
    act "Record workshop attendance"
    check "attendance form $n" wait_for "Record workshop attendance"
    k Enter
    # The earliest workshop of the next stage not yet attended.
    STAGE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["workshopTracks"][0]["stages"][int(sys.argv[2])]["name"])' "$WORK" $((n - 1)))
    keys -l "$STAGE"; k Enter; k C-s
    check "attendance $n saved" wait_for "saved: "
done

act "Plan for the festival"
check "the plan form opens" wait_for "Plan for the festival"
k Tab; keys -l "40"; k C-s
check "the plan is saved" wait_for "saved: "
k ">"
check "forward to ready" wait_for "Stage     ready"
end_chain
k q; k q; k q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]

check "the saved file holds every step" python3 - "$WORK" "$TITLE" "$FACILITATOR_ID" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
idea = next(i for i in d["ideas"] if i["title"] == sys.argv[2])
assert idea["stage"] == "ready", idea["stage"]
assert [h["to"] for h in idea["history"]] == ["refined", "team", "mentored", "workshops", "ready"], idea["history"]
assert all(h["by"] == sys.argv[3] for h in idea["history"])
team = next(t for t in d["teams"] if t["ideaId"] == idea["id"])
assert len(team["members"]) == 2 and team["mentorIds"] and team.get("trackId"), team
assert team["members"][1]["role"] == "Garso meistras" and not team["openRoles"], team
assert [i["status"] for i in team["invitations"]] == ["accepted"], team
attended = [s for s in d["workshopSessions"] if team["id"] in s["attendance"]]
track = next(t for t in d["workshopTracks"] if t["id"] == team["trackId"])
assert {s["stageId"] for s in attended} == {st["id"] for st in track["stages"]}, attended
assert any(any(x["ideaId"] == idea["id"] for x in f["discussions"]) for f in d["forums"])
assert idea["plan"]["audience"] == 40 and idea["plan"]["districts"] == ["Šančiai"], idea["plan"]
assert sum(1 for e in d["log"] if e.get("ideaId") == idea["id"]) >= 12
PY
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
e2e_finish
