# A private PostgreSQL server for the end-to-end tests: a cluster made with initdb in a
# temporary folder, started with pg_ctl listening only on a Unix socket in that folder
# (listen_addresses=''), or also on 127.0.0.1 at a free port with `pg_start --tcp`
# (password logins, scram-sha-256). Stopped (pg_ctl stop -m fast) and removed by
# pg_stop: call it from the script's EXIT trap, so a failed check stops it too.
#
# For speed the server runs with fsync, synchronous_commit and full_page_writes off (a
# test's cluster is thrown away, never recovered after a power cut). PG_DURABLE=1 leaves
# them at PostgreSQL's defaults (on), as a benchmark must (scripts/bench-postgres.sh).
#
# PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as an unprivileged
# user ($IDEA_TUI_PG_USER, else `postgres` from Debian's package, else `nobody`) through
# runuser, and the folder belongs to that user; as anyone else they run directly.
#
# After pg_start: $PG_DIR (the folder, also the socket's), $PG_PORT, $PG_ADMIN (the
# superuser, no password over the socket), $PG_USER/$PG_PASSWORD (a role for TCP);
# pg_url DB [USER], pg_tcp_url DB [USER] [PASSWORD], pg_psql DB SQL, pg_createdb DB [OWNER];
# pg_crash and pg_restart stop the server as a crash would and start it again.

PG_DIR=""
PG_ADMIN="idea_admin"
PG_USER="kaunas"
PG_PASSWORD="Kaunas-2026"
PG_RUN_AS=""

# The folder with initdb and pg_ctl: Debian's /usr/lib/postgresql/N/bin (newest first),
# else where PATH finds them.
pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    dir="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    return 1
}

pg_as() {
    if [ -n "$PG_RUN_AS" ]; then (cd / && runuser -u "$PG_RUN_AS" -- "$@"); else "$@"; fi
}

pg_start() {  # [--tcp]
    local bin tcp="" try options
    [ "${1:-}" = "--tcp" ] && tcp=1
    bin="$(pg_bin)" || { echo "initdb/pg_ctl not found (scripts/install-deps.sh installs postgresql)" >&2; return 1; }
    PG_BIN="$bin"
    if [ "$(id -u)" = 0 ]; then
        PG_RUN_AS="${IDEA_TUI_PG_USER:-}"
        [ -n "$PG_RUN_AS" ] || { id postgres >/dev/null 2>&1 && PG_RUN_AS=postgres || PG_RUN_AS=nobody; }
    fi
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/idea-tui-pg-e2e.XXXXXX")"
    [ -n "$PG_RUN_AS" ] && chown "$PG_RUN_AS" "$PG_DIR"
    chmod 700 "$PG_DIR"
    pg_as "$bin/initdb" -D "$PG_DIR/data" -U "$PG_ADMIN" -E UTF8 --locale=C --auth-local=trust \
        --auth-host=scram-sha-256 -N >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    for try in 1 2 3 4 5; do
        if [ -n "$tcp" ]; then
            PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
            options="-c listen_addresses=127.0.0.1"
        else
            PG_PORT=5432
            options="-c listen_addresses=''"
        fi
        options="$options -k $PG_DIR -p $PG_PORT"
        # Quick unless PG_DURABLE=1 (a test that a committed change survives the server
        # being stopped with -m immediate, or a benchmark): then PostgreSQL's defaults.
        [ "${PG_DURABLE:-}" = 1 ] || options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        PG_OPTIONS="$options"
        pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$options" start >/dev/null 2>&1 && break
        [ -z "$tcp" ] && { cat "$PG_DIR/server.log" >&2; return 1; }
    done
    pg_psql postgres "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'" >/dev/null
}

# Stops the server as a crash would (pg_ctl stop -m immediate: no checkpoint, no goodbye to
# clients), and starts it again on the same folder, port and settings.
pg_crash() { pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m immediate -w >/dev/null 2>&1; }
pg_restart() {
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$PG_OPTIONS" start >/dev/null 2>&1
}

pg_stop() {
    [ -n "$PG_DIR" ] || return 0
    [ -d "$PG_DIR/data" ] && pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m fast -w >/dev/null 2>&1
    rm -rf "$PG_DIR"
    PG_DIR=""
}

pg_url() { echo "postgresql://${2:-$PG_ADMIN}@/$1?host=$PG_DIR&port=$PG_PORT"; }  # db [user]
pg_tcp_url() {  # db [user] [password]
    local secret=""
    [ -n "${3:-}" ] && secret=":$3"
    echo "postgresql://${2:-$PG_USER}$secret@127.0.0.1:$PG_PORT/$1?sslmode=disable"
}
pg_psql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$PG_ADMIN" -d "$1" -c "$2"; }  # db sql
pg_createdb() { pg_psql postgres "CREATE DATABASE $1 OWNER ${2:-$PG_ADMIN}" >/dev/null; }  # db [owner]

# The start of a script on its own server: no PG* variables of the machine's, a home of
# its own (no ~/.pgpass of the machine's), the server started and stopped at exit; a
# server that cannot start is a failure that ends the script.
pg_e2e_start() {  # [--tcp]
    trap 'pg_stop; e2e_cleanup' EXIT
    unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSSLMODE IDEAS_DB
    export HOME="$E2E_TMP/home"
    mkdir -p "$HOME"
    if ! pg_start "$@"; then
        fail "PostgreSQL could not be started"
        e2e_finish
    fi
}
