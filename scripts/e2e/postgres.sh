#!/usr/bin/env bash
# PostgreSQL with the real binary and a real server this script starts (lib/postgres.bash):
# - `db init` makes the schema in an empty database and is harmless again;
# - `db copy FILE URL` then `db copy URL FILE` gives back the sample byte for byte;
# - psql sees one row per record: counts, an idea's title, the log refusing DELETE;
# - a command leaves a local copy (0600 in a 0700 folder) and reads a change by hand through it;
# - a change waits while psql holds the turn for changes, saying so, then is saved;
# - a database with data is refused without --replace (74) and replaced with it;
# - a server that is not there is one line and exit 69; a wrong password 77 (db, list, the app).
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
source "$(dirname "$0")/lib/postgres.bash"
e2e_build

SAMPLE="$E2E_ROOT/ideas.db.json"

pg_e2e_start --tcp
pass "PostgreSQL started in $PG_DIR (socket, and 127.0.0.1:$PG_PORT)"

pg_createdb ideas
URL="$(pg_url ideas)"
chain "init and copy"
check "db init makes the schema" bash -c '"$1" db init "$2" >"$3" 2>&1 && grep -qF "created idea-tui'"'"'s tables (schema version 3)." "$3"' _ "$BIN" "$URL" "$E2E_TMP/init.out"
check "db init again changes nothing" bash -c '"$1" db init "$2" | grep -qF "already at idea-tui schema version 3; nothing to do."' _ "$BIN" "$URL"
check "db copy FILE URL" bash -c '"$1" db copy "$2" "$3" >"$4" && grep -qF "180 ideas, 571 people" "$4"' _ "$BIN" "$SAMPLE" "$URL" "$E2E_TMP/copy.out"
check "db copy URL FILE" bash -c '"$1" db copy "$2" "$3" >/dev/null' _ "$BIN" "$URL" "$E2E_TMP/back.json"
check "the file came back byte for byte" cmp -s "$SAMPLE" "$E2E_TMP/back.json"
end_chain

chain "psql"
check "psql counts the ideas" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'")" = 180
check "psql counts the log" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.log")" = \
    "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["log"]))' "$SAMPLE")"
TITLE="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["ideas"][0]["title"])' "$SAMPLE")"
ID="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["ideas"][0]["id"])' "$SAMPLE")"
check "psql reads an idea's title" test "$(pg_psql ideas "SELECT record->>'title' FROM idea_tui.records WHERE collection = 'ideas' AND id = '$ID'")" = "$TITLE"
check "the log refuses DELETE" bash -c '! psql -X -q -h "$1" -p "$2" -U "$3" -d ideas -c "DELETE FROM idea_tui.log" 2>"$4" && grep -qF "append-only" "$4"' \
    _ "$PG_DIR" "$PG_PORT" "$PG_ADMIN" "$E2E_TMP/delete.err"
check "the log still has every entry" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.log")" = \
    "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["log"]))' "$SAMPLE")"
end_chain

chain "local copy"
COPIES="$XDG_CACHE_HOME/idea-tui"
check "list --db reads the database" bash -c '"$1" list --db "$2" --text "$3" | grep -qF "$4"' _ "$BIN" "$URL" "$TITLE" "$ID"
check "and leaves a local copy, owner only" bash -c 'f="$(ls "$1"/db-*.copy)" && [ "$(stat -c %a "$f")" = 600 ] && [ "$(stat -c %a "$1")" = 700 ]' _ "$COPIES"
check "the copy names the database, not a password" bash -c 'head -c 400 "$1"/db-*.copy | grep -qF "$2"' _ "$COPIES" "postgresql://$PG_ADMIN@/ideas?host=$PG_DIR"
pg_psql ideas "UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', '\"Pataisyta ranka\"') WHERE collection = 'ideas' AND id = '$ID'" >/dev/null
check "a change by hand moves the version" test "$(pg_psql ideas "SELECT version FROM idea_tui.head")" = 2
check "and is read through the copy" bash -c '"$1" list --db "$2" --text "Pataisyta ranka" | grep -qF "Pataisyta ranka"' _ "$BIN" "$URL"
check "IDEA_TUI_LOCAL_COPY=off keeps none" bash -c 'XDG_CACHE_HOME="$3" IDEA_TUI_LOCAL_COPY=off "$1" list --db "$2" >/dev/null && test ! -e "$3/idea-tui"' \
    _ "$BIN" "$URL" "$E2E_TMP/nocache"
