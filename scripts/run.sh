#!/usr/bin/env bash
# Builds idea-tui in release mode and opens the terminal interface on ideas.db.json.
# Extra arguments go to idea-tui (e.g. --no-mouse).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --run-only
swift build -c release
exec .build/release/idea-tui --db ideas.db.json "$@"
