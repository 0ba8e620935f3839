#!/usr/bin/env bash
# Everything CI runs: dependencies, build, unit tests (Swift Testing), then every
# end-to-end script in scripts/e2e/. Ends with "N passed, M failed" for the end-to-end
# part and exits non-zero if anything failed. Needs no input and no terminal.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh || exit 1
started=$SECONDS
swift build || { echo "swift build failed" >&2; exit 1; }
echo "== swift build took $((SECONDS - started)) s"
# Built once here: the end-to-end scripts use this binary instead of each asking
# `swift build` again (ten seconds each even when nothing changed).
IDEA_TUI_E2E_BIN="$(pwd)/.build/debug/idea-tui"
export IDEA_TUI_E2E_BIN

status=0
started=$SECONDS
if ! swift test; then
    echo "swift test failed" >&2
    status=1
fi
echo "== swift test took $((SECONDS - started)) s"

passed=0
failed=0
failures=()
for script in scripts/e2e/*.sh; do
    [ -f "$script" ] || continue
    echo "== e2e: $script"
    started=$SECONDS
    if bash "$script" </dev/null; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$script")
    fi
    echo "== e2e: $script took $((SECONDS - started)) s"
done
[ "$failed" -gt 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -gt 0 ] && status=1
exit "$status"
