#!/usr/bin/env bash
# The database in a folder shared with careless or hostile people, through the real
# binary (docs/STORAGE.md): links planted where temporary files go, a database behind a
# symbolic link, other owners and groups, read-only and hard-linked files, a folder in
# the way of .bak, a FIFO, a full disk, /dev/full, a lock held by another program, a NUL
# in a spreadsheet. Each case: the right exit code, a message naming the file, and the
# data as it was. The cases with other users and a small disk need root (as in CI) and
# say so when skipped.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
ROOT=0; [ "$(id -u)" = 0 ] && ROOT=1
FACILITATOR="$IDEA_TUI_USER"
n=0

# A change: one new idea from a one-row spreadsheet (a new title each time).
change() {  # db [runner...]
    local db="$1"; shift
    n=$((n + 1))
    printf 'title,summary,author,email,sectors,district\nBandymas %s,Santrauka.,Rasa Petraitė,rasa@example.lt,social,Centras\n' "$n" >"$E2E_TMP/row.csv"
    chmod 644 "$E2E_TMP/row.csv"
    "$@" "$BIN" import --format csv "$E2E_TMP/row.csv" --db "$db" --as "$FACILITATOR" >"$E2E_TMP/out" 2>"$E2E_TMP/err"
}
code() { echo $?; }
same() { cmp -s "$1" "$2"; }
err_has() { grep -qF -- "$1" "$E2E_TMP/err" || { echo "    stderr: $(cat "$E2E_TMP/err")"; return 1; }; }
no_temporaries() { ! ls -a "$1" | grep -qE '^\.idea-tui-.*\.tmp$|\.tmp-[0-9]+$'; }
fresh() {  # folder: a copy of the database in a new folder
    rm -rf "$1"; mkdir -p "$1"; cp "$DB" "$1/ideas.db.json"
}
as_user() {  # uid gid command...
    local uid="$1" gid="$2"; shift 2
    setpriv --reuid "$uid" --regid "$gid" --clear-groups "$@"
}

chmod 755 "$E2E_TMP"

# 1. Links planted where the temporary file would go are never written through.
W="$E2E_TMP/plant"; fresh "$W"
echo "keep me" >"$E2E_TMP/victim"
# The name older versions used, NAME.tmp-PID, for the next few hundred process ids (made
# by one process, so that the save's own id is among them).
python3 - "$W/ideas.db.json" "$E2E_TMP/victim" <<'PY'
import os, sys
last = int(open("/proc/sys/kernel/ns_last_pid").read())
for pid in range(last + 1, last + 400):
    os.symlink(sys.argv[2], "%s.tmp-%d" % (sys.argv[1], pid))
PY
change "$W/ideas.db.json"; rc=$?
check "planted links: the change is saved" [ "$rc" = 0 ]
check "planted links: the file they point to is untouched" grep -qx "keep me" "$E2E_TMP/victim"
check "planted links: the database is still a regular file" [ -f "$W/ideas.db.json" ] && [ ! -L "$W/ideas.db.json" ]
check "planted links: the database is valid" "$BIN" validate --db "$W/ideas.db.json"

# 2. A database behind a symbolic link is saved beside the real file.
mkdir -p "$E2E_TMP/real" "$E2E_TMP/work"; cp "$DB" "$E2E_TMP/real/ideas.db.json"
ln -s ../real/ideas.db.json "$E2E_TMP/work/ideas.db.json"
change "$E2E_TMP/work/ideas.db.json"; rc=$?
check "through a link: saved" [ "$rc" = 0 ]
check "through a link: the link is still a link" [ -L "$E2E_TMP/work/ideas.db.json" ]
check "through a link: the real file has the change" grep -q "Bandymas $n" "$E2E_TMP/real/ideas.db.json"
check "through a link: .bak beside the real file" [ -f "$E2E_TMP/real/ideas.db.json.bak" ]
check "through a link: nothing else beside the link" [ "$(ls -A "$E2E_TMP/work")" = ideas.db.json ]
"$BIN" validate --db "$E2E_TMP/work/ideas.db.json" >"$E2E_TMP/out" 2>&1
check "through a link: validate names the real file" grep -qF "ideas.db.json → $E2E_TMP/real/ideas.db.json" "$E2E_TMP/out"

