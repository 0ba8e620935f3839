#!/usr/bin/env bash
# Ctrl-C, SIGTERM and SIGHUP: exit 128+signal with the terminal restored.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

for how in INT TERM HUP; do
    rm -f "$E2E_TMP"/rc "$E2E_TMP"/stty.*
    pane_script "$E2E_TMP/pane.sh" --db "$DB"
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    check "$how: first screen shows" wait_for "Ideas by stage"
    case "$how" in
        INT) keys C-c; expected=130 ;;
        TERM) expected=143 ;;
        HUP) expected=129 ;;
    esac
    if [ "$how" != INT ]; then
        pane_pid="$(tmux -L "$E2E_SOCKET" display -p '#{pane_pid}')"
        app_pid="$(pgrep -P "$pane_pid" -x idea-tui || true)"
        if [ -n "$app_pid" ]; then kill -s "$how" "$app_pid"; else fail "$how: found no idea-tui process"; fi
    fi
    check "$how: the app ends" wait_file "$E2E_TMP/stty.after"
    check "$how: exit status $expected" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = "$expected" ]
    check "$how: stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
    e2e_stop_tmux
done

e2e_finish
