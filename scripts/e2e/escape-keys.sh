#!/usr/bin/env bash
# Home and End in every form terminals send them (tmux and PuTTY: ESC[1~ and ESC[4~;
# xterm: ESC[H, ESC OH; rxvt: ESC[7~; with modifiers: ESC[1;5H …), under four TERM
# values whose terminfo knows only some of them: each is read as Home or End (the input
# log says "key home"), moves the list's selection to its first or last row, and never
# switches screens. Unknown escape sequences are swallowed whole; a lone Esc still goes
# back; Home in the filter dialog keeps it open; two mouse reports in one write (a double
# click over a slow link) are both read.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
LOG="$E2E_TMP/input.log"
PEOPLE="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["people"]))' "$DB")"

HOMES=("1b 5b 48" "1b 4f 48" "1b 5b 31 7e" "1b 5b 37 7e" "1b 5b 31 3b 35 48" "1b 5b 31 3b 32 48" "1b 5b 37 3b 35 7e" "1b 5b 37 5e")
ENDS=("1b 5b 46" "1b 4f 46" "1b 5b 34 7e" "1b 5b 38 7e" "1b 5b 31 3b 35 46" "1b 5b 31 3b 32 46" "1b 5b 38 3b 35 7e" "1b 5b 38 24")
# CSI 99 z, SS3 x, a device report, focus in, a key with an unknown modifier letter.
UNKNOWN=("1b 5b 39 39 7a" "1b 4f 78" "1b 5b 3f 31 3b 32 63" "1b 5b 49" "1b 5b 31 3b 35 59")

last_input() { grep -v '^ready$' "$LOG" | tail -n 1; }
# The list's position counter at the right of row 1 ("1/571").
counter() { screen_text | sed -n 2p | grep -oE '[0-9]+/[0-9]+ *$' | tr -d ' '; }
# The People list is on screen at position POS (first or last row).
on_people_at() {  # pos
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        screen_text | sed -n 2p | grep -qF "People" && [ "$(counter)" = "$1/$PEOPLE" ] && return 0
        sleep 0.05
    done
    echo "    (expected People at $1/$PEOPLE; row 1 was: $(screen_text | sed -n 2p))"
    return 1
}
e2e_recover() { keys 4; }

for term in xterm-256color tmux-256color screen-256color linux; do
    rm -f "$LOG" "$E2E_TMP"/rc "$E2E_TMP"/stty.*
    PANE_ENV="TERM=$term" pane_script "$E2E_TMP/pane.sh" --db "$DB"
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    check "$term: first screen shows" wait_for "Ideas by stage"
    keys 4
    check "$term: 4 opens People at its first row" on_people_at 1

    for i in "${!ENDS[@]}"; do
        raw ${ENDS[$i]}
        check "$term: ${ENDS[$i]} is End" [ "$(last_input)" = "key end" ]
        check "$term: ... and People shows its last row" on_people_at "$PEOPLE"
        raw ${HOMES[$i]}
        check "$term: ${HOMES[$i]} is Home" [ "$(last_input)" = "key home" ]
        check "$term: ... and People shows its first row" on_people_at 1
    done
    # As tmux itself sends the keys Home and End.
    keys End
    check "$term: tmux's End is End" [ "$(last_input)" = "key end" ]
    keys Home
    check "$term: tmux's Home is Home" [ "$(last_input)" = "key home" ]

    read_before="$(wc -l <"$LOG")"
    for sequence in "${UNKNOWN[@]}"; do
        raw $sequence
        check "$term: unknown $sequence is read whole and ignored" [ "$(last_input)" = ignored ]
    done
    check "$term: no key (Esc, [, a letter) came of them" eval '! tail -n +$((read_before + 1)) "$LOG" | grep -qE "^key "'
    check "$term: People is still there" on_people_at 1

    # Home used to close the dialog (Esc) and open the dashboard (1); now it selects the
    # first filter, and Esc after it closes the dialog back onto People.
    keys f
    check "$term: f opens the filter dialog" wait_for "─ Filters ─"
    raw 1b 5b 31 7e
    check "$term: Home in the dialog is Home" [ "$(last_input)" = "key home" ]
    keys Escape
    check "$term: ... Esc then closes the dialog" wait_gone "─ Filters ─"
    check "$term: ... onto People" on_people_at 1
    keys Escape
    check "$term: a lone Esc goes back to the dashboard" wait_for "Ideas by stage"

    # Two clicks, each a press and a release, in one write: both are read.
    if [ "$term" = xterm-256color ]; then
        click='1b 5b 3c 30 3b 32 31 3b 31 33 4d 1b 5b 3c 30 3b 32 31 3b 31 33 6d'  # SGR, row 12, column 20
    else
        click='1b 5b 4d 20 35 2d 1b 5b 4d 23 35 2d'  # X10, row 12, column 20
    fi
    keys '?'
    check "$term: ? opens the help" wait_for "close this"
    E2E_INPUTS=2 raw $click $click
    check "$term: a double click in one write is a click and a double click" \
        [ "$(grep '^mouse ' "$LOG" | tail -n 2 | paste -sd ' ')" = "mouse click 12 20 mouse doubleClick 12 20" ]
    keys Escape
    check "$term: Esc closes the help" wait_gone "close this"

    keys q
    check "$term: q ends the app with status 0" eval 'wait_file "$E2E_TMP/stty.after" && [ "$(cat "$E2E_TMP/rc")" = 0 ]'
    check "$term: stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
    e2e_stop_tmux
done

e2e_finish