end_chain

chain "waiting for the turn"
read -r MENTOR TEAM < <(python3 "$E2E_ROOT/scripts/e2e/lib/mentor-pairs.py" "$SAMPLE" 1)
# psql holds the turn for changes (the advisory lock) for two seconds.
psql -X -q -h "$PG_DIR" -p "$PG_PORT" -U "$PG_ADMIN" -d ideas -c "SELECT pg_advisory_lock(1768187233)" -c "SELECT pg_sleep(2)" >/dev/null &
HOLDER=$!
until [ "$(pg_psql ideas "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")" = 1 ]; do sleep 0.05; done
"$BIN" mentors take "$TEAM" --mentor "$MENTOR" --as person-00001 --db "$URL" >"$E2E_TMP/take.out" 2>"$E2E_TMP/take.err"
check "a change waits for it, then is saved" test $? = 0
check "saying who holds it" grep -qF "waiting for psql (pid " "$E2E_TMP/take.err"
check "and which database" grep -qF "to let go of postgresql://$PG_ADMIN@/ideas?host=$PG_DIR" "$E2E_TMP/take.err"
wait "$HOLDER"
end_chain

chain "replace"
"$BIN" generate --ideas 20 --seed 4 --output "$E2E_TMP/small.json" >/dev/null
"$BIN" db copy "$E2E_TMP/small.json" "$URL" >/dev/null 2>"$E2E_TMP/refused.err"
check "a database with data is refused (74)" test $? = 74
check "saying how to replace it" grep -qF "Add --replace to replace it." "$E2E_TMP/refused.err"
check "and keeps its data" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'")" = 180
check "--replace replaces it" bash -c '"$1" db copy --replace "$2" "$3" | grep -qF "replaced what it held (180 ideas"' _ "$BIN" "$E2E_TMP/small.json" "$URL"
check "now 20 ideas" test "$(pg_psql ideas "SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'")" = 20
end_chain

chain "faults"
pg_createdb theirs "$PG_USER"
"$BIN" db init "$(pg_tcp_url theirs "$PG_USER" wrong)" >/dev/null 2>"$E2E_TMP/wrong.err"
check "a wrong password is exit 77" test $? = 77
check "in one line" one_line "$E2E_TMP/wrong.err"
check "the right one works" bash -c '"$1" db init "$2" >/dev/null' _ "$BIN" "$(pg_tcp_url theirs "$PG_USER" "$PG_PASSWORD")"
DOWN="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$BIN" db init "postgresql://kaunas@127.0.0.1:$DOWN/ideas?sslmode=disable" >"$E2E_TMP/down.out" 2>"$E2E_TMP/down.err"
check "a server that is not there is exit 69" test $? = 69
check "in one line, nothing on stdout" bash -c 'test ! -s "$1" && [ "$(wc -l <"$2")" -eq 1 ] && grep -qF "cannot be reached" "$2"' _ "$E2E_TMP/down.out" "$E2E_TMP/down.err"
end_chain

chain "the app and the commands on an address"
"$BIN" list --db "$(pg_tcp_url theirs "$PG_USER" wrong)" >/dev/null 2>"$E2E_TMP/list-wrong.err"
check "list with a wrong password is exit 77" test $? = 77
check "and the password is not shown" eval '! grep -qF wrong "$E2E_TMP/list-wrong.err"'
IDEAS_DB="postgresql://kaunas@127.0.0.1:$DOWN/ideas?sslmode=disable" "$BIN" --as person-00001 </dev/null >/dev/null 2>"$E2E_TMP/app-down.err"
check "the app on IDEAS_DB with the server down is exit 69" test $? = 69
check "in one line" one_line "$E2E_TMP/app-down.err"
check "stats reads the database" bash -c '"$1" stats --db "$2" | grep -qF "Ideas by stage (20 in all)"' _ "$BIN" "$URL"
end_chain

e2e_finish
