#!/usr/bin/env python3
"""Reads every programme export of idea-tui with a reader that is not ours, on a copy of
a database whose scheduled titles, summaries and venue names are hostile (quotes,
commas, semicolons, backslashes, line breaks, < and &, emoji, escape codes, 2,000
characters): icalendar for ics, an XML schema (scripts/frab-schedule.xsd) for frab,
json, csv, html.parser for html. Checks the text survives, the structure holds and no
contact detail appears unless asked for. Usage: check-exports.py IDEA_TUI DATABASE WORKDIR
"""
import csv, io, json, re, subprocess, sys
from html.parser import HTMLParser

import icalendar
import xmlschema

binary, source, work = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def check(what, ok):
    print(("  ok   " if ok else "  FAIL ") + what)
    if not ok:
        failures.append(what)


HOSTILE = [
    'Quote "x", comma; semi\\back',
    "Line\nbreak <script>alert(1)</script> & co",
    "🎉👩‍👩‍👧 Šančių šventė",
    '=HYPERLINK("http://evil.example")',
    "\x1b[31mred\x07 bell",
    "Ilgas " + "ž" * 2000,
    "-1+2",
    "@here",
    "a\u202eevil\u202c b \u2066iso\u2069 zero\u200bwidth\u200djoin",
    "Combining e" + "\u0301" * 60,
    "Ten thousand " + "x" * 10_000,
]


def clean(s):
    """What a title should read as after export: control characters dropped."""
    return "".join(c for c in s if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F or 0x80 <= ord(c) <= 0x9F))


db = json.load(open(source, encoding="utf-8"))
scheduled = [s["ideaId"] for s in db["festival"]["slots"]]
ideas = {i["id"]: i for i in db["ideas"]}
for n, idea_id in enumerate(scheduled[: len(HOSTILE)]):
    ideas[idea_id]["title"] = HOSTILE[n]
    ideas[idea_id]["summary"] = HOSTILE[(n + 1) % len(HOSTILE)]
used_venue = db["festival"]["slots"][0]["venueId"]
for v in db["venues"]:
    if v["id"] == used_venue:
        v["name"] = 'Kiemas <"&"> ; , \\'
path = work + "/hostile.db.json"
json.dump(db, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
titles = {ideas[i]["title"] for i in scheduled}


def export(fmt, *extra):
    out = subprocess.run([binary, "export", "--db", path, "--format", fmt, *extra], capture_output=True)
    if out.returncode != 0:
        failures.append(f"{fmt}: exit {out.returncode}: {out.stderr.decode()}")
    return out.stdout


# ics
raw = export("ics")
lines = raw.split(b"\r\n")
check("ics: every line ends in CRLF", raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""))
check("ics: no line is longer than 75 octets", all(len(l) <= 75 for l in lines))
ok = True
for l in lines:
    try:
        l.decode("utf-8")
    except UnicodeDecodeError:
        ok = False
check("ics: folding never splits a UTF-8 character", ok)
cal = icalendar.Calendar.from_ical(raw)
events = [c for c in cal.walk("VEVENT")]
check(f"ics: one event per scheduled intervention ({len(scheduled)})", len(events) == len(scheduled))
check("ics: UIDs are unique", len({str(e["UID"]) for e in events}) == len(events))
check("ics: titles come back as written", {str(e["SUMMARY"]) for e in events} == {clean(t) for t in titles})
check("ics: a Europe/Vilnius VTIMEZONE is there", any(str(z["TZID"]) == "Europe/Vilnius" for z in cal.walk("VTIMEZONE")))
starts = {s["id"]: s["start"] for s in db["festival"]["slots"]}
ok = all(e["DTSTART"].dt.strftime("%H:%M") == starts[str(e["UID"]).split("-idea")[0]] for e in events)
check("ics: each start is the slot's local time", ok)
check("ics: DTSTART carries the zone, offset +03:00 in June", all(e["DTSTART"].dt.utcoffset().total_seconds() == 3 * 3600 for e in events))
venue_event = next(e for e in events if "Kiemas" in str(e["LOCATION"]))
check("ics: a location with , ; \\ and quotes comes back", str(venue_event["LOCATION"]).startswith('Kiemas <"&"> ; , \\'))
check("ics: sectors are CATEGORIES", all(len(e["CATEGORIES"].cats) >= 1 for e in events))
check("ics: the same file gives the same bytes", export("ics") == raw)

