#!/usr/bin/env bash
# A facilitator's walk through the real binary in tmux: search for an idea with plain
# letters (no diacritics), open it, resize, read the help, go back and quit; the
# terminal must be as it was.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

# An idea whose title has diacritics and is unique once folded, and the plain query.
read -r QUERY STAGE TITLE < <(python3 - "$DB" <<'PY'
import json, sys, unicodedata
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))
ideas = json.load(open(sys.argv[1]))["ideas"]
counts = {}
for i in ideas:
    counts[fold(i["title"])] = counts.get(fold(i["title"]), 0) + 1
for i in ideas:
    t = i["title"]
    if fold(t) != t.lower() and counts[fold(t)] == 1 and not any(fold(t) in fold(o["title"]) and o is not i for o in ideas):
        print(fold(t).replace(" ", "_"), i["stage"], t)
        break
PY
)
QUERY="${QUERY//_/ }"
echo "$E2E_NAME: searching \"$QUERY\" for “$TITLE” ($STAGE)"

pane_script "$E2E_TMP/pane.sh" --db "$DB"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "first screen shows" wait_for "Ideas by stage"

chain "search and open"
keys /
check "/ opens the search line on the ideas list" wait_for "Search:"
keys -l "$QUERY"
check "the typed words show" wait_for "Search: $QUERY"
check "the match is counted" wait_for "match 1 of 1"
keys Enter
check "Enter ends the search on the match" wait_gone "Search:"
keys Enter
check "Enter again opens the idea" wait_for "$TITLE"
check "the detail shows its stage" wait_for "$STAGE"

resize 80 24
check "80×24 keeps the idea" wait_for "$TITLE"
resize 30 8
check "30×8 says too small" wait_for "terminal too small"
resize 120 40
check "120×40 shows the idea again" wait_for "$TITLE"
check "the too-small message is gone" wait_gone "terminal too small"

keys '?'
check "? shows the keys of this screen" wait_for "Keys · Ideas"
keys Escape
check "Esc closes the help" wait_gone "Keys · Ideas"

keys Escape
check "Esc goes back to the list" wait_for "Title ▲"
keys q
check "q goes back to the dashboard" wait_for "Ideas by stage"
end_chain
keys q
check "q on the dashboard quits" wait_file "$E2E_TMP/stty.after"
check "exit status 0" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = 0 ]
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"

e2e_finish
