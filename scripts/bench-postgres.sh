#!/usr/bin/env bash
# The PostgreSQL store beside the file store (docs/PERFORMANCE.md, "PostgreSQL"):
#   scripts/bench-postgres.sh [sizes…]      (default: sample 1000 10000)
# Builds release, starts a private, durable PostgreSQL cluster (fsync and synchronous
# commits on, as a real server; scripts/e2e/lib/postgres.bash with PG_DURABLE=1), writes
# each database (`sample` is ideas.db.json, a number is `idea-tui generate --ideas N`),
# copies each into a database of its own with `idea-tui db copy`, runs
# `IdeaBench --postgres`, and stops and removes the cluster. Prints tables; asserts nothing.
# PG_BENCH_RUNS, PG_BENCH_CHANGES, PG_BENCH_WRITERS, PG_BENCH_WRITER_CHANGES and
# PG_BENCH_FILE_WRITER_CHANGES change how much is measured (Sources/IdeaBench/PostgresBench.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/e2e/lib/postgres.bash

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(sample 1000 10000)

swift build -c release --product idea-tui
swift build -c release --product IdeaBench
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d "${TMPDIR:-/tmp}/idea-bench-pg.XXXXXX")"
trap 'pg_stop; rm -rf "$work"' EXIT
PG_DURABLE=1 pg_start
echo "server: $("$PG_BIN/postgres" --version); fsync $(pg_psql postgres 'SHOW fsync'), synchronous_commit $(pg_psql postgres 'SHOW synchronous_commit'), full_page_writes $(pg_psql postgres 'SHOW full_page_writes')"

for size in "${sizes[@]}"; do
    file="$work/$size.db.json"
    if [ "$size" = sample ]; then
        cp ideas.db.json "$file"
    else
        "$bin/idea-tui" generate --ideas "$size" --seed 1 --output "$file" >/dev/null
    fi
    pg_createdb "bench_$size"
    "$bin/idea-tui" db copy "$file" "$(pg_url "bench_$size")"
done
echo
"$bin/IdeaBench" --postgres "$(pg_url bench)" "${sizes[@]}"
