#!/usr/bin/env bash
# Many people at once over OpenSSH, with a real sshd the test starts (lib/sshd.bash):
# - `access grant` writes a forced-command line per key (the admin's lines kept byte for
#   byte, mode 0600; a private key, an unknown person, a key already someone else's are
#   refused and the file untouched); `access list` prints fingerprints as ssh-keygen does;
# - over ssh a mentor takes a team on (the log names the mentor), cannot apply the
#   suggested mentors, a facilitator exports a calendar that parses and imports CSV from
#   standard input; shells, --db, --as, --output and other commands are refused with 64;
#   IDEA_TUI_USER sent along is not used; a key never granted and a revoked key are
#   refused by sshd; a person no longer in the database is refused with 77; `ssh -T`
#   without a command says it needs a terminal (74);
# - the program, the database and a person's id hold spaces, quotes, a backslash and
#   non-ASCII letters, so the forced command's quoting is tested by sshd itself;
# - two `ssh -t` sessions in tmux (a mentor, a facilitator) land as their person, with
#   no picker, and give the terminal back as it was;
# - twenty ssh sessions at once take and release teams on a 1,000-idea database: no lost
#   update, no corrupt file, every change in the log once. (Timings: scripts/bench-ssh.sh.)
set -uo pipefail
source "$(dirname "$0")/lib/common.bash"
source "$(dirname "$0")/lib/sshd.bash"
e2e_build
e2e_database
unset IDEA_TUI_USER
trap 'sshd_stop; e2e_cleanup' EXIT

if ! python3 -c "import icalendar" 2>/dev/null; then
    python3 -m pip install --quiet icalendar </dev/null || { fail "icalendar could not be installed"; e2e_finish; }
fi

# The program, the database and one person's id with spaces, quotes, a backslash and
# non-ASCII letters: sshd runs the forced command through the login shell.
ODD="$E2E_TMP/Kauno idėjos \"su\" kabutėmis 'ir' tarpais"
mkdir -p "$ODD/bin"
cp "$BIN" "$ODD/bin/idea-tui"
APP="$ODD/bin/idea-tui"
WORK="$ODD/ideas.db.json"
cp "$DB" "$WORK"
ODD_ID=$'mentorė Jūratė "J" O\'Brien \\ $HOME'
KEYS="$E2E_TMP/keys"
mkdir -p "$KEYS"
for k in mentor mentor2 facilitator odd stranger gone; do
    ssh-keygen -q -t ed25519 -N '' -C "$k@laptop" -f "$KEYS/$k"
done

# A mentor with two free places and two teams with room, a facilitator, and a second
# mentor (renamed to the odd id) with a team of their own to take.
read -r M F O T1 T2 T3 < <(python3 - "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []): load[m] = load.get(m, 0) + 1
ideas = {i["id"]: i for i in d["ideas"]}
most = d["festival"]["maxMentorsPerTeam"]
room = [t for t in sorted(d["teams"], key=lambda t: t["id"]) if len(t.get("mentorIds", [])) < most - 1
        and ideas[t["ideaId"]]["stage"] in ("team", "mentored", "workshops", "ready")]
free = [p for p in sorted(d["people"], key=lambda p: p["id"]) if p.get("mentor") and "facilitator" not in p.get("roles", [])
        and p["mentor"]["capacity"] - load.get(p["id"], 0) >= 2]
m, o = free[0], free[1]
teams = [t["id"] for t in room if m["id"] not in t.get("mentorIds", []) and o["id"] not in t.get("mentorIds", [])]
f = next(p for p in d["people"] if "facilitator" in p.get("roles", []))
print(m["id"], f["id"], o["id"], teams[0], teams[1], teams[2])
PY
)
python3 - "$WORK" "$O" "$ODD_ID" <<'PY'
import json, sys
path, old, new = sys.argv[1:4]
def walk(v):
    if isinstance(v, dict): return {k: walk(x) for k, x in v.items()}
    if isinstance(v, list): return [walk(x) for x in v]
    return new if v == old else v
