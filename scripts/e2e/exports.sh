#!/usr/bin/env bash
# Every programme export read back by a reader that is not ours, on hostile text (see
# scripts/check-exports.py). Installs Python's icalendar and xmlschema when missing.
source "$(dirname "$0")/lib/common.bash"
e2e_build

for package in icalendar xmlschema; do
    if ! python3 -c "import $package" 2>/dev/null; then
        echo "  installing the Python package $package"
        python3 -m pip install --quiet "$package" </dev/null || { fail "$package could not be installed"; e2e_finish; }
    fi
done
check "each export reads back through an independent reader" python3 scripts/check-exports.py "$BIN" ideas.db.json "$E2E_TMP"
e2e_finish
