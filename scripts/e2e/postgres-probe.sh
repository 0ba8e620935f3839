#!/usr/bin/env bash
# `db init` and `db copy` used carelessly or with hostile intent, against a real server
# this script starts (lib/postgres.bash):
# - a password with a bare / is refused (64) without showing it; one with a bare @ and :
#   logs in; a ~/.pgpass others may read is not read, and the refusal says so (77);
# - Lithuanian text goes file → database → file byte for byte;
# - a copy into a database with data says so in correct Lithuanian (74);
# - psql cannot point a log entry at another idea by clearing its link and setting another;
# - a schema idea_tui that is another program's, or missing its head row, is refused (65)
#   and left as it was;
# - records edited by psql into something that does not load: 65, named by path.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
source "$(dirname "$0")/lib/postgres.bash"
e2e_build

SAMPLE="$E2E_ROOT/ideas.db.json"

pg_e2e_start --tcp
pass "PostgreSQL started in $PG_DIR (socket, and 127.0.0.1:$PG_PORT)"

chain "passwords"
pg_createdb theirs "$PG_USER"
"$BIN" db init "postgresql://$PG_USER:pa/ss-secret@127.0.0.1:$PG_PORT/theirs?sslmode=disable" >/dev/null 2>"$E2E_TMP/slash.err"
check "a bare / in a password is refused (64)" test $? = 64
check "in one line asking for %2F" bash -c '[ "$(wc -l <"$1")" -eq 1 ] && grep -qF "%2F" "$1"' _ "$E2E_TMP/slash.err"
check "without showing the password" bash -c '! grep -qF "ss-secret" "$1" && ! grep -qF "“pa”" "$1" && grep -qF "$2:…@127.0.0.1" "$1"' \
    _ "$E2E_TMP/slash.err" "$PG_USER"
pg_psql postgres "ALTER ROLE $PG_USER PASSWORD 'K@u:na/s'" >/dev/null
check "a bare @ and : in a password log in" bash -c '"$1" db init "$2" >/dev/null' _ "$BIN" \
    "postgresql://$PG_USER:K@u:na%2Fs@127.0.0.1:$PG_PORT/theirs?sslmode=disable"
printf '127.0.0.1:%s:theirs:%s:K@u\\:na/s\n' "$PG_PORT" "$PG_USER" >"$HOME/.pgpass"
chmod 644 "$HOME/.pgpass"
"$BIN" db init "$(pg_tcp_url theirs)" >/dev/null 2>"$E2E_TMP/pgpass.err"
check "a ~/.pgpass others may read is not read (77)" test $? = 77
check "saying why" grep -qF "was not read because group or others may read it (chmod 600 $HOME/.pgpass)" "$E2E_TMP/pgpass.err"
chmod 600 "$HOME/.pgpass"
check "with chmod 600 it is read" bash -c '"$1" db init "$2" >/dev/null' _ "$BIN" "$(pg_tcp_url theirs)"
rm -f "$HOME/.pgpass"
end_chain

chain "Lithuanian"
pg_createdb lt
pg_createdb lt2
python3 - "$SAMPLE" "$E2E_TMP/lt-in.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = 'Ąžuolų gatvė „Šančiai“ – ąčęėįšųūž ĄČĘĖĮŠŲŪŽ ė̇ 🙂 \u2028 "q" \\ \t \u0001 \ufeff'
d['ideas'][0]['title'] = s
d['people'][0]['name'] = 'Žydrūnė Čiurlionytė'
d['districts'].append('Šilainiai ' + s)
d['log'][0]['summary'] = s
json.dump(d, open(sys.argv[2], 'w'), ensure_ascii=False, indent=1)
PY
check "file → database" bash -c '"$1" db copy "$2" "$3" >/dev/null' _ "$BIN" "$E2E_TMP/lt-in.json" "$(pg_url lt)"
check "database → file" bash -c '"$1" db copy "$2" "$3" >/dev/null' _ "$BIN" "$(pg_url lt)" "$E2E_TMP/lt-a.json"
check "the same data" python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
    "$E2E_TMP/lt-in.json" "$E2E_TMP/lt-a.json"
check "that file → another database → file" bash -c '"$1" db copy "$2" "$3" >/dev/null && "$1" db copy "$3" "$4" >/dev/null' \
    _ "$BIN" "$E2E_TMP/lt-a.json" "$(pg_url lt2)" "$E2E_TMP/lt-b.json"
