#!/usr/bin/env bash
# Hostile text in the real terminal: titles, names and venues carrying escape sequences
# (clear screen, colours, a window title), BEL, C1 controls, bidi overrides, zero-width
# and combining characters and 10,000-character strings. The pane must show them as
# visible signs, keep its layout (status line last, header first), ring no bell and keep
# its title.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database

WORK="$E2E_TMP/hostile.db.json"
python3 - "$DB" "$WORK" <<'PY'
import json, sys
db = json.load(open(sys.argv[1], encoding="utf-8"))
bad = ["\x1b[2J\x1b[31mred\x1b[0m clear", "bell\x07\x07", "\x1b]2;pwned\x07title", "c1 \x9b2J csi",
       "a\u202eevil\u202c b", "zero\u200bwidth\u200djoin", "e" + "\u0301" * 60, "Ilgas " * 1700]
for i, idea in enumerate(db["ideas"]):
    idea["title"] = bad[i % len(bad)] + " %d" % i
for i, p in enumerate(db["people"]):
    p["name"] = bad[(i + 3) % len(bad)] + " %d" % i
for i, v in enumerate(db["venues"]):
    v["name"] = bad[(i + 5) % len(bad)] + " %d" % i
json.dump(db, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
check "the hostile file is a valid database" "$BIN" validate --db "$WORK"
pane_script "$E2E_TMP/pane.sh" --db "$WORK" --lang en
e2e_tmux 100 30 "$E2E_TMP/pane.sh"
TITLE_BEFORE="$(pane_format '#{pane_title}')"
check "the app starts" wait_for "Ideas by stage"
keys 2
check "the ideas list shows ESC as a visible sign" wait_for "␛[2J"
capture_when "Enter open" "$E2E_TMP/list.txt"
keys 7
check "and a bidi override as ⸮ (the venues)" wait_for "⸮evil⸮ b"
check "the tabs are still the first line" bash -c 'head -1 "$1" | grep -q "2 Ideas"' _ "$E2E_TMP/list.txt"
check "the status line is still the last line" bash -c 'tail -1 "$1" | grep -q "Enter open"' _ "$E2E_TMP/list.txt"
check "every row's stage starts in the same column" python3 - "$E2E_TMP/list.txt" <<'PY'
import re, sys
stages = "shared|refined|team|mentored|workshops|ready|scheduled|delivered|parked|withdrawn"
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()[3:-1]
cols = {m.start() for m in (re.search(r"  (%s) " % stages, r) for r in rows) if m}
assert len(cols) == 1, cols
PY
keys 9; keys 4; keys 2; keys Enter
check "an idea's page opens" wait_for "Stage"
check "no bell rang" [ "$(pane_format '#{window_bell_flag}')" = 0 ]
check "the pane's title was not changed" [ "$(pane_format '#{pane_title}')" = "$TITLE_BEFORE" ]
keys q; keys q; keys q
check "q leaves the app" wait_file "$E2E_TMP/rc"
check "exit status 0" [ "$(cat "$E2E_TMP/rc")" = "0" ]
e2e_finish