# 3. Owner, group and mode are kept, or the save is refused.
if [ "$ROOT" = 1 ]; then
    S="$E2E_TMP/shared"; fresh "$S"
    chown 1001:100 "$S" "$S/ideas.db.json"; chmod 2775 "$S"; chmod 660 "$S/ideas.db.json"
    change "$S/ideas.db.json"; rc=$?
    check "as root: saved" [ "$rc" = 0 ]
    check "as root: owner, group and mode kept (1001:100 660)" [ "$(stat -c %u:%g:%a "$S/ideas.db.json")" = 1001:100:660 ]
    cp "$S/ideas.db.json" "$E2E_TMP/before"
    change "$S/ideas.db.json" as_user 1002 100; rc=$?
    check "another member of the group: refused with 74" [ "$rc" = 74 ]
    check "another member of the group: says whose file it is" err_has "belongs to user 1001, group 100"
    check "another member of the group: the file is as it was" same "$S/ideas.db.json" "$E2E_TMP/before"
    check "another member of the group: still 1001:100 660" [ "$(stat -c %u:%g:%a "$S/ideas.db.json")" = 1001:100:660 ]
    check "another member of the group: no temporary file left" no_temporaries "$S"
    change "$S/ideas.db.json" as_user 1001 100; rc=$?
    check "its owner: saved, still 1001:100 660" [ "$rc" = 0 ] && [ "$(stat -c %u:%g:%a "$S/ideas.db.json")" = 1001:100:660 ]
else
    echo "  skip owners and groups (needs root to act as other users)"
fi

# 4. A read-only file is not replaced, whoever asks.
R="$E2E_TMP/readonly"; fresh "$R"; chmod 444 "$R/ideas.db.json"; cp "$R/ideas.db.json" "$E2E_TMP/before"
change "$R/ideas.db.json"; rc=$?
check "read-only: refused with 74" [ "$rc" = 74 ]
check "read-only: says so" err_has "the file is read-only"
check "read-only: unchanged" same "$R/ideas.db.json" "$E2E_TMP/before"

# 5. A hard-linked file is not split from its other name.
H="$E2E_TMP/hard"; fresh "$H"; ln "$H/ideas.db.json" "$H/copy.json"
change "$H/ideas.db.json"; rc=$?
check "hard link: refused with 74" [ "$rc" = 74 ]
check "hard link: says why" err_has "hard links"
check "hard link: both names still one file" [ "$(stat -c %i "$H/ideas.db.json")" = "$(stat -c %i "$H/copy.json")" ]

# 12. A FIFO is refused at once, never waited on.
F="$E2E_TMP/fifo"; mkdir -p "$F"; mkfifo "$F/ideas.db.json"
timeout 20 "$BIN" validate --db "$F/ideas.db.json" >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?
check "FIFO: refused with 74 (not a hang)" [ "$rc" = 74 ]
check "FIFO: says what it is" err_has "a FIFO (named pipe), not a file"

# 13. A folder where .bak goes stops the save; a long name saves.
B="$E2E_TMP/bakdir"; fresh "$B"; mkdir "$B/ideas.db.json.bak"; cp "$B/ideas.db.json" "$E2E_TMP/before"
change "$B/ideas.db.json"; rc=$?
check ".bak is a folder: refused with 74" [ "$rc" = 74 ]
check ".bak is a folder: says so" err_has "cannot be kept as ideas.db.json.bak"
check ".bak is a folder: unchanged" same "$B/ideas.db.json" "$E2E_TMP/before"
L="$E2E_TMP/long"; mkdir -p "$L"; long="$(printf 'ž%.0s' $(seq 1 120)).json"; cp "$DB" "$L/$long"
change "$L/$long"; rc=$?
check "a 245-byte file name: saved" [ "$rc" = 0 ] && [ -f "$L/$long.bak" ]

