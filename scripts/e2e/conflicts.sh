#!/usr/bin/env bash
# Two people, two real apps, one file, and saving that goes wrong, in tmux:
# - both give a team its third (and last allowed) mentor: the second is told the team is
#   full, sees the mentors by name, makes room by letting one go with a reason, and the
#   file and its log say exactly that (nobody's change is silently undone);
# - a save waiting for a lock another program holds says who holds it; SIGTERM ends the
#   wait at once, nothing is saved, and the form's text is kept as a draft that the next
#   start offers back;
# - Ctrl-C in a form with typed text asks first;
# - on a full disk (root only: a small tmpfs) Ctrl-S keeps the form and its text open.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
unset IDEA_TUI_USER

WORK="$E2E_TMP/shared/ideas.db.json"
mkdir -p "$E2E_TMP/shared"
cp "$DB" "$WORK"
# A team with two mentors (three allowed), two free mentors not on it, two facilitators.
read -r TITLE_WORDS M1 M2 F1 F2 < <(python3 - "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []): load[m] = load.get(m, 0) + 1
most = d["festival"]["maxMentorsPerTeam"]
ideas = {i["id"]: i for i in d["ideas"]}
team = next(t for t in d["teams"] if len(t.get("mentorIds", [])) == most - 1 and ideas[t["ideaId"]]["stage"] in ("mentored", "workshops"))
free = [p for p in d["people"] if p.get("mentor") and load.get(p["id"], 0) < p["mentor"]["capacity"] and p["id"] not in team["mentorIds"]]
facilitators = [p["id"] for p in d["people"] if "facilitator" in p.get("roles", [])]
print(ideas[team["ideaId"]]["title"].replace(" ", "_"), free[0]["id"], free[1]["id"], facilitators[0], facilitators[1])
PY
)
TITLE="${TITLE_WORDS//_/ }"
name_of() { python3 -c 'import json,sys; print(next(p["name"] for p in json.load(open(sys.argv[1]))["people"] if p["id"] == sys.argv[2]))' "$WORK" "$1"; }
M1_NAME="$(name_of "$M1")"; M2_NAME="$(name_of "$M2")"
echo "$E2E_NAME: “$TITLE”: $F1 assigns $M1_NAME, $F2 assigns $M2_NAME"

# Two windows, each its own app, input log and exit status; helpers act on the first
# unless run through `on2`.
two_apps 120 40 "$F1" "$F2"
# Opens the idea's page and the "Assign a mentor" form, and chooses MENTOR (not saved yet).
assign_form() {  # mentor-name
    keys 2; keys /; keys -l "$TITLE"; keys Enter; keys Enter
    wait_for "Stage" >/dev/null || return 1
    keys c
    local n; n=$(menu_item "Assign a mentor") || return 1
    for _ in $(seq 1 "$n"); do keys Down; done
    keys Enter
    wait_for "Assign a mentor" >/dev/null || return 1
    keys Enter; keys -l "$1"; keys Enter
}

chain "two people give the team its last mentor place"
check "the first app starts" wait_for "Ideas by stage"
check "the second app starts" on2 wait_for "Ideas by stage"
check "the first opens the form and chooses $M1_NAME" assign_form "$M1_NAME"
check "the second opens the form and chooses $M2_NAME" on2 assign_form "$M2_NAME"
keys C-s
check "the first saves" wait_for "saved:"
on2 keys C-s
check "the second is told the team is full" on2 wait_for "Your change no longer fits"
check "the panel names the mentors, not fields" on2 wait_for "$M1_NAME"
check "the panel offers to make room" on2 wait_for "To make room, one of the team's mentors can go"
check "no field names in the panel" on2 eval '! screen_text | grep -q "id, ideaId"'
check "keep mine is not offered" on2 eval '! screen_text | grep -q "o keep mine"'
check "d makes room, Esc cancels" on2 wait_for "d make room"
on2 keys d
check "d asks who goes" on2 wait_for "Who goes to make room?"
on2 keys -l "$M1_NAME"; on2 keys Enter
check "and why" on2 wait_for "Why does $M1_NAME no longer mentor"
on2 keys -l "Užtenka trijų"; on2 keys Enter
check "the second change is saved with the room made" on2 wait_for "saved:"
end_chain
keys Q; on2 keys Q
check "both apps end" eval 'wait_file "$E2E_TMP/rc" && wait_file "$E2E_TMP/rc2"'
check "the file: the second mentor in, the first out, the log says why" python3 - "$WORK" "$TITLE" "$M1" "$M2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
idea = next(i for i in d["ideas"] if i["title"] == sys.argv[2])
team = next(t for t in d["teams"] if t["ideaId"] == idea["id"])
assert sys.argv[4] in team["mentorIds"] and sys.argv[3] not in team["mentorIds"], team["mentorIds"]
assert len(team["mentorIds"]) == d["festival"]["maxMentorsPerTeam"], team
log = d["log"][-3:]
assert "now mentors" in log[0]["summary"], log
assert "no longer mentors" in log[1]["summary"] and log[1]["reason"] == "Užtenka trijų", log
assert "now mentors" in log[2]["summary"], log
PY
e2e_stop_tmux
check "the file is valid" "$BIN" validate --db "$WORK"