d = walk(json.load(open(path)))
json.dump(d, open(path, "w"), ensure_ascii=False, indent=2, sort_keys=True)
PY
name_of() { python3 -c 'import json,sys; print(next(p["name"] for p in json.load(open(sys.argv[1]))["people"] if p["id"] == sys.argv[2]))' "$WORK" "$1"; }
M_NAME="$(name_of "$M")"; F_NAME="$(name_of "$F")"
echo "$E2E_NAME: mentor $M_NAME ($M), facilitator $F_NAME ($F), odd id ‹$ODD_ID›; teams $T1 $T2 $T3"
# The last log entry's author and summary, and the file's hash.
last_log() { python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["log"][-1]; print(e["by"] + " | " + e["summary"])' "$WORK"; }
sum() { sha256sum "$1" | cut -d' ' -f1; }

chain "a private sshd"
check "sshd starts on 127.0.0.1 and a free port" sshd_start "$E2E_TMP/sshd"
end_chain
[ -n "$SSHD_PID" ] || e2e_finish

# --- access grant / list / revoke ----------------------------------------------------
ADMIN=$'# the admin\'s own keys: kept as they are\n'"$(cat "$E2E_TMP/sshd/host_key.pub") admin@server"$'\n\n'
printf '%s' "$ADMIN" >"$SSH_AK"
chmod 600 "$SSH_AK"
grant() { "$APP" access grant --db "$WORK" --authorized-keys "$SSH_AK" "$@" >/dev/null; }
check "grant the mentor by name" grant --key "$KEYS/mentor.pub" "$M_NAME"
check "grant the facilitator's key from standard input" eval 'grant --key - "$F" <"$KEYS/facilitator.pub"'
check "grant the odd id" grant --key "$KEYS/odd.pub" "$ODD_ID"
check "grant the mentor a second key" grant --key "$KEYS/mentor2.pub" "$M"
check "grant the same key again (replaces its line)" grant --key "$KEYS/mentor.pub" "$M"
check "the admin's lines are kept byte for byte" eval 'cmp -s <(head -c ${#ADMIN} "$SSH_AK") <(printf "%s" "$ADMIN")'
check "one line per key: 3 + 4" [ "$(wc -l <"$SSH_AK")" = 7 ]
check "the file is 0600" [ "$(stat -c %a "$SSH_AK")" = 600 ]
# Read back as sshd and a shell would: the option unescaped (\" is "), then shell words.
check "the forced command names the program, database and id exactly" python3 - "$SSH_AK" "$APP" "$WORK" "$ODD_ID" <<'PY'
import re, shlex, sys
path, app, db, person = sys.argv[1:5]
for line in open(path, encoding="utf-8"):
    m = re.match(r'command="((?:[^"\\]|\\.)*)"', line)
    if not m: continue
    words = shlex.split(m.group(1).replace('\\"', '"'))
    if words[-1] == person:
        assert words == [app, "ssh-session", "--db", db, "--person", person], words
        break
else:
    raise SystemExit("no line for the odd id")
PY
before="$(sum "$SSH_AK")"
out="$(grant --key "$KEYS/mentor.pub" "$F" 2>&1)"; rc=$?
check "a key already someone else's is refused (65)" [ "$rc" = 65 ]
check "… saying whose it is" grep -qF "already granted to $M_NAME" <<<"$out"
out="$(grant --key "$KEYS/stranger" "$F" 2>&1)"; rc=$?
check "a private key is refused (65)" [ "$rc" = 65 ]
check "… saying so" grep -qF "private key" <<<"$out"
out="$(grant --key "$KEYS/stranger.pub" "Nobody Nowhere" 2>&1)"; rc=$?
check "a person who does not exist is refused (64)" [ "$rc" = 64 ]
printf 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB1cut\n' >"$KEYS/cut.pub"
out="$(grant --key "$KEYS/cut.pub" "$F" 2>&1)"; rc=$?
check "a cut key is refused (65)" [ "$rc" = 65 ]
check "the refusals left the file untouched" [ "$(sum "$SSH_AK")" = "$before" ]
"$APP" access list --db "$WORK" --authorized-keys "$SSH_AK" --format csv >"$E2E_TMP/list.csv"
check "access list: each fingerprint as ssh-keygen -lf prints it" python3 - "$E2E_TMP/list.csv" "$KEYS" "$M" "$F" "$ODD_ID" <<'PY'
import csv, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
keys, m, f, odd = sys.argv[2:6]
want = {"mentor": m, "mentor2": m, "facilitator": f, "odd": odd}
assert len(rows) == 4, rows
for name, person in want.items():
    fp = subprocess.run(["ssh-keygen", "-lf", f"{keys}/{name}.pub"], capture_output=True, text=True).stdout.split()[1]
    row = next(r for r in rows if r["fingerprint"] == fp)
    assert row["person"] == person and row["type"] == "ssh-ed25519" and row["comment"] == f"{name}@laptop", row
PY

# --- commands over ssh ----------------------------------------------------------------
out="$(ssh_as "$KEYS/mentor" mentors take "$T1" 2>&1)"; rc=$?
check "the mentor takes $T1 on over ssh" [ "$rc" = 0 ]
check "… and the log names the mentor" eval '[[ "$(last_log)" == "$M | $M_NAME now mentors"* ]]'
before="$(sum "$WORK")"
out="$(ssh_as "$KEYS/mentor" mentors suggest --apply 2>&1)"; rc=$?
check "the mentor's mentors suggest --apply is refused (65)" [ "$rc" = 65 ]
check "… by the app's own rule" grep -qF "only facilitators assign other mentors" <<<"$out"
check "… and nothing was saved" [ "$(sum "$WORK")" = "$before" ]
ssh_as "$KEYS/facilitator" export --format ics >"$E2E_TMP/programme.ics" 2>"$E2E_TMP/export.err"; rc=$?
check "the facilitator's export --format ics succeeds" [ "$rc" = 0 ]
check "… and the calendar parses, with events" python3 - "$E2E_TMP/programme.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert len([c for c in cal.walk("VEVENT")]) > 0
PY
refused() {  # key command-text
    local out rc
    out="$(ssh_as "$1" "$2" 2>&1 </dev/null)"; rc=$?
    [ "$rc" = 64 ] && grep -qF "not allowed over ssh" <<<"$out" && return 0
    echo "    (exit $rc: $out)"
    return 1
}
for command in "bash" "sh -c id" "export --output /etc/x" "list --db /other" "mentors take $T2 --as $F" \
    "list --db=/other" "stats; id" "list | cat" "access list" "ssh-session --db /x --person $F" "open" \
    "generate --ideas 3 --output /tmp/x" "import --format csv /etc/passwd" "mentors assign $T2" "schedule"; do
    check "refused with 64: $command" refused "$KEYS/mentor" "$command"
done
check "export --output wrote nothing" [ ! -e /etc/x ]
# In the client's language: the LANG its ssh sends (the test sshd accepts LANG and LC_*).
out="$(LANG=lt_LT.UTF-8; SSH_EXTRA=(-o SendEnv=LANG); ssh_as "$KEYS/mentor" "stats; id" 2>&1 </dev/null)"; rc=$?
check "LANG=lt_LT.UTF-8: refused in Lithuanian (64)" eval '[ "$rc" = 64 ] && grep -qF "per SSH neleidžiama: „;“" <<<"$out"'
out="$(ssh_as "$KEYS/stranger" stats 2>&1)"; rc=$?
check "a key never granted is refused by sshd" eval '[ "$rc" = 255 ] && grep -qF "Permission denied" <<<"$out"'
out="$(ssh_as "$KEYS/odd" mentors take "$T3" 2>&1)"; rc=$?
check "the odd id takes $T3 on over ssh" [ "$rc" = 0 ]
check "… and the log names that id" eval '[[ "$(last_log)" == "$ODD_ID | "* ]]'
out="$(ssh_as "$KEYS/odd" "list --text 'žalia kalnas' --format csv" 2>&1)"; rc=$?
check "quoted words arrive as one (list --text 'žalia kalnas')" [ "$rc" = 0 ]
out="$(SSH_EXTRA=(-o "SetEnv=IDEA_TUI_USER=$F"); ssh_as "$KEYS/mentor" mentors release "$T1" --reason "'per daug darbų'" 2>&1)"; rc=$?
check "IDEA_TUI_USER sent along: the change is still the mentor's" eval '[ "$rc" = 0 ] && [[ "$(last_log)" == "$M | "* ]]'
check "… and it says IDEA_TUI_USER is not used" grep -qF "IDEA_TUI_USER is not used over ssh" <<<"$out"
check "the reason arrived whole" python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["log"][-1]; assert e["reason"] == "per daug darbų", e' "$WORK"
ideas_before="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["ideas"]))' "$WORK")"
out="$(ssh_as "$KEYS/mentor" import --format csv - <docs/examples/ideas-from-the-public.csv 2>&1)"; rc=$?
check "a mentor's import is refused (65)" eval '[ "$rc" = 65 ] && grep -qF "only facilitators import" <<<"$out"'
out="$(ssh_as "$KEYS/mentor" export --format csv --include-contacts 2>&1)"; rc=$?
check "a mentor may not take contact details out (65)" eval '[ "$rc" = 65 ] && grep -qF "only facilitators export people'"'"'s contact details" <<<"$out" && ! grep -q "@" <<<"$out"'
out="$(ssh_as "$KEYS/facilitator" import --format csv - <docs/examples/ideas-from-the-public.csv 2>&1)"; rc=$?
check "the facilitator imports CSV from standard input" [ "$rc" = 0 ]
check "… two ideas more, imported by the facilitator" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["ideas"]) == int(sys.argv[2]) + 2, len(d["ideas"])
assert d["log"][-1]["by"] == sys.argv[3], d["log"][-1]' "$WORK" "$ideas_before" "$F"
out="$(ssh_as "$KEYS/mentor" -T 2>&1 </dev/null)"; rc=$?
check "ssh -T without a command: exit 74" [ "$rc" = 74 ]
check "… in one line saying it needs a terminal" eval '[ "$(wc -l <<<"$out")" = 1 ] && grep -qF "needs a terminal" <<<"$out"'
out="$(ssh_as "$KEYS/mentor2" stats 2>&1)"; rc=$?
check "the mentor's second key works" [ "$rc" = 0 ]
check "revoke that key" eval '"$APP" access revoke --db "$WORK" --authorized-keys "$SSH_AK" "$M" --key "$KEYS/mentor2.pub" >/dev/null'
out="$(ssh_as "$KEYS/mentor2" stats 2>&1)"; rc=$?
check "a revoked key is refused by sshd" [ "$rc" = 255 ]
out="$(ssh_as "$KEYS/mentor" stats 2>&1)"; rc=$?
check "the mentor's other key still works" [ "$rc" = 0 ]
# Someone removed from the database: the key lets nobody in.
GONE_DB="$ODD/other.db.json"
cp "$WORK" "$GONE_DB"
check "grant a key on another database" eval '"$APP" access grant --db "$GONE_DB" --authorized-keys "$SSH_AK" --key "$KEYS/gone.pub" "$F" >/dev/null'
sed -i "s/\"$F\"/\"$F-moved\"/g" "$GONE_DB"
out="$(ssh_as "$KEYS/gone" stats 2>&1)"; rc=$?
check "a person no longer in the database: exit 77" [ "$rc" = 77 ]
check "… saying so in one line" eval '[ "$(wc -l <<<"$out")" = 1 ] && grep -qF "no longer in" <<<"$out"'

