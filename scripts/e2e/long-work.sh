#!/usr/bin/env bash
# Long work never freezes the screen: on a generated festival of 100 ready ideas, `A`
# starts the auto-scheduler off the key loop; the last row shows its progress ("Esc
# cancel  Scheduling 100 ready ideas: 10% …, 1.2 s"), a key that moves (2: the ideas
# list) is answered while it runs, a key that would change something is refused with a
# message, Esc cancels it with nothing changed (the file byte for byte as before, no
# backup written) and the screen says so; Q while it runs stops it first and does not
# quit. Run again, it ends on its own, asks, and its result is saved. In Lithuanian too.
#
# It never depends on the machine's speed: IDEA_TUI_TEST_HOLD_WORK (debug builds) holds a
# computation at a tenth of its count while the file it names exists, still answering
# Esc; removing the file lets it run to its end.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build

WORK="$E2E_TMP/festival.db.json"
HOLD="$E2E_TMP/hold"
"$BIN" generate --ready 100 --venues 20 --seed 16 --output "$WORK" >/dev/null || { echo "generate failed"; exit 1; }
FACILITATOR="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(p["id"] for p in d["people"] if "facilitator" in p.get("roles", [])))' "$WORK")"
slots() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["festival"]["slots"]))' "$WORK"; }
# The last row of the screen.
last_row() { screen_text | tail -n 1; }
# The progress line's "how far" depends on where the search holds (IDEA_TUI_TEST_HOLD_WORK),
# so it is matched as "N% …" (a percentage of the English or Lithuanian kind).
PERCENT='[0-9]+ ?% …'
last_row_has() {  # text [-E: text is an extended regular expression]
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 )) how=-qF
    [ "${2:-}" = -E ] && how=-qE
    while [ "$(now_ms)" -lt "$deadline" ]; do
        last_row | grep "$how" -- "$1" && return 0
        sleep 0.05
    done
    echo "    (the last row never showed \"$1\"; it was: $(last_row))"
    return 1
}
cp "$WORK" "$E2E_TMP/before.json"

touch "$HOLD"
PANE_ENV="IDEA_TUI_TEST_HOLD_WORK=$(printf '%q' "$HOLD")" pane_script "$E2E_TMP/pane.sh" --db "$WORK" --as "$FACILITATOR" --lang en
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
check "the app starts" wait_for "Ideas by stage"

chain "auto-scheduling runs off the loop and Esc cancels it"
keys 9
check "screen 9 is the festival grid" wait_for "0/100 scheduled"
keys_busy A
check "A shows a progress line: what runs, how far, for how long" last_row_has "Scheduling 100 ready ideas: $PERCENT," -E
check "… with the key that cancels it" last_row_has "Esc cancel"
check "… and it keeps counting the time" bash -c '
    first=$(tmux -L "$1" capture-pane -p | tail -n 1 | grep -oE "[0-9]+\.[0-9] s")
    for _ in $(seq 1 600); do
        now=$(tmux -L "$1" capture-pane -p | tail -n 1 | grep -oE "[0-9]+\.[0-9] s")
        [ -n "$now" ] && [ "$now" != "$first" ] && exit 0
        sleep 0.05
    done; exit 1' _ "$E2E_SOCKET"
keys_busy 2
check "a key that moves is answered while it runs (2: the ideas list)" wait_for "Ideas · "
check "… and the work still runs" last_row_has "Esc cancel"
keys_busy Down
check "moving down the list works meanwhile" bash -c 'tmux -L "$1" capture-pane -p | sed -n 2p | grep -qE " 2/[0-9]+ *$"' _ "$E2E_SOCKET"
keys_busy u
check "a key that would change something is refused, saying why" last_row_has "Still scheduling"
keys_busy 9
check "back on the grid, still running" last_row_has "$PERCENT" -E
keys_busy Escape
check "Esc cancels and says nothing was changed" last_row_has "Automatic scheduling cancelled; nothing was changed."
check "the progress line is gone, the grid's keys are back" last_row_has "A auto"
check "the file is byte for byte as before" cmp -s "$WORK" "$E2E_TMP/before.json"
check "no backup was written (nothing was saved)" bash -c '! test -e "$1.bak"' _ "$WORK"
check "the input log says the work was cancelled, not done" bash -c '! grep -qx done "$1"' _ "$INPUT_LOG"
end_chain

chain "Q while it runs stops it first"
keys_busy A
check "it runs again" last_row_has "Scheduling 100 ready ideas"
keys_busy Q
check "Q stops the work, says so and that Q again quits" last_row_has "nothing was changed. Q again quits."
check "… and the app is still running" bash -c '! test -e "$1"' _ "$E2E_TMP/rc"
check "the file is still as before" cmp -s "$WORK" "$E2E_TMP/before.json"
end_chain

chain "run to its end, asked, then saved"
rm -f "$HOLD"
keys 9
keys_busy A
check "run again, it ends and asks first" wait_for "ready ideas by every rule" 300
placed="$(screen_text | grep -oE 'Places [0-9]+ of the 100' | grep -oE '[0-9]+' | head -n 1)"
check "it says how many it places" [ -n "$placed" ]
check "still nothing saved before the answer" cmp -s "$WORK" "$E2E_TMP/before.json"
keys y
check "y saves them" wait_for "saved: scheduled $placed interventions automatically"
check "the grid counts them" wait_for "$placed/100 scheduled"
check "the file holds them" [ "$(slots)" = "$placed" ]
check "the file is valid" "$BIN" validate --db "$WORK"
keys Q
check "Q quits when nothing runs (exit 0)" eval 'wait_file "$E2E_TMP/rc" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
end_chain
e2e_stop_tmux

# Lithuanian: the progress line and the cancel in the other language.
cp "$E2E_TMP/before.json" "$WORK"
touch "$HOLD"
PANE_ENV="IDEA_TUI_TEST_HOLD_WORK=$(printf '%q' "$HOLD")" pane_script "$E2E_TMP/pane.sh" --db "$WORK" --as "$FACILITATOR" --lang lt
e2e_tmux 120 30 "$E2E_TMP/pane.sh"
chain "in Lithuanian"
check "the app starts" wait_for "Idėjos pagal etapą"
keys 9
keys_busy A
check "the progress line in Lithuanian" last_row_has "Planuojama 100 paruoštų idėjų: $PERCENT," -E
check "… with its key" last_row_has "Esc atšaukti"
keys_busy Escape
check "Esc cancels, said in Lithuanian" last_row_has "Automatinis planavimas atšauktas; nieko nepakeista."
check "the file is byte for byte as before" cmp -s "$WORK" "$E2E_TMP/before.json"
end_chain
rm -f "$HOLD"
e2e_finish
