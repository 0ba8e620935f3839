#!/usr/bin/env python3
"""Compares idea-tui's auto-scheduler with an exact constraint-programming model
(OR-tools CP-SAT) on generated festivals: 100 ready ideas / 12 venues, 300 / 30 and
1,000 / 80. Prints how many interventions each places and how long it took; both
results are checked against every placement rule by an independent checker here.

Usage: python3 scripts/bench-festival.py [--time-limit SECONDS] [--bin PATH] [--sizes 100x12,...]
Installs ortools with pip when it is missing; builds idea-tui in release mode unless --bin.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def need_ortools():
    try:
        from ortools.sat.python import cp_model  # noqa: F401
    except ImportError:
        print("installing ortools with pip (for the CP-SAT reference)…", file=sys.stderr)
        if subprocess.call([sys.executable, "-m", "pip", "install", "--quiet", "ortools"]) != 0:
            sys.exit("could not install ortools; install it with: python3 -m pip install ortools")


def minutes(text):
    h, m = text.split(":")
    return int(h) * 60 + int(m)


class Problem:
    """The festival's rules, read from a database file independently of idea-tui."""

    def __init__(self, db):
        f = db["festival"]
        self.day = (minutes(f["dayStart"]), minutes(f["dayEnd"]))
        self.grid, self.change, self.travel = f["gridMinutes"], f["changeoverMinutes"], f["travelMinutes"]
        self.venues = {v["id"]: v for v in db["venues"]}
        placed = {s["ideaId"] for s in f["slots"]}
        self.ideas = [i for i in db["ideas"] if i["stage"] == "ready" and i.get("plan") and i["id"] not in placed]
        self.fixed = f["slots"]
        team = {}
        for t in db["teams"]:
            team.setdefault(t["ideaId"], t)
        self.people = {}
        for i in db["ideas"]:
            t = team.get(i["id"])
            ids = [t["leadId"]] + [m["personId"] for m in t["members"]] + t["mentorIds"] if t else []
            self.people[i["id"]] = set(ids)
        self.plan = {i["id"]: i["plan"] for i in db["ideas"] if i.get("plan")}

    def starts(self, idea, venue):
        """Every start on the grid where `idea` may be at `venue` by the fixed rules."""
        p = idea["plan"]
        if venue["capacity"] < p["audience"] or not set(p["features"]) <= set(venue["features"]):
            return []
        lo = max(self.day[0], minutes(venue["opens"]), minutes(p["earliest"]) if p.get("earliest") else 0)
        hi = min(self.day[1], minutes(venue["closes"]), minutes(p["latest"]) if p.get("latest") else 24 * 60) - p["durationMinutes"]
        first = self.day[0] + -(-(lo - self.day[0]) // self.grid) * self.grid
        return list(range(first, hi + 1, self.grid))

    def violations(self, slots):
        """Every rule the slots break together (fixed ones included), in words."""
        out = []
        rows = []
        for s in slots:
            v, p = self.venues[s["venueId"]], self.plan[s["ideaId"]]
            a, b = minutes(s["start"]), minutes(s["end"])
            rows.append((s["ideaId"], v, a, b))
            if b - a != p["durationMinutes"]:
                out.append(f"{s['ideaId']}: lasts {b - a}, plan says {p['durationMinutes']}")
            if (a - self.day[0]) % self.grid or a < self.day[0] or b > self.day[1]:
                out.append(f"{s['ideaId']}: off the grid or the day")
            if a < minutes(v["opens"]) or b > minutes(v["closes"]):
                out.append(f"{s['ideaId']}: venue closed")
            if v["capacity"] < p["audience"] or not set(p["features"]) <= set(v["features"]):
                out.append(f"{s['ideaId']}: capacity or features")
            if (p.get("earliest") and a < minutes(p["earliest"])) or (p.get("latest") and b > minutes(p["latest"])):
                out.append(f"{s['ideaId']}: outside its window")
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                i, vi, a, b = rows[x]
                j, vj, c, d = rows[y]
                if vi["id"] == vj["id"] and a < d + self.change and c < b + self.change:
                    out.append(f"{i} and {j}: clash at {vi['id']}")
                if self.people.get(i, set()) & self.people.get(j, set()):
                    gap = 0 if vi["district"] == vj["district"] else self.travel
                    if a < d + gap and c < b + gap:
                        out.append(f"{i} and {j}: a person cannot be at both")
        return out


def cp_sat(problem, limit):
    """The most interventions that can be placed, by CP-SAT within `limit` seconds."""
    from ortools.sat.python import cp_model
    assert not problem.fixed, "the reference model expects a festival without slots"
    m = cp_model.CpModel()
    start, present, choice, district = {}, {}, {}, {}
    per_venue = {}
    for idea in problem.ideas:
        i, d = idea["id"], idea["plan"]["durationMinutes"]
        options = {vid: problem.starts(idea, v) for vid, v in problem.venues.items()}
        options = {vid: s for vid, s in options.items() if s}
        if not options:
            continue
        values = sorted({t for s in options.values() for t in s})
        start[i] = m.NewIntVarFromDomain(cp_model.Domain.FromValues(values), f"s_{i}")
        xs = []
        for vid, s in options.items():
            x = m.NewBoolVar(f"x_{i}_{vid}")
            m.AddLinearConstraint(start[i], s[0], s[-1]).OnlyEnforceIf(x)
            per_venue.setdefault(vid, []).append(m.NewOptionalFixedSizeIntervalVar(start[i], d + problem.change, x, f"iv_{i}_{vid}"))
            choice[(i, vid)] = x
            xs.append(x)
            district.setdefault(i, {}).setdefault(problem.venues[vid]["district"], []).append(x)
        present[i] = m.NewBoolVar(f"p_{i}")
        m.Add(sum(xs) == present[i])
    for intervals in per_venue.values():
        m.AddNoOverlap(intervals)
    # Shared people: no overlap, and travel time when the districts differ.
    ids = list(present)
    pairs = 0
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            i, j = ids[a], ids[b]
            if not problem.people[i] & problem.people[j]:
                continue
            pairs += 1
            di, dj = problem.plan[i]["durationMinutes"], problem.plan[j]["durationMinutes"]
            differ = m.NewBoolVar(f"diff_{i}_{j}")
            for name, xs in district[i].items():
                m.Add(differ >= sum(xs) - sum(district[j].get(name, [])))
            first = m.NewBoolVar(f"before_{i}_{j}")
            m.Add(start[i] + di + problem.travel * differ <= start[j]).OnlyEnforceIf([first, present[i], present[j]])
            m.Add(start[j] + dj + problem.travel * differ <= start[i]).OnlyEnforceIf([first.Not(), present[i], present[j]])
    m.Maximize(sum(present.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = limit
    solver.parameters.num_workers = os.cpu_count() or 2
    t = time.perf_counter()
    status = solver.Solve(m)
    seconds = time.perf_counter() - t
    slots = []
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for (i, vid), x in choice.items():
            if solver.Value(x):
                s = solver.Value(start[i])
                e = s + problem.plan[i]["durationMinutes"]
                slots.append({"ideaId": i, "venueId": vid, "start": f"{s // 60:02d}:{s % 60:02d}", "end": f"{e // 60:02d}:{e % 60:02d}"})
    return {"placed": len(slots), "slots": slots, "seconds": seconds, "status": solver.StatusName(status),
            "bound": int(solver.BestObjectiveBound()) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None,
            "pairs": pairs}


def ours(binary, path, facilitator):
    """idea-tui schedule --auto on a copy, timed from the outside (load and save included)."""
    t = time.perf_counter()
    run = subprocess.run([binary, "schedule", "--auto", "--db", path, "--as", facilitator], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if run.returncode != 0:
        sys.exit(f"idea-tui schedule failed ({run.returncode}): {run.stderr.strip()}")
    slots = json.load(open(path, encoding="utf-8"))["festival"]["slots"]
    return {"placed": len(slots), "slots": slots, "seconds": seconds}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--time-limit", type=float, default=60, help="seconds CP-SAT may take per festival (default 60)")
    ap.add_argument("--bin", help="idea-tui to use (default: build it in release mode)")
    ap.add_argument("--sizes", default="100x12,300x30,1000x80", help="ready ideas x venues, comma-separated")
    args = ap.parse_args()
    need_ortools()
    binary = args.bin
    if not binary:
        subprocess.check_call(["swift", "build", "-c", "release", "--product", "idea-tui"], cwd=ROOT, stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "idea-tui")
    work = tempfile.mkdtemp(prefix="bench-festival-")
    try:
        print(f"CP-SAT: OR-tools {__import__('ortools').__version__}, {os.cpu_count()} workers, at most {args.time_limit:g} s each")
        print("festival        placeable   idea-tui  time        CP-SAT  bound  status    time       rules broken")
        for size in args.sizes.split(","):
            n, v = (int(x) for x in size.split("x"))
            path = os.path.join(work, f"festival-{n}x{v}.db.json")
            subprocess.check_call([binary, "generate", "--ready", str(n), "--venues", str(v), "--seed", str(n), "--output", path],
                                  stdout=subprocess.DEVNULL)
            db = json.load(open(path, encoding="utf-8"))
            problem = Problem(db)
            placeable = sum(1 for i in problem.ideas if any(problem.starts(i, v) for v in problem.venues.values()))
            facilitator = next(p["id"] for p in db["people"] if "facilitator" in p.get("roles", []))
            ref = cp_sat(problem, args.time_limit)
            copy = path + ".ours.json"
            shutil.copy(path, copy)
            mine = ours(binary, copy, facilitator)
            broken = len(problem.violations(mine["slots"])), len(problem.violations(ref["slots"]))
            print(f"{n:5d} / {v:3d}     {placeable:5d}     {mine['placed']:6d}  {mine['seconds'] * 1000:7.0f} ms  "
                  f"{ref['placed']:6d}  {ref['bound']!s:>5}  {ref['status']:<8}  {ref['seconds']:6.1f} s    "
                  f"{broken[0]} / {broken[1]}")
            sys.stdout.flush()
            if any(broken):
                for line in (problem.violations(mine["slots"]) + problem.violations(ref["slots"]))[:10]:
                    print("   ", line)
        print("idea-tui's time is the whole command (load, schedule, save); rules broken: idea-tui / CP-SAT.")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