# --- two terminal sessions in tmux ------------------------------------------------------
# One of the mentor's teams, at a stage that can move back, with a title no other idea
# contains (so the facilitator's search finds exactly it).
TAKEN_TITLE="Upės vakarai prie Nemuno E2E"
NEW_STAGE="$(python3 - "$WORK" "$M" "$TAKEN_TITLE" <<'PY'
import json, sys
path, mentor, title = sys.argv[1:4]
d = json.load(open(path))
order = ["shared", "refined", "team", "mentored", "workshops", "ready"]
ideas = {i["id"]: i for i in d["ideas"]}
mine = [t for t in d["teams"] if mentor in t.get("mentorIds", []) and ideas[t["ideaId"]]["stage"] in order[2:]]
if not mine:  # the mentor gets one: a team with room, as `mentors take` would give
    most = d["festival"]["maxMentorsPerTeam"]
    team = next(t for t in sorted(d["teams"], key=lambda t: t["id"])
                if len(t.get("mentorIds", [])) < most and ideas[t["ideaId"]]["stage"] in order[2:])
    team["mentorIds"] = team.get("mentorIds", []) + [mentor]
    mine = [team]
team = mine[0]
ideas[team["ideaId"]]["title"] = title
json.dump(d, open(path, "w"), ensure_ascii=False, indent=2, sort_keys=True)
print(order[order.index(ideas[team["ideaId"]]["stage"]) - 1])
PY
)"
check "one of the mentor's teams has a title of its own" eval '[ -n "$NEW_STAGE" ] && "$APP" validate --db "$WORK" >/dev/null'
SECOND_LOG="$E2E_TMP/input2.log"
rm -f "$INPUT_LOG" "$SECOND_LOG" "$E2E_TMP"/rc* "$E2E_TMP"/stty.*
ssh_pane() {  # file key input-log suffix
    {
        echo "source $(printf '%q' "$E2E_ROOT/scripts/e2e/lib/sshd.bash")"
        printf 'SSH_PORT=%q SSH_USER=%q\n' "$SSH_PORT" "$SSH_USER"
        echo "stty -g > $E2E_TMP/stty.before$4"
        printf 'SSH_EXTRA=(-t -o SetEnv=IDEA_TUI_INPUT_LOG=%q)\n' "$3"
        printf 'ssh_as %q\n' "$2"
        echo "echo \$? > $E2E_TMP/rc$4"
        echo "stty -g > $E2E_TMP/stty.after$4"
        echo "sleep 60"
    } >"$1"
}
LOAD="$(python3 -c 'import json,sys; print(sum(sys.argv[2] in t.get("mentorIds", []) for t in json.load(open(sys.argv[1]))["teams"]))' "$WORK" "$M")"
ssh_pane "$E2E_TMP/mentor.sh" "$KEYS/mentor" "$INPUT_LOG" ""
ssh_pane "$E2E_TMP/facilitator.sh" "$KEYS/facilitator" "$SECOND_LOG" 2
e2e_tmux 100 30 "$E2E_TMP/mentor.sh"
tmux -L "$E2E_SOCKET" new-window -d -t :1 "bash $E2E_TMP/facilitator.sh"
on2() { INPUT_LOG="$SECOND_LOG" E2E_TARGET=":1" E2E_RC="$E2E_TMP/rc2" "$@"; }
chain "both sessions, each as its person"
check "the mentor lands on their home, no picker" wait_for "Mentoring · $M_NAME"
check "… the status line says who, by the key" wait_for "as the ssh key"
check "… and no one asked who they are" eval '! screen_text | grep -qF "Who are you?"'
check "the facilitator lands on the dashboard, no picker" on2 wait_for "Ideas by stage"
check "… the status line says who" on2 wait_for "you are $F_NAME"
on2 keys 5
check "the facilitator opens the Teams screen" on2 wait_for "Teams ·"
end_chain

