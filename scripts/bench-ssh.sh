#!/usr/bin/env bash
# How long a change takes over ssh while many people work at once: a private sshd (as in
# scripts/e2e/ssh.sh), a generated database of IDEAS ideas (default 1000), WORKERS ssh
# sessions at once (default 20), each taking its own team on and letting it go ROUNDS
# times (default 3). Prints the median and 95th percentile of one change (ssh login,
# load, apply, save, as the user waits for it) beside the same change made alone, without
# ssh, as the reference. Not part of the tests: figures only. Uses the release build.
#   scripts/bench-ssh.sh [WORKERS] [ROUNDS] [IDEAS]
set -uo pipefail
cd "$(dirname "$0")/.."
WORKERS="${1:-20}"; ROUNDS="${2:-3}"; IDEAS="${3:-1000}"
source scripts/e2e/lib/sshd.bash
swift build -c release >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
BIN="$(pwd)/.build/release/idea-tui"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/idea-bench-ssh.XXXXXX")"
trap 'sshd_stop; rm -rf "$TMP"' EXIT
sshd_start "$TMP/sshd" || exit 1

DB="$TMP/big.db.json"
"$BIN" generate --ideas "$IDEAS" --seed 15 --output "$DB" >/dev/null
python3 scripts/e2e/lib/mentor-pairs.py "$DB" "$WORKERS" >"$TMP/pairs"
i=0
while read -r mentor team; do
    ssh-keygen -q -t ed25519 -N '' -f "$TMP/w$i"
    "$BIN" access grant --db "$DB" --authorized-keys "$SSH_AK" --key "$TMP/w$i.pub" "$mentor" >/dev/null || exit 1
    i=$((i + 1))
done <"$TMP/pairs"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# The reference: the same change alone, without ssh.
read -r mentor team <"$TMP/pairs"
for r in 1 2 3; do
    t0=$(ms); "$BIN" mentors take "$team" --db "$DB" --as "$mentor" >/dev/null; echo $(( $(ms) - t0 )) >>"$TMP/alone"
    t0=$(ms); "$BIN" mentors release "$team" --reason bench --db "$DB" --as "$mentor" >/dev/null; echo $(( $(ms) - t0 )) >>"$TMP/alone"
done
# One change, timed, retried while busy (75): the time is what the user waited in all.
change() {  # key words…
    local key="$1" t0 rc; shift
    t0=$(ms)
    for _ in 1 2 3 4 5 6 7 8; do
        timeout 120 bash -c 'source scripts/e2e/lib/sshd.bash; SSH_PORT="$1"; SSH_USER="$2"; shift 2
            SSH_EXTRA=(-o SetEnv=IDEA_TUI_LOCK_WAIT=90); ssh_as "$@"' _ "$SSH_PORT" "$SSH_USER" "$key" "$@" >/dev/null 2>&1
        rc=$?
        [ "$rc" = 75 ] || break
    done
    echo "$rc $(( $(ms) - t0 ))"
}
started=$(ms)
i=0
pids=()
while read -r mentor team; do
    (
        for r in $(seq 1 "$ROUNDS"); do
            change "$TMP/w$i" mentors take "$team"
            change "$TMP/w$i" mentors release "$team" --reason "round-$r"
        done >"$TMP/w$i.times"
    ) &
    pids+=($!)
    i=$((i + 1))
done <"$TMP/pairs"
for pid in "${pids[@]}"; do wait "$pid"; done
wall=$(( $(ms) - started ))
"$BIN" validate --db "$DB" >/dev/null || echo "the database did not validate afterwards!" >&2
python3 - "$TMP" "$WORKERS" "$ROUNDS" "$IDEAS" "$wall" <<'PY'
import glob, statistics, sys
tmp, workers, rounds, ideas, wall = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rows = [line.split() for f in glob.glob(f"{tmp}/w*.times") for line in open(f)]
ok = sorted(int(ms) for rc, ms in rows if rc == "0")
if not ok: raise SystemExit(f"no change succeeded: exit codes {sorted(set(rc for rc, ms in rows))}")
failed = [rc for rc, ms in rows if rc != "0"]
alone = sorted(int(x) for x in open(f"{tmp}/alone"))
def p95(xs): return xs[max(0, int(round(0.95 * len(xs))) - 1)]
print(f"ssh changes under load: {ideas} ideas, {workers} sessions at once, {rounds} take+release rounds each")
print(f"{'':32} {'median':>8} {'p95':>8} {'n':>5}")
print(f"{'one change alone, no ssh (ms)':32} {statistics.median(alone):>8.0f} {p95(alone):>8} {len(alone):>5}")
print(f"{'one change over ssh, loaded (ms)':32} {statistics.median(ok):>8.0f} {p95(ok):>8} {len(ok):>5}")
print(f"ratio (median, loaded ssh / alone): {statistics.median(ok) / statistics.median(alone):.1f}x; "
      f"{len(ok) / (wall / 1000):.1f} changes/s in all; failed: {len(failed)} {sorted(set(failed))}")
PY
