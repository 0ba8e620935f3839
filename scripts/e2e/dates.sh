#!/usr/bin/env bash
# Dates and times as a facilitator sees them, with the machine's clock in another zone
# (TZ=America/New_York): a change made now to a scheduled idea of the sample heads the
# dashboard's recent activity, the activity log (newest first, "When ▼") and the idea's
# history, at the time a clock in Kaunas shows (checked against Python's zoneinfo).
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build

WORK="$E2E_TMP/dates.db.json"
cp ideas.db.json "$WORK"
# A facilitator, and a scheduled idea whose title no other idea starts with.
read -r ACTOR IDEA_ID < <(python3 - "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
actor = next(p for p in d["people"] if "facilitator" in p["roles"])
titles = [i["title"] for i in d["ideas"]]
idea = next(i for i in d["ideas"] if i["stage"] == "scheduled" and sum(t.startswith(i["title"][:24]) for t in titles) == 1)
print(actor["id"], idea["id"])
PY
)
TITLE="$(python3 -c 'import json,sys; print(next(i["title"] for i in json.load(open(sys.argv[1]))["ideas"] if i["id"] == sys.argv[2]))' "$WORK" "$IDEA_ID")"
SHORT="${TITLE:0:24}"

PANE_ENV="TZ=America/New_York" pane_script "$E2E_TMP/pane.sh" --db "$WORK" --as "$ACTOR" --lang en
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "the app starts" wait_for "Ideas by stage"
check "the sample's festival is over: 20 Jun 2026" wait_for "20 Jun 2026"

chain "a change made now"
keys 2; keys /; keys -l "$SHORT"; keys Enter; keys Enter
check "the scheduled idea opens" wait_for "Stage     scheduled"
check "its festival day has come" wait_for "the festival day, 2026-06-20, has come"
keys "<"
check "moving it back asks why" wait_for "Why move it back to ready?"
keys -l "the venue asked for another day"; keys Enter
check "the change is saved" wait_for "saved: moved"
# The time the log says, as a wall clock in Kaunas shows it.
IFS='|' read -r DAY HM MD YMD < <(python3 - "$WORK" <<'PY'
import datetime, json, sys, zoneinfo
at = json.load(open(sys.argv[1]))["log"][-1]["at"]
t = datetime.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).astimezone(zoneinfo.ZoneInfo("Europe/Vilnius"))
print("|".join([t.strftime("%-d %b %Y"), t.strftime("%H:%M"), t.strftime("%m-%d"), t.strftime("%Y-%m-%d")]))
PY
)
keys End
check "the idea's activity starts with it, at Kaunas time ($DAY $HM)" wait_for "$DAY $HM  moved"
keys 1
check "the dashboard's recent activity starts with it" bash -c '
    tmux -L "$0" capture-pane -p | grep -A1 "Recent activity" | tail -n 1 | grep -qF "$1 $2"' "$E2E_SOCKET" "$MD" "$HM"
keys a
check "the activity log runs newest first and says so" wait_for "When ▼"
check "its first row is the change ($YMD $HM)" bash -c '
    tmux -L "$0" capture-pane -p | grep -A1 "When ▼" | tail -n 1 | grep -qF "$1 $2"' "$E2E_SOCKET" "$YMD" "$HM"
end_chain
keys q; keys q; keys q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]
e2e_finish
