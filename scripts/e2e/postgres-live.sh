#!/usr/bin/env bash
# Two people on one PostgreSQL database, with the real binary, a real server this script
# starts (durable: PostgreSQL's own settings) and two apps in tmux:
# - the app opens a database address; a change made in one app shows in the other by
#   itself (LISTEN/NOTIFY), and a change from the command line too, and one made by hand in psql;
# - the server stopped as a crash would: both apps say the connection is lost and keep
#   their screens; a change then is "Not saved", saying why; the server back: both apps say
#   so, and the same change is saved;
# - a change waiting while psql holds the turn for changes says so; SIGINT ends it at once (130);
# - ssh-session --db URL runs a remote command as the key's person, as sshd would start it;
# - a burst of changes from the command line while the server is stopped with -m immediate:
#   every change reported saved is in the database after the restart, once, and the
#   database loads.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
source "$(dirname "$0")/lib/postgres.bash"
e2e_build
e2e_database
PG_DURABLE=1 pg_e2e_start
pg_createdb ideas
URL="$(pg_url ideas)"
WORK="$URL"
"$BIN" db init "$URL" >/dev/null && "$BIN" db copy "$DB" "$URL" >/dev/null || { fail "the database could not be filled"; e2e_finish; }
pass "PostgreSQL started in $PG_DIR, the sample copied in"

# Two facilitators, two scheduled ideas (moved on to delivered: the festival day is past),
# and the teams without a mentor, each with a mentor who has room.
read -r F1 F2 IDEA1 IDEA2 < <(python3 - "$DB" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
f = [p["id"] for p in d["people"] if "facilitator" in p.get("roles", [])]
ideas = [i["title"].replace(" ", "_") for i in d["ideas"] if i["stage"] == "scheduled"]
print(f[0], f[1], ideas[0], ideas[1])
PY
)
IDEA1="${IDEA1//_/ }"; IDEA2="${IDEA2//_/ }"
python3 - "$DB" >"$E2E_TMP/pairs" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []): load[m] = load.get(m, 0) + 1
mentors = [p["id"] for p in d["people"] if p.get("mentor") and load.get(p["id"], 0) < p["mentor"]["capacity"]]
for i, t in enumerate([t for t in d["teams"] if not t.get("mentorIds")]):
    print(t["id"], mentors[i % len(mentors)])
PY

two_apps 120 40 "$F1" "$F2"
# The app logs what became of its connection ("connection lost", "connection back") as it
# says it; the status line may show a later message (others' changes read in) at once.
logged() {  # line [seconds]
    local deadline=$(( $(now_ms) + ${2:-$E2E_PATIENCE} * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        grep -qx -- "$1" "$INPUT_LOG" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}
open_idea() {  # title
    keys 2; keys /; keys -l "$1"; keys Enter; keys Enter
    wait_for "Stage" >/dev/null
}

chain "a change in one app shows in the other"
check "the first app opens the database" wait_for "Ideas by stage"
check "the second app opens it" on2 wait_for "Ideas by stage"
check "the first opens “$IDEA1”" open_idea "$IDEA1"
keys '>'
check "and moves it on: saved" wait_for "saved: moved"
check "the second app shows it by itself" on2 wait_for "moved “$IDEA1"
read -r TEAM MENTOR <"$E2E_TMP/pairs"
"$BIN" mentors take "$TEAM" --mentor "$MENTOR" --as "$F1" --db "$URL" >/dev/null 2>&1
check "a change from the command line shows in the second app" on2 wait_for "now mentors"
check "the second opens “$IDEA2”" on2 open_idea "$IDEA2"
IDEA2_SQL="$(python3 -c 'import sys; print(sys.argv[1].replace("'"'"'", "'"''"'"))' "$IDEA2")"
retitle() {  # from to (SQL text; the sample has ideas that share a title: all of them)
    pg_psql ideas "UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', to_jsonb('$2'::text))
                   WHERE collection = 'ideas' AND record->>'title' = '$1'" >/dev/null
}
BEFORE="$(pg_psql ideas "SELECT version FROM idea_tui.head")"
retitle "$IDEA2_SQL" "Pataisyta ranka"
check "a change by hand moves the version" test "$(pg_psql ideas "SELECT version FROM idea_tui.head")" -gt "$BEFORE"
check "and shows in the second app by itself" on2 wait_for "Pataisyta ranka"
retitle "Pataisyta ranka" "$IDEA2_SQL"
check "and so does putting it back" on2 wait_for "$IDEA2"
on2 keys Escape
end_chain

