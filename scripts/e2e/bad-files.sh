#!/usr/bin/env bash
# 48 or more malformed databases (truncated, wrong encoding, wrong types, duplicate ids,
# dangling references, off-grid and overlapping slots, huge text, deep nesting, a newer
# schema, an empty file, a folder, a symlink loop, a 600 MB file, no permission when not
# root), each opened by validate, the app and schedule --auto: a non-zero exit, its own
# message naming the file, and the file byte for byte as it was (scripts/check-bad-files.py).
source "$(dirname "$0")/lib/common.bash"
e2e_build
check "every malformed file is refused in its own words and left as it was" \
    python3 scripts/check-bad-files.py "$BIN" "$E2E_TMP"
e2e_finish
