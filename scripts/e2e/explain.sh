#!/usr/bin/env bash
# Screens that say what they do, in the real binary (issue 13): a search is not a filter
# (it says "match 1 of N" and hides nothing) while the text filter (\) narrows the list,
# shows among the filters and F clears it; the filter window ticks with Space and Enter,
# says so, and ? shows its own keys over it; the dashboard starts on its first figure;
# the grid's help explains its symbols and the place picker labels its columns; a
# message longer than the line says how to read it whole (~).
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

# A word several idea titles share, and a ready idea's title (for a message about it).
read -r WORD READY < <(python3 - "$DB" <<'PY'
import json, sys, unicodedata
from collections import Counter
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))
ideas = json.load(open(sys.argv[1]))["ideas"]
words = Counter(w for i in ideas for w in set(fold(i["title"]).split()) if len(w) >= 5 and w.isalpha())
word = next(w for w, n in words.most_common() if 2 <= n <= 8)
ready = next(i["title"] for i in ideas if i["stage"] == "ready")
print(word, ready.replace(" ", "_"))
PY
)
READY="${READY//_/ }"
ALL=$IDEAS
echo "$E2E_NAME: searching and filtering \"$WORD\"; a message about “$READY”"

pane_script "$E2E_TMP/pane.sh" --db "$DB" --lang en --as "$(python3 -c 'import json,sys; print(next(p["name"] for p in json.load(open(sys.argv[1]))["people"] if "facilitator" in p["roles"]))' "$DB")"
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "first screen shows" wait_for "Ideas by stage"
check "the first stage's row is selected from the start" bash -c \
    'tmux -L "$1" capture-pane -p -e | sed -n 4p | grep -q "7m.*shared\|7mshared"' _ "$E2E_SOCKET"

chain "search is not a filter"
keys 2 /
keys -l "$WORD"
keys Enter
check "a search says where its matches are" wait_for "/$WORD · match 1 of"
check "and is not called a filter" bash -c '! tmux -L "$1" capture-pane -p | sed -n 2p | grep -q "Filters"' _ "$E2E_SOCKET"
check "it hides nothing" wait_for "Ideas · $ALL of $ALL"
keys '\'
check "\\ opens the text filter's line" wait_for "Filter, text contains:"
keys -l "$WORD"
keys Enter
check "the text filter shows among the filters" wait_for "Filters: contains “$WORD”"
keys F
check "F clears it" wait_for "Ideas · $ALL of $ALL"
end_chain

chain "the filter window"
keys f
check "the filter window's footer says what ticks" wait_for "Space/Enter tick"
keys Down Space
check "Space ticks a filter (the list narrows)" wait_for "Filters: shared"
keys '?'
check "? shows the filter window's keys" wait_for "Keys · Filters"
check "… and what its filters mean" wait_for "Filters of one kind match any of them"
keys Escape
check "Esc closes the help, the window stays" bash -c 'tmux -L "$1" capture-pane -p | grep -q "┌─ Filters" && ! tmux -L "$1" capture-pane -p | grep -q "Keys · Filters"' _ "$E2E_SOCKET"
keys Escape F
check "the list is whole again" wait_for "Ideas · $ALL of $ALL"
end_chain

chain "the grid explains itself"
keys 9 '?'
check "the grid's help opens" wait_for "Keys · Festival"
keys End
check "it explains its symbols" wait_for "pinned: auto-scheduling keeps it"
check "… ■ included" wait_for "a ready idea still waiting for a place"
keys Escape p
check "the place picker labels its columns" wait_for "Length"
check "… the audience and whether it fits" bash -c 'tmux -L "$1" capture-pane -p | grep -q "Audience.*Here"' _ "$E2E_SOCKET"
keys Escape
end_chain

chain "a long message"
resize 60 18
keys 2 '\'
keys -l "$READY"
keys Enter '>'
check "a message too long for the line names the key that shows it" wait_for "~ messages"
keys '~'
check "~ shows it whole" wait_for "Messages, newest first"
check "… to its last word" wait_for "festival grid"
keys Enter
end_chain

keys Q
check "Q quits" wait_file "$E2E_TMP/stty.after"
check "exit status 0" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = 0 ]
e2e_finish