chain "the server stops and comes back"
pg_crash
check "the first app says the connection is lost" logged "connection lost"
check "the second app says so too" on2 logged "connection lost"
check "the first app keeps its screen" wait_for "$IDEA1"
keys Escape
check "the first opens “$IDEA2”" open_idea "$IDEA2"
keys '>'
check "a change now is not saved" wait_for "Not saved"
check "and says why" wait_for "cannot be reached"
keys Enter
pg_restart
check "the first app says it is connected again" logged "connection back" 20
check "the second app too" on2 logged "connection back" 20
check "which its messages keep" eval 'keys "~" && wait_for "Connected to" && keys Escape' 
keys '>'
check "the same change is saved now" wait_for "saved: moved"
check "and the second app shows it" on2 wait_for "moved “$IDEA2"
end_chain

chain "waiting for the turn, then Ctrl-C"
# psql holds the turn for changes (the advisory lock); the first app's undo waits for it.
psql -X -q -h "$PG_DIR" -p "$PG_PORT" -U "$PG_ADMIN" -d ideas -c "SELECT pg_advisory_lock(1768187233)" -c "SELECT pg_sleep(60)" >/dev/null 2>&1 &
HOLDER=$!
until [ "$(pg_psql ideas "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
                           WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'psql'")" = 1 ]; do sleep 0.05; done
VERSION="$(pg_psql ideas "SELECT version FROM idea_tui.head")"
keys_busy u
check "the change waits, saying who holds the turn" wait_for "waiting for psql (pid"
APP1="$(pgrep -f -- "--as $F1 --lang en" | head -1)"
kill -INT "$APP1"
# Well before the wait's own end (30 s), after which the change would go on and be saved.
check "Ctrl-C (SIGINT) stops the wait and the app: 130" eval 'wait_file "$E2E_TMP/rc" 20 && [ "$(cat "$E2E_TMP/rc")" = 130 ]'
check "nothing of it was saved" test "$(pg_psql ideas "SELECT version FROM idea_tui.head")" = "$VERSION"
# Killing psql alone would leave its server process asleep, holding the turn until its
# pg_sleep ends: end that process, so the changes below need not wait for it.
pg_psql ideas "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted" >/dev/null
kill "$HOLDER" 2>/dev/null; wait "$HOLDER" 2>/dev/null
end_chain
on2 keys Q
check "the second app ends with 0" eval 'wait_file "$E2E_TMP/rc2" && [ "$(cat "$E2E_TMP/rc2")" = 0 ]'

chain "ssh-session on the database"
read -r TEAM MENTOR < <(sed -n 2p "$E2E_TMP/pairs")
check "a remote command as the key's person" env SSH_ORIGINAL_COMMAND="mentors take $TEAM" "$BIN" ssh-session --db "$URL" --person "$MENTOR"
check "the team has its mentor in the database" test "$(pg_psql ideas "SELECT record->'mentorIds' ? '$MENTOR' FROM idea_tui.records WHERE collection = 'teams' AND id = '$TEAM'")" = t
end_chain

chain "a burst of changes while the server is stopped as a crash would"
LOG_BEFORE="$(pg_psql ideas "SELECT count(*) FROM idea_tui.log")"
: >"$E2E_TMP/saved"; : >"$E2E_TMP/refused"
(
    n=0
    tail -n +3 "$E2E_TMP/pairs" | while read -r team mentor; do
        # From the sixth on, only once the server is down: some changes are sure to meet it.
        n=$((n + 1))
        if [ "$n" = 6 ]; then for _ in $(seq 1 600); do [ -f "$E2E_TMP/crashed" ] && break; sleep 0.05; done; fi
        if "$BIN" mentors take "$team" --mentor "$mentor" --as "$F1" --db "$URL" >/dev/null 2>"$E2E_TMP/err.$team"; then
            echo "$team $mentor" >>"$E2E_TMP/saved"
        else
            echo "$team $mentor $?" >>"$E2E_TMP/refused"
        fi
    done
    touch "$E2E_TMP/burst.done"
) &
BURST=$!
# Stopped once a few changes are in, while the rest are still coming.
for _ in $(seq 1 600); do [ "$(wc -l <"$E2E_TMP/saved")" -ge 3 ] && break; sleep 0.05; done
pg_crash
touch "$E2E_TMP/crashed"
wait "$BURST"
pg_restart
SAVED="$(wc -l <"$E2E_TMP/saved")"
check "some changes were saved before the stop ($SAVED) and some not ($(wc -l <"$E2E_TMP/refused"))" \
    eval '[ "$SAVED" -ge 3 ] && [ -s "$E2E_TMP/refused" ]'
check "the ones not saved said why, with exit 69" eval '! grep -qv " 69$" "$E2E_TMP/refused"'
missing=0
while read -r team mentor; do
    [ "$(pg_psql ideas "SELECT record->'mentorIds' ? '$mentor' FROM idea_tui.records WHERE collection = 'teams' AND id = '$team'")" = t ] || missing=$((missing + 1))
done <"$E2E_TMP/saved"
check "every change reported saved is in the database" test "$missing" = 0
check "each once in the log" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.log")" -eq $((LOG_BEFORE + SAVED))
check "the database loads" "$BIN" validate --db "$URL"
end_chain

e2e_finish
