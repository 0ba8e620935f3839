#!/usr/bin/env bash
# The whole test suite on a busy machine, as CI would run it: a fresh clone of this
# repository's last commit for every run, CI=true, no input, while two processes burn
# a CPU core each (sha256sum /dev/zero). Runs it N times in a row (default 3), says how
# each run ended and how long it took, and exits non-zero if any run failed.
#
#   scripts/test-under-load.sh [N]
#
# The clones and each run's output are in a temporary folder, kept when a run failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/idea-load.XXXXXX")"
burners=()

stop_burners() {
    local pid
    for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
}
trap stop_burners EXIT

for _ in 1 2; do
    sha256sum /dev/zero >/dev/null 2>&1 &
    burners+=("$!")
done
echo "test-under-load: two CPU burners running (pids ${burners[*]}); $runs run(s) of .ci/run on fresh clones of $(git -C "$root" rev-parse --short HEAD)"

failed=0
for n in $(seq 1 "$runs"); do
    clone="$work/clone-$n"
    git clone --quiet --no-local "$root" "$clone" || { echo "run $n: git clone failed"; failed=$((failed + 1)); continue; }
    started=$(date +%s)
    if (cd "$clone" && CI=true bash .ci/run </dev/null >"$work/run-$n.log" 2>&1); then
        result=passed
    else
        result=FAILED
        failed=$((failed + 1))
    fi
    echo "run $n: $result in $(( $(date +%s) - started )) s ($(tail -n 1 "$work/run-$n.log"))"
    [ "$result" = passed ] && rm -rf "$clone"
done

if [ "$failed" -gt 0 ]; then
    echo "test-under-load: $failed of $runs run(s) failed; their output is in $work"
    exit 1
fi
rm -rf "$work"
echo "test-under-load: all $runs runs passed"
