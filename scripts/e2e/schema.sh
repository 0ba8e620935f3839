#!/usr/bin/env bash
# The sample and a freshly generated database satisfy docs/ideas.db.schema.json, and a
# broken file does not. Installs Python's jsonschema package when it is missing.
source "$(dirname "$0")/lib/common.bash"
e2e_build

if ! python3 -c 'import jsonschema' 2>/dev/null; then
    echo "  installing the Python package jsonschema"
    python3 -m pip install --quiet jsonschema </dev/null || { fail "jsonschema could not be installed"; e2e_finish; }
fi

check "the sample ideas.db.json passes the schema" python3 scripts/check-schema.py ideas.db.json
"$BIN" generate --ideas 1000 --seed 5 --output "$E2E_TMP/gen.db.json" >/dev/null
check "a generated 1,000-idea database passes the schema" python3 scripts/check-schema.py "$E2E_TMP/gen.db.json"
sed 's/"stage": "shared"/"stage": "finished"/' ideas.db.json > "$E2E_TMP/bad.db.json"
check "a file with an unknown stage fails the schema" \
    bash -c '! python3 scripts/check-schema.py "$1" >/dev/null 2>&1' _ "$E2E_TMP/bad.db.json"
e2e_finish