chain "the mentor's change reaches the facilitator, no key pressed"
for _ in $(seq 1 "$LOAD"); do keys Down; done
check "on a team they could take on, t is offered" wait_for "t take on"
keys t
check "taking it asks first" wait_for "You would mentor"
facilitator_inputs="$(INPUT_LOG="$SECOND_LOG" inputs_read)"
started=$(now_ms)
keys y
check "the change is saved" wait_for "saved: $M_NAME now mentors"
check "the facilitator's screen says who changed what" on2 wait_for "$M_NAME now mentors"
echo "    (the facilitator's screen showed it $(( $(now_ms) - started )) ms after the key)"
check "… with no key pressed there" [ "$(INPUT_LOG="$SECOND_LOG" inputs_read)" = "$facilitator_inputs" ]
end_chain

# The facilitator moves the idea of one of the mentor's teams back a stage (its title
# made unique before the sessions started, so a search finds it); the mentor's home shows it.
chain "the facilitator's change reaches the mentor"
on2 keys 2; on2 keys /; on2 keys -l "$TAKEN_TITLE"; on2 keys Enter; on2 keys Enter
check "the facilitator opens the idea" on2 wait_for "$TAKEN_TITLE"
on2 keys "<"
check "moving it back asks why" on2 wait_for "Why move it back to $NEW_STAGE?"
on2 keys -l "Reikia daugiau narių"; on2 keys Enter
check "the move is saved" on2 wait_for "saved:"
check "the mentor's home shows the new stage" wait_for "$NEW_STAGE"
check "… and says who moved it" wait_for "$F_NAME"
end_chain
keys Q
on2 keys Q
check "the mentor's session ends" wait_file "$E2E_TMP/stty.after"
check "… exit 0" [ "$(cat "$E2E_TMP/rc" 2>/dev/null)" = 0 ]
check "… the terminal's modes are as before" cmp -s "$E2E_TMP/stty.before" "$E2E_TMP/stty.after"
check "the facilitator's session ends" wait_file "$E2E_TMP/stty.after2"
check "… exit 0" [ "$(cat "$E2E_TMP/rc2" 2>/dev/null)" = 0 ]
check "… the terminal's modes are as before" cmp -s "$E2E_TMP/stty.before2" "$E2E_TMP/stty.after2"
e2e_stop_tmux