# frab
xml = export("frab")
schema = xmlschema.XMLSchema(sys.path[0] + "/frab-schedule.xsd")
errors = list(schema.iter_errors(io.BytesIO(xml)))
check("frab: valid against the schedule schema" + (f" ({errors[0].reason})" if errors else ""), not errors)
doc = schema.to_dict(io.BytesIO(xml))
frab_events = [e for d in doc["day"] for r in d.get("room", []) for e in r.get("event", [])]
check(f"frab: {len(scheduled)} events", len(frab_events) == len(scheduled))
check("frab: titles come back as written", {e["title"] for e in frab_events} == {clean(t) for t in titles})
check("frab: ids positive and unique", len({e["@id"] for e in frab_events}) == len(frab_events) and all(e["@id"] > 0 for e in frab_events))

# json
data = json.loads(export("json"))
check("json: interventions and venues", len(data["interventions"]) == len(scheduled) and len(data["venues"]) >= 1)
check("json: titles come back exactly (control characters escaped, not lost)", {i["title"] for i in data["interventions"]} == titles)
check("json: no raw control character in the file", not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", export("json")))
check("json: start times carry the +03:00 offset", all(i["start"].endswith("+03:00") for i in data["interventions"]))

# csv
text = export("csv").decode("utf-8")
rows = list(csv.DictReader(io.StringIO(text, newline="")))
check("csv: a header and one row per intervention", len(rows) == len(scheduled))
neutral = {t if t[:1] not in "=+-@" else "'" + t for t in map(clean, titles)}
check("csv: titles come back, formulas neutralised", {r["title"] for r in rows} == neutral)
check("csv: no cell starts a formula", all(not v or v[0] not in "=+-@" for r in rows for v in r.values()))

# html
page = export("html").decode("utf-8")


class Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


reader = Reader()
reader.feed(page)
body = "".join(reader.text)
check("html: no script tag, no tag from the data", "script" not in reader.tags and set(reader.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ol", "ul", "li", "time", "strong", "span", "br"})
check("html: titles read as text", all(clean(t).replace("\n", " ") in body.replace("\n", " ") for t in titles))
check("html: phone-sized (viewport) and self-contained", 'name="viewport"' in page and "<link" not in page and "src=" not in page)

# md
md = export("md").decode("utf-8")
check("md: markup in titles is escaped", "<script>" not in md and "\\<script\\>" in md)
check("md: by time, by venue, venues by district", all(h in md for h in ["## By time", "## By venue", "## Venues by district"]))

# privacy
emails = re.compile(rb"[\w.+-]+@[\w-]+\.[\w.]+")
plain = {fmt: export(fmt) for fmt in ["ics", "frab", "json", "csv", "md", "html", "invitations"]}
contacts = [v for p in db["people"] for v in (p.get("contact") or {}).values() if v]
digits = [re.sub(r"\D", "", c).encode() for c in contacts if re.search(r"\d{6}", re.sub(r"\D", "", c))]
check("privacy: no person's e-mail or phone (as written, or its digits alone) in any export",
      not any(c.encode() in v for c in contacts for v in plain.values())
      and not any(d in v for d in digits for v in plain.values()))
check("privacy: no e-mail address in any export without --include-contacts", not any(emails.search(v) for v in plain.values()))
check("privacy: no phone number without --include-contacts", not any(re.search(rb"\+370[ \d]{6,}", v) for v in plain.values()))
with_contacts = export("csv", "--include-contacts")
check("privacy: --include-contacts adds the leads' e-mail to csv", emails.search(with_contacts) is not None)

if failures:
    print(f"exports: {len(failures)} check(s) failed")
    sys.exit(1)
print("exports: passed")
