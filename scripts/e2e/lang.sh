#!/usr/bin/env bash
# One language per screen: with --lang lt (or a Lithuanian locale) what the model refuses
# comes out in Lithuanian — from the command line (`mentors take` into a team that has
# all the mentors it may have) and in the app (someone who is not a facilitator trying to
# move an idea back). The file is not changed.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/lang.db.json"
cp "$DB" "$WORK"
# A team at the festival's limit of mentors, a mentor with room who is not in it, and
# someone who is neither a facilitator nor a mentor.
read -r TEAM MENTOR TALENT < <(python3 - "$WORK" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path))
most = max(len(t.get("mentorIds", [])) for t in d["teams"])
d["festival"]["maxMentorsPerTeam"] = most
json.dump(d, open(path, "w"), ensure_ascii=False, indent=2, sort_keys=True)
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []): load[m] = load.get(m, 0) + 1
team = next(t for t in d["teams"] if len(t.get("mentorIds", [])) == most)
inside = {team["leadId"]} | {m["personId"] for m in team.get("members", [])} | set(team.get("mentorIds", []))
mentor = next(p["id"] for p in sorted(d["people"], key=lambda p: p["id"])
              if p.get("mentor") and p["id"] not in inside and load.get(p["id"], 0) < p["mentor"]["capacity"])
talent = next(p["id"] for p in d["people"] if "facilitator" not in p.get("roles", []) and not p.get("mentor"))
print(team["id"], mentor, talent)
PY
)
echo "$E2E_NAME: $MENTOR asks for $TEAM; $TALENT is neither facilitator nor mentor"
BEFORE="$(sha256sum "$WORK")"

"$BIN" mentors take "$TEAM" --db "$WORK" --as "$MENTOR" --lang lt >"$E2E_TMP/out" 2>"$E2E_TMP/err"
echo $? >"$E2E_TMP/code"
check "the command line refuses with exit 65" [ "$(cat "$E2E_TMP/code")" = "65" ]
check "the refusal is in Lithuanian" grep -qF "Negalima paskirti mentoriaus" "$E2E_TMP/err"
check "it names the limit in Lithuanian" grep -qF "daugiau viena komanda turėti negali" "$E2E_TMP/err"
check "no English in it" eval '! grep -qE "Cannot|the team|mentors" "$E2E_TMP/err"'
LANG=lt_LT.UTF-8 "$BIN" mentors take "$TEAM" --db "$WORK" --as "$MENTOR" >/dev/null 2>"$E2E_TMP/err.locale"
check "a Lithuanian locale says the same" cmp -s "$E2E_TMP/err" "$E2E_TMP/err.locale"
"$BIN" mentors take "$TEAM" --db "$WORK" --as "$MENTOR" --lang en >/dev/null 2>"$E2E_TMP/err.en"
check "--lang en says it in English" grep -qF "the most one team may have" "$E2E_TMP/err.en"

pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang lt --as "$TALENT"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
k() { keys "$@"; }
check "the app starts in Lithuanian" wait_any "Idėjos pagal etapą" "Mentoriavimas"
chain "a move refused in Lithuanian"
k 2
check "the ideas list" wait_for "Pavadinimas"
k "<"
check "the refusal window is in Lithuanian" wait_for "Neatlikta"
check "it says who may move ideas, in Lithuanian" wait_for "tik moderatoriai perkelia idėjas tarp etapų"
check "no English on the screen" eval '! screen_text | grep -qE "only facilitators|is not a facilitator|Not done"'
k Escape
end_chain
k Q
check "the app ends" wait_file "$E2E_TMP/rc"
check "the file was not changed" [ "$(sha256sum "$WORK")" = "$BEFORE" ]
e2e_finish
