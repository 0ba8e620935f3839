"""Prints N lines "MENTOR TEAM": mentors with room (not facilitators) paired with teams
they do not mentor yet that have room for one more, each team once. The ssh test and
the ssh benchmark let each pair take its team on and let it go, at once."""
import json
import sys

path, n = sys.argv[1], int(sys.argv[2])
d = json.load(open(path))
load = {}
for t in d["teams"]:
    for m in t.get("mentorIds", []):
        load[m] = load.get(m, 0) + 1
ideas = {i["id"]: i for i in d["ideas"]}
most = d["festival"]["maxMentorsPerTeam"]
mentors = [p["id"] for p in sorted(d["people"], key=lambda p: p["id"]) if p.get("mentor")
           and "facilitator" not in p.get("roles", []) and load.get(p["id"], 0) < p["mentor"]["capacity"]]
teams = [t for t in sorted(d["teams"], key=lambda t: t["id"]) if len(t.get("mentorIds", [])) < most
         and ideas[t["ideaId"]]["stage"] in ("team", "mentored", "workshops", "ready")]
used = []
for m in mentors:
    t = next(t for t in teams if m not in t.get("mentorIds", []) and t["id"] not in used)
    used.append(t["id"])
    print(m, t["id"])
    if len(used) == n:
        break