check "byte for byte" cmp -s "$E2E_TMP/lt-a.json" "$E2E_TMP/lt-b.json"
"$BIN" db copy --lang lt "$SAMPLE" "$(pg_url lt)" >/dev/null 2>"$E2E_TMP/lt-full.err"
check "a database with data is refused (74)" test $? = 74
check "in correct Lithuanian" grep -qF "; nieko nenukopijuota. Kad juos pakeistumėte, pridėkite --replace." "$E2E_TMP/lt-full.err"
end_chain

chain "the log"
pg_createdb logs
"$BIN" db copy "$SAMPLE" "$(pg_url logs)" >/dev/null
SEQ="$(pg_psql logs "SELECT seq FROM idea_tui.log WHERE entry ? 'ideaId' ORDER BY seq LIMIT 1")"
IDEA="$(pg_psql logs "SELECT entry->>'ideaId' FROM idea_tui.log WHERE seq = $SEQ")"
OTHER="$(pg_psql logs "SELECT id FROM idea_tui.records WHERE collection = 'ideas' AND id <> '$IDEA' LIMIT 1")"
check "psql may clear an entry's idea link" pg_psql logs "UPDATE idea_tui.log SET entry = entry - 'ideaId' WHERE seq = $SEQ"
check "but not set another idea" bash -c '! psql -X -q -h "$1" -p "$2" -U "$3" -d logs -c "$4" 2>"$5" && grep -qF "append-only" "$5"' \
    _ "$PG_DIR" "$PG_PORT" "$PG_ADMIN" "UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"$OTHER\"}' WHERE seq = $SEQ" "$E2E_TMP/retarget.err"
check "the one it named comes back" pg_psql logs "UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"$IDEA\"}' WHERE seq = $SEQ"
check "and the database comes out as the file went in" bash -c '"$1" db copy "$2" "$3" >/dev/null && cmp -s "$3" "$4"' \
    _ "$BIN" "$(pg_url logs)" "$E2E_TMP/logs.json" "$SAMPLE"
end_chain

chain "schemas"
pg_createdb flyway
pg_psql flyway "CREATE SCHEMA idea_tui; CREATE TABLE idea_tui.schema_version (version text, script text);
    INSERT INTO idea_tui.schema_version VALUES ('1', 'V1__init.sql')" >/dev/null
"$BIN" db init "$(pg_url flyway)" >/dev/null 2>"$E2E_TMP/flyway.err"
check "another program's schema_version: db init refuses (65)" test $? = 65
check "saying whose it is not, in one line" bash -c '[ "$(wc -l <"$1")" -eq 1 ] && grep -qF "a schema called idea_tui that is not idea-tui" "$1"' _ "$E2E_TMP/flyway.err"
"$BIN" db copy "$SAMPLE" "$(pg_url flyway)" >/dev/null 2>&1
check "db copy into it refuses (65)" test $? = 65
check "and it is left as it was" test "$(pg_psql flyway "SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'idea_tui'")" = schema_version
pg_createdb headless
"$BIN" db copy "$SAMPLE" "$(pg_url headless)" >/dev/null
pg_psql headless "DELETE FROM idea_tui.head" >/dev/null
"$BIN" db copy "$(pg_url headless)" "$E2E_TMP/headless.json" >/dev/null 2>&1
check "a database whose head row is gone is refused (65)" test $? = 65
check "and no file is written" test ! -e "$E2E_TMP/headless.json"
end_chain

chain "hand-edited records"
pg_createdb edited
"$BIN" db copy "$SAMPLE" "$(pg_url edited)" >/dev/null
pg_psql edited "UPDATE idea_tui.records SET record = jsonb_set(record, '{stage}', '\"bogus\"') WHERE collection = 'ideas' AND position = 3" >/dev/null
"$BIN" db copy "$(pg_url edited)" "$E2E_TMP/edited.json" >/dev/null 2>"$E2E_TMP/edited.err"
check "an invalid record: exit 65" test $? = 65
check "saying it cannot be loaded" grep -qF "the records in the database do not make a database that loads, 1 problem found" "$E2E_TMP/edited.err"
check "naming it by path, without lines of a file that is nowhere" bash -c 'grep -qF "ideas[2].stage: \"bogus\"" "$1" && ! grep -qF "line " "$1"' _ "$E2E_TMP/edited.err"
check "no file is written" test ! -e "$E2E_TMP/edited.json"
end_chain

e2e_finish
