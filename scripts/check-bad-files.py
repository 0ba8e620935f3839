#!/usr/bin/env python3
"""A corpus of malformed databases, each opened by the real binary three ways: `validate`,
the app itself, and a command that would write (`schedule --auto`). Every one must end
with a non-zero exit (no crash), say what is wrong in its own words, name the file, and
leave the file byte for byte as it was.

Usage: check-bad-files.py BINARY WORKDIR
       check-bad-files.py --write-only BINARY WORKDIR   (writes each malformed file's bytes
       as WORKDIR/NAME.db.json, runs nothing: for the test that reads each one both ways)
"""
import copy
import hashlib
import json
import os
import subprocess
import sys

write_only = sys.argv[1] == "--write-only"
binary, work = sys.argv[1 + write_only], sys.argv[2 + write_only]
failures = []
base_path = os.path.join(work, "base.db.json")
subprocess.check_call([binary, "generate", "--ideas", "40", "--seed", "7", "--output", base_path], stdout=subprocess.DEVNULL)
base_text = open(base_path, encoding="utf-8").read()
base = json.loads(base_text)
facilitator = next(p["id"] for p in base["people"] if "facilitator" in p["roles"])

# name -> (bytes, or a function making the path itself; what the message must say)
cases = {}


def raw(name, data, says):
    cases[name] = (data, says)


def mutated(name, change, says):
    d = copy.deepcopy(base)
    change(d)
    cases[name] = (json.dumps(d, ensure_ascii=False, indent=2).encode(), says)


def once(old, new):
    assert old in base_text, old
    return base_text.replace(old, new, 1).encode()


