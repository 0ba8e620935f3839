#!/usr/bin/env bash
# The real binary in tmux: first screen with the database's figures, resizes down to
# "too small" and back, help, Ctrl-L, a mouse click, q; exit 0 and the terminal as it was.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
echo "$E2E_NAME: $DB ($IDEAS ideas, $SCHEDULED/$TARGET scheduled)"

# After a failed step: close whatever is open and go back to the dashboard.
e2e_recover() {
    local _
    for _ in 1 2 3; do screen_text | grep -qF "close this help" && keys Escape; done
    keys 1
}

pane_script "$E2E_TMP/pane.sh" --db "$DB"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"

check "first screen shows" wait_for "Ideas by stage"
check "title shows $SCHEDULED/$TARGET scheduled" wait_for "$SCHEDULED/$TARGET scheduled"
check "status line shows $IDEAS ideas" wait_for "$IDEAS ideas"
check "status line offers q quit, / search and ? help" wait_for "q quit  / search  ? help"
check "sectors are listed" wait_for "educational"

resize 80 24
check "80×24 redraws" wait_for "Recent activity"
check "80×24 keeps the figures" wait_for "$SCHEDULED/$TARGET scheduled"
resize 30 8
check "30×8 says too small" wait_for "terminal too small"
check "30×8 gives the sizes" wait_for "have 30×8"
resize 100 30
check "back at 100×30" wait_for "Ideas by stage"
check "the too-small message is gone" wait_gone "terminal too small"

chain "help"
keys '?'
check "? opens the help" wait_for "close this help"
keys Escape
check "Esc closes the help" wait_gone "close this help"
end_chain
keys C-l
check "Ctrl-L redraws" wait_for "Ideas by stage"

# A click on "? help" in the status line, wherever the status line puts it.
chain "click"
check "the status line offers ? help" wait_for "? help"
click_text "? help" 29
check "a click on \"? help\" opens the help" wait_for "close this help"
keys '?'
check "? closes it again" wait_gone "close this help"
end_chain

keys q
check "q ends the app" wait_file "$E2E_TMP/stty.after"
check "exit status 0" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = 0 ]
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"

e2e_finish