# --- twenty sessions at once on 1,000 ideas ------------------------------------------------
BIG="$ODD/big.db.json"
"$APP" generate --ideas 1000 --seed 15 --output "$BIG" >/dev/null
WORKERS=20
python3 "$E2E_ROOT/scripts/e2e/lib/mentor-pairs.py" "$BIG" "$WORKERS" >"$E2E_TMP/pairs"
: >"$E2E_TMP/grants.err"
i=0
pids=()
while read -r mentor team; do
    ssh-keygen -q -t ed25519 -N '' -C "w$i" -f "$KEYS/w$i"
    "$APP" access grant --db "$BIG" --authorized-keys "$SSH_AK" --key "$KEYS/w$i.pub" "$mentor" >/dev/null 2>>"$E2E_TMP/grants.err" &
    pids+=($!)
    i=$((i + 1))
done <"$E2E_TMP/pairs"
for pid in "${pids[@]}"; do wait "$pid"; done
cp "$BIG" "$E2E_TMP/big.start.json"
check "twenty grants at once: every one is in the file" eval '[ "$(grep -c "big.db.json" "$SSH_AK")" = "$WORKERS" ]'
# A facilitator and a mentor (not one of the twenty) have the app open on the same file
# through the whole run, as people would.
read -r BIG_F BIG_M <<<"$(python3 - "$BIG" "$E2E_TMP/pairs" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
busy = {line.split()[0] for line in open(sys.argv[2])}
people = sorted(d["people"], key=lambda p: p["id"])
f = next(p["id"] for p in people if "facilitator" in p.get("roles", []))
m = next(p["id"] for p in people if p.get("mentor") and p["id"] not in busy and "facilitator" not in p.get("roles", []))
print(f, m)
PY
)"
for who in bigf bigm; do ssh-keygen -q -t ed25519 -N '' -C "$who" -f "$KEYS/$who"; done
"$APP" access grant --db "$BIG" --authorized-keys "$SSH_AK" --key "$KEYS/bigf.pub" "$BIG_F" >/dev/null
"$APP" access grant --db "$BIG" --authorized-keys "$SSH_AK" --key "$KEYS/bigm.pub" "$BIG_M" >/dev/null
rm -f "$E2E_TMP"/input[345].log "$E2E_TMP"/rc[345] "$E2E_TMP"/stty.*[345]
ssh_pane "$E2E_TMP/bigf.sh" "$KEYS/bigf" "$E2E_TMP/input3.log" 3
ssh_pane "$E2E_TMP/bigm.sh" "$KEYS/bigm" "$E2E_TMP/input4.log" 4
ssh_pane "$E2E_TMP/fresh.sh" "$KEYS/bigf" "$E2E_TMP/input5.log" 5
on3() { INPUT_LOG="$E2E_TMP/input3.log" E2E_TARGET=":0" E2E_RC="$E2E_TMP/rc3" "$@"; }
on4() { INPUT_LOG="$E2E_TMP/input4.log" E2E_TARGET=":1" E2E_RC="$E2E_TMP/rc4" "$@"; }
on5() { INPUT_LOG="$E2E_TMP/input5.log" E2E_TARGET=":2" E2E_RC="$E2E_TMP/rc5" "$@"; }
e2e_tmux 100 30 "$E2E_TMP/bigf.sh"
tmux -L "$E2E_SOCKET" new-window -d -t :1 "bash $E2E_TMP/bigm.sh"
check "a facilitator has the app open on the 1,000 ideas" on3 wait_for "Ideas by stage"
check "… and a mentor too" on4 wait_for "Mentoring ·"
# Each worker: takes its team on and lets it go, each change retried while busy (75), each
# call bounded in time. Twenty saves of a 3 MB file queue for its lock for longer than
# the default 10 s on two cores, so the sessions are told to wait up to 90 s.
change() {  # key words…
    local key="$1" tries rc; shift
    for tries in 1 2 3 4 5 6 7 8; do
        timeout 100 bash -c 'source "$1"; SSH_PORT="$2"; SSH_USER="$3"; SSH_EXTRA=(-o SetEnv=IDEA_TUI_LOCK_WAIT=90); shift 3; ssh_as "$@"' _ \
            "$E2E_ROOT/scripts/e2e/lib/sshd.bash" "$SSH_PORT" "$SSH_USER" "$key" "$@" >/dev/null 2>>"$key.err"
        rc=$?
        [ "$rc" = 75 ] || break
    done
    echo "$rc"
}
worker() {  # n team
    local key="$KEYS/w$1"
    {
        change "$key" mentors take "$2"
        change "$key" mentors release "$2" --reason "round-1"
    } >"$E2E_TMP/w$1.rc"
}
i=0
pids=()
while read -r mentor team; do
    worker "$i" "$team" &
    pids+=($!)
    i=$((i + 1))
