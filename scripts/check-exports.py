#!/usr/bin/env python3
"""Reads every programme export of idea-tui with a reader that is not ours, on a copy of
a database whose scheduled titles, summaries and venue names are hostile (quotes,
commas, semicolons, backslashes, line breaks, < and &, emoji, escape codes, 2,000
characters): icalendar for ics, an XML schema (scripts/frab-schedule.xsd) for frab,
json, csv, html.parser for html. Checks the text survives, the structure holds and no
contact detail appears unless asked for. In Lithuanian (--lang lt) too: headings, column
and sector names, `lang` and `<language>`; offsets checked against Python's zoneinfo (its
own reader of the tz database); the --excel CSV opened by LibreOffice with Lithuanian
settings when `soffice` is there (else the reason is printed).
Usage: check-exports.py IDEA_TUI DATABASE WORKDIR
"""
import csv, datetime, io, json, os, re, shutil, subprocess, sys, zoneinfo
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


def export(fmt, *extra, db=None, lang="en"):
    out = subprocess.run([binary, "export", "--db", db or path, "--format", fmt, "--lang", lang, *extra], capture_output=True)
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
vilnius = zoneinfo.ZoneInfo("Europe/Vilnius")
day = datetime.date.fromisoformat(db["festival"]["day"])
ok = True
for e in events:
    start = e["DTSTART"].dt
    wall = datetime.datetime.combine(day, start.time().replace(tzinfo=None), tzinfo=vilnius)
    ok = ok and start.utcoffset() == wall.utcoffset()
check("ics: each offset is the one Python's zoneinfo gives for Europe/Vilnius", ok)
check("ics: every event has a SEQUENCE (a whole number) and a LAST-MODIFIED",
      all(int(e["SEQUENCE"]) >= 0 and e.get("LAST-MODIFIED") is not None for e in events))
now = datetime.datetime.now(datetime.timezone.utc)
check("ics: DTSTAMP (the newest change) is not in the future", all(e["DTSTAMP"].dt <= now for e in events))
check("ics: no place repeats its district (\"Parko estrada, Šančiai, Šančiai\")",
      not any(re.search(r"(^|, )([^,]+), \2(,|$)", str(e["LOCATION"])) for e in events))

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
check("frab: the conference says its time zone", doc["conference"].get("time_zone_name") == "Europe/Vilnius")
check("frab: <language> says en for an English export", all(e.get("language") == "en" for e in frab_events))

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
check("md: \"N interventions at M venues\"", re.search(r"\d+ interventions at \d+ venues", md) is not None)

# In Lithuanian: the programme's own words, and saying so.
lt_md = export("md", lang="lt").decode("utf-8")
check("lt md: headings in Lithuanian", all(h in lt_md for h in ["## Pagal laiką", "## Pagal vietą", "## Vietos pagal seniūniją"])
      and "By time" not in lt_md and re.search(r"\d+ intervencij(a|os|ų) \d+ vietos?e", lt_md) is not None)
lt_page = export("html", lang="lt").decode("utf-8")
reader = Reader()
reader.feed(lt_page)
check("lt html: <html lang=\"lt\"> and Lithuanian headings", '<html lang="lt">' in lt_page and "Pagal laiką" in "".join(reader.text))
check("en html: <html lang=\"en\">", '<html lang="en">' in page)
lt_doc = schema.to_dict(io.BytesIO(export("frab", lang="lt")))
lt_events = [e for d in lt_doc["day"] for r in d.get("room", []) for e in r.get("event", [])]
sector_lt = {"youth": "jaunimas", "cultural": "kultūra", "educational": "švietimas", "business": "verslas", "social": "socialinis"}
check("lt frab: <language>lt</language> and sector tracks in Lithuanian",
      all(e.get("language") == "lt" and e["track"] in sector_lt.values() for e in lt_events))
lt_cal = icalendar.Calendar.from_ical(export("ics", lang="lt"))
check("lt ics: categories are Lithuanian sector names",
      all(set(map(str, e["CATEGORIES"].cats)) <= set(sector_lt.values()) for e in lt_cal.walk("VEVENT")))