# A lock held by another program; SIGTERM while waiting; the draft offered back.
cp "$WORK" "$E2E_TMP/before.json"
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --as "$F1" --lang en
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
chain "a held lock, SIGTERM and the draft"
check "the app starts" wait_for "Ideas by stage"
keys 2; keys /; keys -l "$TITLE"; keys Enter; keys Enter
check "the idea opens" wait_for "Stage"
keys e
check "the edit form opens" wait_for "Edit “"
keys End; keys -l " (vakare)"
flock "$E2E_TMP/shared" sleep 120 &
holder=$!
for _ in $(seq 1 200); do grep -q FLOCK /proc/locks && break; sleep 0.05; done
# Sent without waiting for the app to draw: it is meant to be stuck waiting for the lock.
tmux -L "$E2E_SOCKET" send-keys C-s
check "the status line says who holds the lock" wait_for "waiting for flock (pid"
app_pid="$(pgrep -f -n "idea-tui --db $WORK")"
started=$(date +%s)
kill -TERM "$app_pid"
check "SIGTERM ends the wait at once (exit 143)" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 143 ]'
check "within seconds, not after the lock" [ $(( $(date +%s) - started )) -lt 8 ]
end_chain
pkill -P "$holder" 2>/dev/null; kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
check "nothing was saved" cmp -s "$WORK" "$E2E_TMP/before.json"
check "the typed text was kept as a draft" grep -q "(vakare)" "$WORK.draft-$F1"
check "the draft is for its owner's eyes only (600)" [ "$(stat -c %a "$WORK.draft-$F1")" = 600 ]
e2e_stop_tmux
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --as "$F1" --lang en
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
chain "the draft comes back"
check "the next start offers the draft" wait_for "this form had unsaved text"
keys y
check "y opens it with the text" wait_for "$TITLE (vakare)"
check "and its file is gone" bash -c '! test -e "$1"' _ "$WORK.draft-$F1"
keys C-s
check "Ctrl-S saves it" wait_for "saved:"
end_chain
check "the file has the title typed before SIGTERM" grep -qF "$TITLE (vakare)" "$WORK"

# Ctrl-C with typed text asks first; with nothing typed it ends the app.
chain "Ctrl-C in a form"
keys +
check "a new idea form opens" wait_for "New idea"
keys -l "Pusiau parašyta"
keys C-c
check "Ctrl-C asks first" wait_for "Throw away your changes?"
keys n
check "any other key keeps editing" wait_gone "Throw away your changes?"
check "the text is still there" wait_for "Pusiau parašyta"
keys Escape; keys y
check "Esc and y throw it away" wait_gone "New idea"
end_chain
keys C-c
check "Ctrl-C with nothing typed ends the app (130)" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 130 ]'
check "no draft was left" bash -c '! test -e "$1"' _ "$WORK.draft-$F1"
e2e_stop_tmux

# A full disk: the form stays open with its text, and saves once there is room.
if [ "$(id -u)" = 0 ] && mkdir -p "$E2E_TMP/disk" && mount -t tmpfs -o size=2m tmpfs "$E2E_TMP/disk" 2>/dev/null; then
    cp "$DB" "$E2E_TMP/disk/ideas.db.json"
    dd if=/dev/zero of="$E2E_TMP/disk/fill" bs=4k 2>/dev/null
    pane_script "$E2E_TMP/pane.sh" --db "$E2E_TMP/disk/ideas.db.json" --as "$F1" --lang en
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    chain "a full disk"
    check "the app starts on the full disk" wait_for "Ideas by stage"
    keys 2; keys /; keys -l "$TITLE"; keys Enter; keys Enter; keys e
    check "the edit form opens" wait_for "Edit “"
    keys End; keys -l " (pilnas diskas)"
    keys C-s
    check "Ctrl-S says the disk is full, and that the text is kept" eval 'wait_for "could not write the file: the disk is" && wait_for "Your text is still here"'
    check "the form and its text stay" wait_for "$TITLE (pilnas diskas)"
    rm -f "$E2E_TMP/disk/fill"
    keys C-s
    check "with room again, Ctrl-S saves" wait_for "saved:"
    end_chain
    keys Q
    wait_file "$E2E_TMP/rc" >/dev/null
    check "the file has the title" grep -qF "$TITLE (pilnas diskas)" "$E2E_TMP/disk/ideas.db.json"
    e2e_stop_tmux
    umount "$E2E_TMP/disk"
else
    echo "  skip the full disk (needs root to mount a small tmpfs)"
fi

e2e_finish