# 9. Output that cannot be written is an error, not a cut file.
for cmd in "export --format html" "export --format ics" "list" "stats" "mentors list"; do
    # shellcheck disable=SC2086
    "$BIN" $cmd --db "$DB" >/dev/full 2>"$E2E_TMP/err"; rc=$?
    check "$cmd > /dev/full: exit 74" [ "$rc" = 74 ]
    check "$cmd > /dev/full: says the disk is full" err_has "standard output: could not write: the disk is full"
done

# 8 and a full disk: one change, or nothing, and no temporary file left.
if [ "$ROOT" = 1 ] && mkdir -p "$E2E_TMP/disk" && mount -t tmpfs -o size=2m tmpfs "$E2E_TMP/disk" 2>/dev/null; then
    cp "$DB" "$E2E_TMP/disk/ideas.db.json"
    dd if=/dev/zero of="$E2E_TMP/disk/fill" bs=4k 2>/dev/null
    cp "$E2E_TMP/disk/ideas.db.json" "$E2E_TMP/before"
    change "$E2E_TMP/disk/ideas.db.json"; rc=$?
    check "full disk: refused with 74" [ "$rc" = 74 ]
    check "full disk: says the disk is full" err_has "the disk is full"
    check "full disk: unchanged" same "$E2E_TMP/disk/ideas.db.json" "$E2E_TMP/before"
    check "full disk: no temporary file left" no_temporaries "$E2E_TMP/disk"
    "$BIN" mentors suggest --apply --db "$E2E_TMP/disk/ideas.db.json" --as "$FACILITATOR" >/dev/null 2>"$E2E_TMP/err"; rc=$?
    check "full disk: mentors suggest --apply refused with 74, nothing applied" [ "$rc" = 74 ] && same "$E2E_TMP/disk/ideas.db.json" "$E2E_TMP/before"
    umount "$E2E_TMP/disk"
else
    echo "  skip the full disk (needs root to mount a small tmpfs)"
fi

# 11. A lock held by another program: waited for a limited time, its holder named.
K="$E2E_TMP/locked"; fresh "$K"; cp "$K/ideas.db.json" "$E2E_TMP/before"
flock "$K" sleep 60 &
holder=$!
wait_held() { for _ in $(seq 1 200); do grep -q FLOCK /proc/locks && return 0; sleep 0.05; done; return 1; }
wait_held
started=$(date +%s)
IDEA_TUI_LOCK_WAIT=2 change "$K/ideas.db.json"; rc=$?
check "held lock: gives up with 75 (try again)" [ "$rc" = 75 ]
check "held lock: says who holds it while waiting" err_has "waiting for flock (pid"
check "held lock: says it gave up and nothing was saved" err_has "waited 2 s and gave up, nothing was saved"
check "held lock: gave up in seconds, not forever" [ $(( $(date +%s) - started )) -lt 30 ]
check "held lock: unchanged" same "$K/ideas.db.json" "$E2E_TMP/before"
pkill -P "$holder" 2>/dev/null; kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
change "$K/ideas.db.json"; rc=$?
check "lock let go: the same change is saved" [ "$rc" = 0 ]

# 14. A NUL in a spreadsheet cell is refused where it is.
printf 'title,summary,author,email,sectors,district\nBad\000title,Sum,Rasa Petraitė,rasa@example.lt,social,Centras\n' >"$E2E_TMP/nul.csv"
N="$E2E_TMP/nul"; fresh "$N"; cp "$N/ideas.db.json" "$E2E_TMP/before"
"$BIN" import --format csv "$E2E_TMP/nul.csv" --db "$N/ideas.db.json" --as "$FACILITATOR" >/dev/null 2>"$E2E_TMP/err"; rc=$?
check "NUL in a cell: refused with 65" [ "$rc" = 65 ]
check "NUL in a cell: names row and column" err_has "row 2, column A “title”: holds the control character U+0000"
check "NUL in a cell: unchanged" same "$N/ideas.db.json" "$E2E_TMP/before"

e2e_finish
