#!/usr/bin/env bash
# Editing text in a form as a person would in a real terminal: diacritics, word jumps
# with Ctrl-arrows and Alt-b, deleting a word, a long multi-line bracketed paste, the
# form refusing to save while invalid, Esc asking before throwing changes away; then the
# exact text must be in the saved file.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/editing.db.json"
cp "$DB" "$WORK"
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
check "the app starts" wait_for "Ideas by stage"
k() { keys "$@"; }
chain "the new idea form"

k +
check "+ opens the new idea form" wait_for "New idea"
keys -l "Žalias kiemas Šančiuose"
k C-Left; keys -l "X"
k M-b; k M-b; keys -l "Y"
check "Ctrl-← and Alt-b jump by words over diacritics" wait_for "Žalias Ykiemas XŠančiuose"
k End; keys -l " tuščias"; k C-w
check "Ctrl-W deletes the word before the cursor" wait_for "Žalias Ykiemas XŠančiuose  "
k BSpace
k Tab
python3 -c "print('Pirma eilutė: ąčęėįšųūž.\nAntra eilutė.\n' + 'ilgas ' * 400, end='')" >"$E2E_TMP/paste.txt"
tmux -L "$E2E_SOCKET" load-buffer "$E2E_TMP/paste.txt"
[ -n "$E2E_BROKEN" ] || tmux -L "$E2E_SOCKET" paste-buffer -p
check "a long paste arrives as text, not as keys" wait_for "ilgas ilgas ilgas"
k C-s
check "an invalid form is not saved and says why" wait_for "choose at least one sector"
k Escape
check "Esc asks before throwing the changes away" wait_for "Throw away your changes?"
k n
check "any other key keeps editing" wait_gone "Throw away your changes?"
# Saving moved the cursor to the first field to fix: Sectors.
k Enter; keys -l "kult"; k Tab; k Enter     # sectors: cultural
k Tab; k Enter; keys -l "sanc"; k Enter     # district: Šančiai
k C-s
check "the idea is saved" wait_for "saved: shared the idea"
# Two saves more, then straight out: each later save writes into a file the app made
# ahead and sets the version before last aside, which must not outlive the app.
k u
check "u undoes it (a second save)" wait_for "undone: "
k C-r
check "Ctrl-R puts it back (a third)" wait_for "redone: "
end_chain
k q; k q; k q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]
check "no temporary file is left beside the database" bash -c '! ls -A "$1" | grep -E "^\.idea-tui-.*\.tmp$"' _ "$E2E_TMP"
check "and .bak is the version before the last save (the idea undone)" python3 - "$WORK.bak" <<'PY'
import json, sys
assert not any(i["title"].startswith("Žalias Ykiemas") for i in json.load(open(sys.argv[1]))["ideas"])
PY
check "the saved title and summary are exactly what was typed and pasted" python3 - "$WORK" "$E2E_TMP/paste.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
pasted = open(sys.argv[2], encoding="utf-8").read()
idea = next(i for i in d["ideas"] if i["title"].startswith("Žalias Ykiemas"))
assert idea["title"] == "Žalias Ykiemas XŠančiuose", repr(idea["title"])
# Ctrl-W ran in the title, so the
# summary is the paste, byte for byte (the form trims the trailing space).
assert idea["summary"].rstrip() == pasted.rstrip(), repr(idea["summary"][:80])
assert idea["sectors"] == ["cultural"] and idea["district"] == "Šančiai", idea
PY
check "stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
e2e_finish
