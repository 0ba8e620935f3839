#!/usr/bin/env bash
# A crash of any kind gives the terminal back. A debug build dies on its first key when
# IDEA_TUI_TEST_CRASH says how (a Swift trap, abort, a bad memory access); after it the
# terminal mode (stty -g) is as before, tmux says the pane asks for no mouse reports and
# is not in the alternate screen, the cursor shows, a paste is not bracketed, the crash
# message is readable, and the exit status still says which signal ended the app.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

# Like `pane_script`, then: the line a paste makes at the shell, as `cat -v` shows it.
crash_pane() {  # how term
    rm -f "$E2E_TMP/rc" "$E2E_TMP"/stty.* "$E2E_TMP/paste.txt" "$INPUT_LOG"
    {
        echo "cd $(printf '%q' "$E2E_ROOT")"
        echo "stty -g > $E2E_TMP/stty.before"
        printf 'IDEA_TUI_INPUT_LOG=%q TERM=%q IDEA_TUI_TEST_CRASH=%q %q --db %q\n' "$INPUT_LOG" "$2" "$1" "$BIN" "$DB"
        echo "echo \$? > $E2E_TMP/rc"
        echo "stty -g > $E2E_TMP/stty.after"
        echo "IFS= read -r line; printf '%s\n' \"\$line\" | cat -v > $E2E_TMP/paste.txt"
        echo "sleep 60"
    } >"$E2E_TMP/pane.sh"
}
mouse_flags() { pane_format '#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_all_flag}#{mouse_sgr_flag}#{mouse_utf8_flag}'; }
e2e_recover() { :; }

for run in "trap xterm-256color 132|133" "abort tmux-256color 134" "segv xterm-256color 139"; do
    read -r how term statuses <<<"$run"
    crash_pane "$how" "$term"
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    chain "$how"
    check "$how: first screen shows" wait_for "Ideas by stage"
    check "$how: while the app runs, the pane is in the alternate screen" [ "$(pane_format '#{alternate_on}')" = 1 ]
    check "$how: ... and asks for mouse reports" [ "$(pane_format '#{mouse_any_flag}')" = 1 ]
    keys 2
    check "$how: the first key crashes the app" wait_file "$E2E_TMP/stty.after"
    end_chain
    check "$how: the exit status says which signal ($statuses)" eval '[[ "$(cat "$E2E_TMP/rc" 2>/dev/null)" =~ ^($statuses)$ ]]'
    check "$how: stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
    check "$how: the pane has left the alternate screen" [ "$(pane_format '#{alternate_on}')" = 0 ]
    check "$how: no mouse reporting is left on" [ "$(mouse_flags)" = 000000 ]
    check "$how: the cursor shows" [ "$(pane_format '#{cursor_flag}')" = 1 ]
    check "$how: the app says it stopped and gave the terminal back" wait_for "idea-tui stopped on an internal error"
    if [ "$how" = trap ]; then
        check "$how: the runtime's message is not lost with the alternate screen" \
            wait_for "Fatal error: Range requires lowerBound <= upperBound"
    fi
    tmux -L "$E2E_SOCKET" set-buffer -b check "pasted"
    tmux -L "$E2E_SOCKET" paste-buffer -p -b check
    tmux -L "$E2E_SOCKET" send-keys Enter
    check "$how: the shell gets a paste" wait_file "$E2E_TMP/paste.txt"
    check "$how: ... not bracketed (bracketed paste is off)" [ "$(cat "$E2E_TMP/paste.txt")" = pasted ]
    e2e_stop_tmux
done

e2e_finish