first_title = '"title": "' + base["ideas"][0]["title"]
raw("empty", b"", "the file is empty")
raw("only-spaces", b"   \n\t  ", "the file ends where a value was expected")
raw("truncated-half", base_text.encode()[: len(base_text) // 2], "line ")
raw("truncated-early", base_text.encode()[:10], "the file ends inside text")
raw("trailing-garbage", base_text.encode() + b"\n{}", "after the end of the document")
raw("windows-1257", base_text.encode().replace("ė".encode(), b"\xeb"), "not UTF-8 text")
raw("utf-16", base_text.encode("utf-16"), "the file is UTF-16 text")
raw("top-is-a-list", b"[1, 2]", "found a list")
raw("top-is-text", b'"ideas"', "found text")
raw("nul-in-text", once(first_title, first_title + "\x00"), "control character (code 0)")
raw("unterminated-text", b'{"schemaVersion": 1, "ideas": [{"title": "abc', "a closing \" is missing")
raw("deep-nesting", b"[" * 100_000 + b"]" * 100_000, "nesting deeper than")
raw("huge-number", once('"capacity": ', '"capacity": 99999999999999999999999'), "is too large")
raw("fraction", once('"target": 100', '"target": 100.5'), "a number with a fraction")
raw("bad-escape", once(first_title, first_title + "\\x"), "unknown escape")
raw("lone-surrogate", once(first_title, first_title + "\\ud800"), "surrogate pair")
raw("duplicate-key", once('"id": "idea-0001"', '"id": "idea-0001", "id": "idea-0001"'), "appears twice")
raw("huge-text", once(first_title, first_title + "A" * 300_000), "longer than 100,000 characters")
raw("top-is-null", b"\xef\xbb\xbfnull", "found null")


def set_(path, value):
    def change(d):
        *parents, last = path
        for p in parents:
            d = d[p]
        d[last] = value
    return change


def drop(path):
    def change(d):
        *parents, last = path
        for p in parents:
            d = d[p]
        del d[last]
    return change


mutated("newer-schema", set_(["schemaVersion"], 99), "newer than the version")
mutated("schema-version-zero", set_(["schemaVersion"], 0), "does not exist")
mutated("schema-version-text", set_(["schemaVersion"], "1"), "(schemaVersion): expected a whole number, found text")
mutated("festival-a-list", set_(["festival"], []), "(festival): expected an object, found a list")
mutated("ideas-not-a-list", set_(["ideas"], {}), "(ideas): expected a list, found an object")
mutated("title-a-number", set_(["ideas", 0, "title"], 7), "(ideas[0].title): expected text, found a whole number")
mutated("title-null", set_(["ideas", 0, "title"], None), "(ideas[0].title): missing field")
mutated("idea-without-id", drop(["ideas", 0, "id"]), "(ideas[0].id): missing field \"id\"")
mutated("unknown-stage", set_(["ideas", 0, "stage"], "finished"), "\"finished\" is not one of")
mutated("unknown-sector", set_(["ideas", 0, "sectors"], ["sports"]), "\"sports\"")
mutated("unknown-field", set_(["ideas", 0, "colour"], "red"), "unknown field \"colour\"")
mutated("duplicate-idea-id", set_(["ideas", 1, "id"], base["ideas"][0]["id"]), "idea-0001")
mutated("duplicate-venue-id", set_(["venues", 1, "id"], base["venues"][0]["id"]), "venue-001")
mutated("unknown-author", set_(["ideas", 0, "authorId"], "person-9999"), "(ideas[0].authorId): \"person-9999\" is not a person")
mutated("team-of-no-idea", set_(["teams", 0, "ideaId"], "idea-9999"), "(teams[0].ideaId): \"idea-9999\" is not an idea")
mutated("unknown-mentor", set_(["teams", 0, "mentorIds"], ["person-9999"]), "(teams[0].mentorIds[0])")
mutated("log-by-nobody", set_(["log", 0, "by"], "person-9999"), "(log[0].by)")
mutated("slot-off-the-grid", set_(["festival", "slots", 0, "start"], "10:07"), "off the 15-minute grid")
mutated("slot-at-no-venue", set_(["festival", "slots", 0, "venueId"], "venue-99"), "\"venue-99\" is not a venue")
mutated("slot-backwards", lambda d: d["festival"]["slots"][0].update(start="11:30", end="10:00"), "starts at 11:30 but ends at 10:00")


def overlap(d):
    a, b = d["festival"]["slots"][0], d["festival"]["slots"][1]
    b.update(venueId=a["venueId"], start=a["start"], end=a["end"])


mutated("overlapping-slots", overlap, "overlaps festival.slots[0]")
mutated("impossible-date", set_(["festival", "day"], "2027-02-30"), "is not a date like")
mutated("impossible-time", set_(["festival", "dayEnd"], "25:00"), "is not a time of day like")
mutated("negative-capacity", set_(["venues", 0, "capacity"], -5), "must be at least 0")


def scheduled_without_slot(d):
    next(i for i in d["ideas"] if i["stage"] == "shared")["stage"] = "scheduled"


mutated("scheduled-without-slot", scheduled_without_slot, "scheduled but has no slot")


def plan_off_grid(d):
    next(i for i in d["ideas"] if i.get("plan"))["plan"]["durationMinutes"] = 50


mutated("plan-off-the-grid", plan_off_grid, "50 minutes is not on the 15-minute grid")
mutated("empty-object", lambda d: d.clear(), "missing field \"schemaVersion\": is this an idea-tui database?")

# Slots that are whole but break a rule the festival grid enforces when placing: each is
# reported at the slot's own JSON path, in the grid's words.
slots = base["festival"]["slots"]
idea_of = {i["id"]: i for i in base["ideas"]}
venue_at = {v["id"]: n for n, v in enumerate(base["venues"])}
team_at = {t["ideaId"]: n for n, t in enumerate(base["teams"])}


def minutes(t):
    return int(t[:2]) * 60 + int(t[3:])


def hhmm(m):
    return f"{m // 60:02d}:{m % 60:02d}"


scheduled = [k for k, s in enumerate(slots) if idea_of[s["ideaId"]]["stage"] == "scheduled" and s["ideaId"] in team_at]


def slot_case(name, pick, change, reason):
    """`change(d, k)` breaks the rule for scheduled slot k, the first that `pick` accepts."""
    k = next(k for k in scheduled if pick(k))
    mutated(name, lambda d: change(d, k), [f"(festival.slots[{k}]): ", reason])


def venue_of(d, k):
    return d["venues"][venue_at[slots[k]["venueId"]]]


def plan_of(d, k):
    return next(i for i in d["ideas"] if i["id"] == slots[k]["ideaId"])["plan"]


def team_of(d, k):
    return d["teams"][team_at[slots[k]["ideaId"]]]


slot_case("slot-after-closing-time",
          lambda k: minutes(slots[k]["start"]) > minutes(base["venues"][venue_at[slots[k]["venueId"]]]["opens"]),
          lambda d, k: venue_of(d, k).update(closes=slots[k]["start"]), "is open only")
slot_case("slot-lacks-a-feature", lambda k: idea_of[slots[k]["ideaId"]]["plan"]["features"],
          lambda d, k: venue_of(d, k).update(features=[f for f in venue_of(d, k)["features"] if f not in plan_of(d, k)["features"]]),
          "lacks what the plan needs")
slot_case("slot-in-too-small-a-venue", lambda k: True,
          lambda d, k: venue_of(d, k).update(capacity=plan_of(d, k)["audience"] - 1), "people but the plan expects")
slot_case("slot-before-its-window", lambda k: True,
          lambda d, k: (plan_of(d, k).pop("latest", None), plan_of(d, k).update(earliest=slots[k]["end"])),
          "the plan asks to start no earlier than")
slot_case("slot-after-its-window", lambda k: minutes(slots[k]["start"]) > minutes(base["festival"]["dayStart"]),
          lambda d, k: (plan_of(d, k).pop("earliest", None), plan_of(d, k).update(latest=slots[k]["start"])),
          "the plan asks to end by")


def free_after(k, j):
    """Slot j moved to slot k's venue right after k: on the day, overlapping nothing there."""
    start = minutes(slots[k]["end"])
    end = start + minutes(slots[j]["end"]) - minutes(slots[j]["start"])
    others = [s for n, s in enumerate(slots) if n not in (j, k) and s["venueId"] == slots[k]["venueId"]]
    return end <= minutes(base["festival"]["dayEnd"]) and all(end <= minutes(s["start"]) or minutes(s["end"]) <= start for s in others)


k, j = next((k, j) for k in scheduled for j in scheduled if j > k and free_after(k, j))


def without_changeover(d):
    length = minutes(slots[j]["end"]) - minutes(slots[j]["start"])
    start = minutes(slots[k]["end"])
    d["festival"]["slots"][j].update(venueId=slots[k]["venueId"], start=hhmm(start), end=hhmm(start + length))


mutated("slots-without-changeover", without_changeover, [f"(festival.slots[{j}]): ", "minutes to change over"])


def overlapping(a, b):
    return minutes(slots[a]["start"]) < minutes(slots[b]["end"]) and minutes(slots[b]["start"]) < minutes(slots[a]["end"])


def district(k):
    return base["venues"][venue_at[slots[k]["venueId"]]]["district"]


def lend_lead(a, b, travel=None):
    """Slot a's team lead joins slot b's team as well (and travel takes `travel` minutes)."""
    def change(d):
        team_of(d, b)["members"].append({"personId": team_of(d, a)["leadId"], "role": "pagalba"})
        if travel:
            d["festival"]["travelMinutes"] = travel
    return change


a, b = next((a, b) for a in scheduled for b in scheduled if a < b and overlapping(a, b))
mutated("person-in-two-places", lend_lead(a, b), [f"(festival.slots[{b}]): ", "is already at"])
a, b = next((a, b) for a in scheduled for b in scheduled
            if a < b and not overlapping(a, b) and district(a) != district(b)
            and abs(minutes(slots[b]["start"]) - minutes(slots[a]["end"])) < 240)
mutated("no-time-to-travel", lend_lead(a, b, travel=240), [f"(festival.slots[{b}]): ", "minutes to"])


def folder(path):
    os.mkdir(path)


def unreadable(path):
    open(path, "w").write(base_text)
    os.chmod(path, 0)


def loop(path):
    os.symlink(os.path.basename(path), path)


def enormous(path):
    with open(path, "wb") as f:
        f.truncate(600 * 1024 * 1024)


cases["a-folder"] = (folder, "it is a folder, not a file")
cases["symlink-loop"] = (loop, "too many levels of symbolic links")
cases["enormous"] = (enormous, "more than the 512 MB a database may be")
if os.geteuid() != 0:  # root reads everything, so only others can check this one
    cases["no-permission"] = (unreadable, "permission denied")


if write_only:
    for name, (make, says) in sorted(cases.items()):
        if not callable(make):
            open(os.path.join(work, name + ".db.json"), "wb").write(make)
    sys.exit(0)


def snapshot(path):
    if os.path.isdir(path):
        return "folder"
    if os.path.islink(path) and not os.path.exists(path):
        return "loop"
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


ways = {
    "validate": ["validate"],
    "the app": [],
    "schedule --auto": ["schedule", "--auto", "--as", facilitator],
}
messages = {}
for name, (make, says) in sorted(cases.items()):
    path = os.path.join(work, name + ".db.json")
    if callable(make):
        make(path)
    else:
        open(path, "wb").write(make)
    before = snapshot(path)
    for way, args in ways.items():
        run = subprocess.run([binary, *args, "--db", path], stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        err = run.stderr.decode("utf-8", "replace")
        problem = None
        if run.returncode <= 0:
            problem = f"exit {run.returncode}"
        elif run.returncode not in (65, 66, 74):
            problem = f"exit {run.returncode} (expected 65, 66 or 74)"
        elif any(part not in err for part in (says if isinstance(says, list) else [says])):
            problem = f"the message does not say {says!r}: {err[:300]!r}"
        elif path not in err:
            problem = "the message does not name the file"
        elif snapshot(path) != before:
            problem = "the file changed"
        if problem:
            failures.append(f"{name} ({way}): {problem}")
        messages.setdefault(name, err.splitlines()[-1] if err else "")
    if os.path.exists(path) and not os.path.isdir(path):
        os.chmod(path, 0o600)

same = {}
for name, line in messages.items():
    same.setdefault(line.split(": ", 1)[-1], []).append(name)
for line, names in same.items():
    if len(names) > 1:
        failures.append(f"{', '.join(names)} give the same message: {line!r}")

print(f"  {len(cases)} malformed files × {len(ways)} ways of opening them")
for f in failures:
    print("  FAIL " + f)
sys.exit(1 if failures else 0)