done <"$E2E_TMP/pairs"
for pid in "${pids[@]}"; do wait "$pid"; done
check "every change of the twenty sessions succeeded" eval '[ "$(cat "$E2E_TMP"/w*.rc | grep -cx 0)" = $((WORKERS * 2)) ] || { cat "$E2E_TMP"/w*.rc | sort | uniq -c; cat "$KEYS"/w*.err | grep -v "waiting for" | sort | uniq -c; false; }'
check "the file is whole and valid" eval '"$APP" validate --db "$BIG" >/dev/null'
# The open apps show what the file now holds: the same screen as an app opened now (all
# but the status line, which says what the last reload brought).
tmux -L "$E2E_SOCKET" new-window -d -t :2 "bash $E2E_TMP/fresh.sh"
check "an app opened after the run" on5 wait_for "Ideas by stage"
same_as_fresh() {  # run-prefix
    local deadline=$(( $(now_ms) + E2E_PATIENCE * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        [ "$("$1" screen_text | sed '$d')" = "$(on5 screen_text | sed '$d')" ] && return 0
        sleep 0.1
    done
    diff <("$1" screen_text) <(on5 screen_text) | sed 's/^/    | /'
    return 1
}
check "the facilitator's open app shows what a new one shows" same_as_fresh on3
check "… it read the others' saves in" eval '[ "$(INPUT_LOG="$E2E_TMP/input3.log" reloads_seen)" -ge 1 ]'
on4 keys 1
check "the mentor's open app still answers" on4 wait_for "Ideas by stage"
for n in 3 4 5; do "on$n" keys Q; done
for n in 3 4 5; do
    check "session $n ends with exit 0" eval 'wait_file "$E2E_TMP/stty.after'"$n"'" && [ "$(cat "$E2E_TMP/rc'"$n"'")" = 0 ]'
done
e2e_stop_tmux
check "no lost update, every change in the log once" python3 - "$BIG" "$E2E_TMP/pairs" "$E2E_TMP/big.start.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
start = json.load(open(sys.argv[3]))
pairs = [line.split() for line in open(sys.argv[2])]
teams = {t["id"]: t for t in d["teams"]}
assert {t["id"]: t.get("mentorIds", []) for t in start["teams"]} == {t["id"]: t.get("mentorIds", []) for t in d["teams"]}, "a team's mentors changed"
assert len(d["log"]) == len(start["log"]) + 2 * len(pairs), (len(d["log"]), len(start["log"]))
ideas = {t["id"]: t["ideaId"] for t in d["teams"]}
ids = [e["id"] for e in d["log"]]
assert len(ids) == len(set(ids)), "a log id twice"
for mentor, team in pairs:
    mine = [e for e in d["log"] if e["by"] == mentor and e["kind"] == "mentor" and e.get("ideaId") == ideas[team]]
    kinds = ["now mentors" in e["summary"] for e in mine]
    assert kinds == [True, False], (mentor, team, [e["summary"] for e in mine])
    assert [e.get("reason") for e in mine][1] == "round-1"
PY

e2e_finish
