#!/usr/bin/env bash
# Everything CI runs: dependencies, build, unit tests (Swift Testing), then every
# end-to-end script in scripts/e2e/. Ends with "N passed, M failed" for the end-to-end
# part and exits non-zero if anything failed. Needs no input and no terminal.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh || exit 1
swift build || { echo "swift build failed" >&2; exit 1; }

status=0
if ! swift test; then
    echo "swift test failed" >&2
    status=1
fi

passed=0
failed=0
failures=()
for script in scripts/e2e/*.sh; do
    [ -f "$script" ] || continue
    echo "== e2e: $script"
    if bash "$script" </dev/null; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$script")
    fi
done
[ "$failed" -gt 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -gt 0 ] && status=1
exit "$status"
