#!/usr/bin/env bash
# Where there is no usable terminal, idea-tui says so in one line on stderr, exits 74,
# and writes no escape codes anywhere.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

# Output to a file, input from /dev/null, no terminal at all (as in CI).
"$BIN" --db "$DB" >"$E2E_TMP/out" 2>"$E2E_TMP/err" </dev/null
rc=$?
check "no terminal: exit status 74" [ "$rc" = 74 ]
check "no terminal: nothing on stdout" [ ! -s "$E2E_TMP/out" ]
check "no terminal: one line on stderr" one_line "$E2E_TMP/err"
check "no terminal: no escape bytes" no_escape_bytes "$E2E_TMP/err"
sed 's/^/    stderr: /' "$E2E_TMP/err"

# Inside a real terminal: stdout redirected to a file, then TERM=dumb and an unknown TERM
# with stdout on the terminal. Everything the pane receives is recorded (pipe-pane), so
# an escape code sent to the terminal would show.
q() { printf '%q' "$1"; }
cat >"$E2E_TMP/pane.sh" <<SCRIPT
cd $(q "$E2E_ROOT")
while [ ! -e $E2E_TMP/go ]; do sleep 0.05; done
echo recording-started
$(q "$BIN") --db $(q "$DB") >$E2E_TMP/tty.out 2>$E2E_TMP/tty.err; echo \$? >$E2E_TMP/tty.rc
TERM=dumb $(q "$BIN") --db $(q "$DB") 2>$E2E_TMP/dumb.err; echo \$? >$E2E_TMP/dumb.rc
TERM=no-such-terminal $(q "$BIN") --db $(q "$DB") 2>$E2E_TMP/unknown.err; echo \$? >$E2E_TMP/unknown.rc
echo done >$E2E_TMP/done
echo recording-ended
sleep 60
SCRIPT
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
# pipe-pane is in place when the command returns; the pane waits for "go" to start.
tmux -L "$E2E_SOCKET" pipe-pane -o "cat >$E2E_TMP/pane.raw"
touch "$E2E_TMP/go"
check "terminal runs finish" wait_file "$E2E_TMP/done"
# Everything the pane printed has reached the recording once its last line has.
wait_recorded() {
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        grep -q recording-ended "$E2E_TMP/pane.raw" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}
check "the pane output was recorded to its end" wait_recorded
check "stdout to a file: exit status 74" [ "$(cat "$E2E_TMP/tty.rc" 2>/dev/null)" = 74 ]
check "stdout to a file: the file is empty" [ ! -s "$E2E_TMP/tty.out" ]
check "stdout to a file: one line on stderr" one_line "$E2E_TMP/tty.err"
check "TERM=dumb: exit status 74" [ "$(cat "$E2E_TMP/dumb.rc" 2>/dev/null)" = 74 ]
check "TERM=dumb: one line on stderr, naming TERM=dumb" grep -q "TERM=dumb" "$E2E_TMP/dumb.err"
check "unknown TERM: exit status 74" [ "$(cat "$E2E_TMP/unknown.rc" 2>/dev/null)" = 74 ]
check "unknown TERM: one line on stderr, naming it" grep -q "no-such-terminal" "$E2E_TMP/unknown.err"
for case in tty dumb unknown; do
    check "$case: stderr is one line without escape bytes" eval 'one_line "$E2E_TMP/$case.err" && no_escape_bytes "$E2E_TMP/$case.err"'
    sed "s/^/    $case stderr: /" "$E2E_TMP/$case.err"
done
check "the pane output was recorded" grep -q recording-started "$E2E_TMP/pane.raw"
check "the terminal received no escape bytes" no_escape_bytes "$E2E_TMP/pane.raw"

e2e_finish