excel = export("csv", "--excel", lang="lt")
check("lt csv --excel: starts with a UTF-8 byte order mark", excel.startswith(b"\xef\xbb\xbf"))
lt_rows = list(csv.reader(io.StringIO(excel.decode("utf-8-sig"), newline=""), delimiter=";"))
check("lt csv --excel: ; between fields, Lithuanian column names, one row per intervention",
      lt_rows[0][:6] == ["langelis", "data", "pradžia", "pabaiga", "minutės", "pavadinimas"] and len(lt_rows) == len(scheduled) + 1
      and all(len(r) == len(lt_rows[0]) for r in lt_rows))
check("en csv --excel: , between fields (English spreadsheets' list separator)",
      export("csv", "--excel").decode("utf-8-sig").split("\r\n")[0].startswith("slot,date,start,end"))


def spreadsheet(csv_bytes, separator, language, name):
    """The file as LibreOffice Calc reads it with the given list separator and language,
    written back as UTF-8 CSV by Calc itself: the rows as a spreadsheet sees them."""
    folder = os.path.join(work, "calc-" + name)
    os.makedirs(folder, exist_ok=True)
    source_csv = os.path.join(folder, name + ".csv")
    open(source_csv, "wb").write(csv_bytes)
    out = os.path.join(folder, "out")
    # Separator, text delimiter ", UTF-8 (76) as Calc's import dialog proposes for this
    # file, from line 1, the language's number and date formats (1063 lt-LT, 1033 en-US).
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + folder + "/profile",
                    f"--infilter=CSV:{ord(separator)},34,76,1,,{language}",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out, source_csv],
                   capture_output=True, timeout=300)
    result = os.path.join(out, name + ".csv")
    return list(csv.reader(open(result, encoding="utf-8", newline=""))) if os.path.exists(result) else None


if shutil.which("soffice"):
    sample = {i["id"]: i for i in json.load(open(source, encoding="utf-8"))["ideas"]}
    sample_db = json.load(open(source, encoding="utf-8"))
    venues = {v["id"]: v for v in sample_db["venues"]}
    slots = {s["id"]: s for s in sample_db["festival"]["slots"]}
    rows = spreadsheet(export("csv", "--excel", db=source, lang="lt"), ";", 1063, "lt")
    check("LibreOffice (lt-LT, ;) reads the --excel CSV", rows is not None)
    if rows:
        header, body = rows[0], rows[1:]
        col = {name: n for n, name in enumerate(header)}
        check("LibreOffice: the first column is \"langelis\" (the byte order mark is not in it)", header[0] == "langelis")
        check(f"LibreOffice: {len(slots)} rows of {len(header)} columns each", len(body) == len(slots) and all(len(r) == len(header) for r in body))
        check("LibreOffice: titles, venues and districts come out with their diacritics",
              all(r[col["pavadinimas"]] == sample[slots[r[0]]["ideaId"]]["title"]
                  and r[col["vieta"]] == venues[slots[r[0]]["venueId"]]["name"]
                  and r[col["seniūnija"]] == venues[slots[r[0]]["venueId"]]["district"] for r in body)
              and any("ž" in r[col["seniūnija"]].lower() or "š" in r[col["seniūnija"]].lower() for r in body))
        check("LibreOffice: sectors stay one cell, in Lithuanian",
              all(set(r[col["sektoriai"]].split("; ")) <= set(sector_lt.values()) for r in body))
    rows = spreadsheet(export("csv", "--excel", db=source), ",", 1033, "en")
    check("LibreOffice (en-US, ,) reads the English --excel CSV the same way",
          rows is not None and rows[0][0] == "slot" and len(rows) == len(slots) + 1 and all(len(r) == len(rows[0]) for r in rows))
else:
    print("  skip LibreOffice: soffice is not installed (scripts/e2e/exports.sh installs libreoffice-calc-nogui where apt-get can)")

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
