#!/usr/bin/env bash
# The mouse, as raw terminal bytes into tmux: wheel up/down and a double click, in both
# report formats ncurses reads (X10 under TERM=tmux-256color, SGR under
# TERM=xterm-256color). The app logs what each input became (IDEA_TUI_INPUT_LOG), and
# must keep running. The wheel and clicks are sent over the open help, where they select
# and open nothing, so the checks hold whatever the screens do with them; a click on
# "? help" in the status line must open the help. With --no-mouse the app asks tmux for no
# mouse reports, and a stray report changes nothing.
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
e2e_build
e2e_database
LOG="$E2E_TMP/input.log"

hex() { printf '%s' "$1" | od -An -tx1; }
# A mouse report in the format FORMAT (x10 or sgr): what is one of press, release, up, down.
report() {  # format what row col
    local b
    if [ "$1" = x10 ]; then
        case "$2" in press) b=32 ;; release) b=35 ;; up) b=96 ;; down) b=97 ;; esac
        printf '1b 5b 4d %x %x %x' "$b" $(( $4 + 33 )) $(( $3 + 33 ))
    else
        local end=M
        case "$2" in press) b=0 ;; release) b=0; end=m ;; up) b=64 ;; down) b=65 ;; esac
        printf '1b 5b 3c %s' "$(hex "$b;$(( $4 + 1 ));$(( $3 + 1 ))$end")"
    fi
}
# A wheel notch, as one report; each is sent once the app has read the one before.
wheel() { raw $(report "$@"); }  # format up|down row col
# A click: a press and its release in one write (ncurses gives one event for them).
click() { raw $(report "$1" press "$2" "$3") $(report "$1" release "$2" "$3"); }  # format row col
# A double click is sent as two clicks, the second once the app has read the first (two
# in one write are read as two as well: escape-keys.sh checks that). The app runs
# with a 3 s double-click time (IDEA_TUI_DOUBLE_CLICK_MS) so that waiting on a busy
# machine still makes a double click, and clicks 3.5 s apart are surely two.
DOUBLE_CLICK_MS=3000
e2e_recover() { :; }  # the checks stand alone; the help stays as it is

log_has() { grep -qxF -- "$1" "$LOG" 2>/dev/null; }
wait_log() {  # line [seconds]
    local deadline=$(( $(date +%s%N) / 1000000 + ${2:-5} * 1000 ))
    while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
        log_has "$1" && return 0
        sleep 0.05
    done
    echo "    (the input log had no \"$1\"; it was:)"; sed 's/^/    | /' "$LOG" 2>/dev/null
    return 1
}
# The mouse lines of the log, in order, joined with "; ".
mouse_lines() { grep '^mouse ' "$LOG" 2>/dev/null | sed 's/^mouse //' | paste -sd ';' | sed 's/;/; /g'; }
help_open() { screen_text | grep -qF "close this"; }

quit_and_check() {  # label
    keys q
    check "$1: q ends the app" wait_file "$E2E_TMP/stty.after"
    check "$1: exit status 0" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = 0 ]
    check "$1: stty -g is the same before and after" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
}

for format in x10 sgr; do
    rm -f "$LOG" "$E2E_TMP"/rc "$E2E_TMP"/stty.*
    if [ "$format" = x10 ]; then term=tmux-256color; flag=mouse_standard_flag; else term=xterm-256color; flag=mouse_sgr_flag; fi
    PANE_ENV="TERM=$term IDEA_TUI_DOUBLE_CLICK_MS=$DOUBLE_CLICK_MS" pane_script "$E2E_TMP/pane.sh" --db "$DB"
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    check "$format: first screen shows" wait_for "Ideas by stage"
    check "$format: the app asks tmux for mouse reports ($flag)" [ "$(pane_format "#{$flag}")" = 1 ]
    keys '?'
    check "$format: ? opens the help" wait_for "close this"

    wheel $format up 10 20
    wheel $format down 10 20
    check "$format: wheel up is scroll by -3 at row 10, column 20" wait_log "mouse scroll 10 20 -3"
    check "$format: wheel down is scroll by +3" wait_log "mouse scroll 10 20 3"
    check "$format: the help is still open after the wheel" help_open

    click $format 12 20; click $format 12 20
    check "$format: a double click is a click, then a double click" wait_log "mouse doubleClick 12 20"
    check "$format: ... and nothing else" [ "$(mouse_lines)" = "scroll 10 20 -3; scroll 10 20 3; click 12 20; doubleClick 12 20" ]
    # The app has read the first click when `click` returns, so 3.5 s later is past the
    # double-click time however slow the machine is.
    click $format 13 20
    sleep 3.5
    click $format 13 20
    check "$format: two clicks 3.5 s apart are two clicks, no double click" \
        [ "$(mouse_lines)" = "scroll 10 20 -3; scroll 10 20 3; click 12 20; doubleClick 12 20; click 13 20; click 13 20" ]
    click $format 14 20; click $format 14 21
    check "$format: clicks on two cells are two clicks" \
        [ "$(mouse_lines | sed 's/.*doubleClick 12 20; //')" = "click 13 20; click 13 20; click 14 20; click 14 21" ]
    check "$format: the help is still open after the clicks" help_open
    keys Escape
    check "$format: Esc closes it" wait_gone "close this"
    check "$format: the dashboard shows its figures" wait_for "$SCHEDULED/$TARGET"

    at="$(wait_for "? help" >/dev/null && text_column "? help" 29)"
    click $format 29 "${at#* }"
    check "$format: a click on \"? help\" opens the help" wait_for "close this"
    keys Escape
    check "$format: Esc closes it" wait_gone "close this"
    quit_and_check "$format"
    e2e_stop_tmux
done

# --no-mouse: no mouse reports asked for; a stray report (as a terminal left in mouse mode
# by another program would send) is read away, not taken as keys.
for format in x10 sgr; do
    rm -f "$LOG" "$E2E_TMP"/rc "$E2E_TMP"/stty.*
    if [ "$format" = x10 ]; then term=tmux-256color; else term=xterm-256color; fi
    PANE_ENV="TERM=$term" pane_script "$E2E_TMP/pane.sh" --db "$DB" --no-mouse
    e2e_tmux 100 30 "$E2E_TMP/pane.sh"
    check "--no-mouse $format: first screen shows" wait_for "Ideas by stage"
    check "--no-mouse $format: no mouse reports asked for" \
        [ "$(pane_format '#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_sgr_flag}')" = 0000 ]
    capture_when "? help" "$E2E_TMP/before.txt"
    at="$(text_column "? help" 29)"
    click $format 29 "${at#* }"
    wheel $format down 10 20
    check "--no-mouse $format: the screen is unchanged" [ "$(screen_text)" = "$(cat "$E2E_TMP/before.txt")" ]
    check "--no-mouse $format: the reports were read (and ignored)" grep -qx ignored "$LOG"
    check "--no-mouse $format: no mouse action and no key came of it" eval '! grep -qE "^(mouse|key) " "$LOG"'
    keys '?'
    check "--no-mouse $format: keys still work (? opens the help)" wait_for "close this"
    keys Escape
    check "--no-mouse $format: Esc closes it" wait_gone "close this"
    quit_and_check "--no-mouse $format"
    e2e_stop_tmux
done

e2e_finish
