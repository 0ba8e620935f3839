#!/usr/bin/env bash
# 48 or more malformed databases (truncated, wrong encoding, wrong types, duplicate ids,
# dangling references, off-grid and overlapping slots, slots that break a placement rule
# (hours, features, capacity, the plan's window, changeover, two places, travel), huge text, deep nesting, a newer
# schema, an empty file, a folder, a symlink loop, a 600 MB file, no permission when not
# root), each opened by validate, the app and schedule --auto: a non-zero exit, its own
# message naming the file, and the file byte for byte as it was (scripts/check-bad-files.py).
source "$(dirname "$0")/lib/common.bash"
e2e_build
check "every malformed file is refused in its own words and left as it was" \
    python3 scripts/check-bad-files.py "$BIN" "$E2E_TMP"

# The generator's and the auto-scheduler's festivals keep every placement rule, so they
# load again (loading checks each slot like the grid does).
festival="$E2E_TMP/festival.db.json"
"$BIN" generate --ready 80 --venues 10 --seed 4 --output "$festival" >/dev/null
facilitator=$(python3 -c 'import json,sys; print(next(p["id"] for p in json.load(open(sys.argv[1]))["people"] if "facilitator" in p["roles"]))' "$festival")
check "an auto-scheduled festival (80 ideas, 10 venues) is saved and loads again" \
    bash -c '"$0" schedule --auto --db "$1" --as "$2" >/dev/null && "$0" validate --db "$1" >/dev/null' "$BIN" "$festival" "$facilitator"
check "so does the sample, and a generated 1,000-idea database" \
    bash -c '"$0" validate --db ideas.db.json >/dev/null && "$0" generate --ideas 1000 --seed 5 --output "$1" >/dev/null && "$0" validate --db "$1" >/dev/null' "$BIN" "$E2E_TMP/gen.db.json"
e2e_finish
