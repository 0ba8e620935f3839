#!/usr/bin/env python3
"""Compares idea-tui's auto-scheduler with an exact constraint-programming model
(OR-tools CP-SAT) on generated festivals from loose (load 0.6: the ideas ask for 60% of
the time the venues are open) to oversubscribed (load 1.8), several seeds each
(`idea-tui generate --ready N --load L --seed S`). Per festival: how many interventions
an older idea-tui places ("today", with --old-bin), how many this one places and in what
time, CP-SAT's result and the upper bound it proves (no schedule can place more), a
flow bound computed here, a time-indexed bound (an integer program over the start grid
without the travel time: its LP relaxation and, within --ti-limit, its proven bound;
scripts/festival_timeindexed.py), and whether idea-tui reaches the smallest bound, is
within one of it or below; and for both idea-tui's, how far the sector furthest behind
trails. Every result is checked against every placement rule by an independent checker
here, and against the time-indexed model (a schedule that keeps the rules must keep the
model's, and place no more than its bound).

With --hint SECONDS, each festival where idea-tui is below the bound gets a line more:
what CP-SAT finds when it starts from idea-tui's schedule (as a solution hint to the
whole model, and a large-neighbourhood search that frees a few venues or hours at a time
and keeps the rest fixed), SECONDS each: does more fit, or does its bound come down?

Usage: python3 scripts/bench-festival.py [--time-limit SECONDS] [--bin PATH] [--old-bin PATH]
           [--sizes 100,300] [--loads 0.6,...,1.8] [--seeds 1,2,3] [--instances 1000x80:1000,...]
           [--hint SECONDS] [--ti-limit SECONDS] [--ti-solver scip|cp-sat] [--bounds-only]
Installs ortools with pip when it is missing; builds idea-tui in release mode unless --bin.
With the defaults (42 festivals, 20 s of CP-SAT and at most 120 s of SCIP each) it takes
about an hour and a half; --bounds-only leaves CP-SAT out.
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
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from festival_neighbourhoods import from_ours  # noqa: E402
from festival_timeindexed import Model, ip_bound, lp_bound  # noqa: E402


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


def cp_sat(problem, limit, hint=None):
    """The most interventions that can be placed, by CP-SAT within `limit` seconds;
    `hint`, slots to start from (CP-SAT's solution hint: where each idea is, or that it
    is left out)."""
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
    # Redundant (they cut nothing a schedule could do) but they give the solver's bound
    # its strength: at each venue, the interventions that must start at or after r and
    # end by e, changeover included, fit in e - r plus one changeover.
    for vid, venue in problem.venues.items():
        jobs = []
        for idea in problem.ideas:
            s = problem.starts(idea, venue)
            if s and (idea["id"], vid) in choice:
                d = idea["plan"]["durationMinutes"]
                jobs.append((s[0], s[-1] + d, d + problem.change, choice[(idea["id"], vid)]))
        for r in sorted({j[0] for j in jobs}):
            for e in sorted({j[1] for j in jobs if j[1] > r}):
                inside = [(w, x) for a, b, w, x in jobs if a >= r and b <= e]
                if sum(w for w, _ in inside) > e - r + problem.change:
                    m.Add(sum(w * x for w, x in inside) <= e - r + problem.change)
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
    if hint is not None:
        at = {x["ideaId"]: (x["venueId"], minutes(x["start"])) for x in hint}
        for (i, vid), x in choice.items():
            m.AddHint(x, at.get(i, (None,))[0] == vid)
        for i, p in present.items():
            m.AddHint(p, i in at)
            if i in at:
                m.AddHint(start[i], at[i][1])
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


def flow_bound(problem):
    """An upper bound of our own, proven without a solver: each placed intervention takes
    its length and a changeover out of its venue's time, within its own window there
    (first start to last end, changeover included), and no minute twice. Letting the
    interventions be cut into pieces and spread over venues relaxes that into a flow of
    minutes: interventions to the pieces of venue time their windows cover (cut wherever
    a window starts or ends), pieces to the sink by their length. Each minute of an
    intervention of m minutes (changeover included) counts 1/m; the flows the network
    can carry form a polymatroid, so the greedy is optimal: the shortest interventions'
    flow made as large as it can be first, then the next length's. Its whole part.
    Written here independently of idea-tui (whose search stops at the same bound)."""
    change = problem.change
    ideas = []
    for idea in problem.ideas:
        windows = {vid: (s[0], s[-1] + idea["plan"]["durationMinutes"] + change)
                   for vid, v in problem.venues.items() for s in [problem.starts(idea, v)] if s}
        if windows:
            ideas.append((idea["plan"]["durationMinutes"] + change, windows))
    if not ideas:
        return 0
    graph = {"s": {}, "t": {}}

    def edge(a, b, c):
        graph.setdefault(a, {})
        graph.setdefault(b, {})
        graph[a][b] = graph[a].get(b, 0) + c
        graph[b].setdefault(a, 0)

    cuts = {}
    for _, windows in ideas:
        for vid, (a, b) in windows.items():
            cuts.setdefault(vid, set()).update((a, b))
    pieces = {}
    for vid, points in cuts.items():
        points = sorted(points)
        pieces[vid] = list(zip(points, points[1:]))
        for a, b in pieces[vid]:
            edge(("p", vid, a), "t", b - a)
    for k, (need, windows) in enumerate(ideas):
        graph[("i", k)] = {}
        for vid, (a, b) in windows.items():
            for x, y in pieces[vid]:
                if a <= x and y <= b:
                    edge(("i", k), ("p", vid, x), need)

    def augment():
        """Pushes flow from s to t until none goes (Dinic); returns how much."""
        total = 0
        while True:
            level, queue = {"s": 0}, ["s"]
            for a in queue:
                for b, c in graph[a].items():
                    if c > 0 and b not in level:
                        level[b] = level[a] + 1
                        queue.append(b)
            if "t" not in level:
                return total
            nexts = {a: list(graph[a]) for a in level}

            def push(a, limit):
                if a == "t":
                    return limit
                while nexts[a]:
                    b = nexts[a][-1]
                    c = graph[a][b]
                    if c > 0 and level.get(b) == level[a] + 1:
                        sent = push(b, min(limit, c))
                        if sent:
                            graph[a][b] -= sent
                            graph[b][a] += sent
                            return sent
                    nexts[a].pop()
                return 0
            while True:
                sent = push("s", float("inf"))
                if not sent:
                    break
                total += sent

    value = 0.0
    for need in sorted({need for need, _ in ideas}):
        for k, (m, _) in enumerate(ideas):
            if m == need:
                edge("s", ("i", k), need)
        value += augment() / need
    return min(len(ideas), int(value + 1e-6))


SECTORS = ["youth", "cultural", "educational", "business", "social"]


def behind(db, slots):
    """How many percentage points the sector furthest behind trails, as the festival's
    balance shows it: its share of the interventions against its share of the ideas
    ready or later (whole percentages, rounded half up)."""
    sectors = {i["id"]: set(i["sectors"]) for i in db["ideas"]}
    pool = [i for i in db["ideas"] if i["stage"] in ("ready", "scheduled", "delivered")]

    def percent(part, whole):
        return 0 if whole == 0 else (200 * part + whole) // (2 * whole)

    return max(percent(sum(1 for i in pool if s in i["sectors"]), len(pool))
               - percent(sum(1 for x in slots if s in sectors.get(x["ideaId"], ())), len(slots)) for s in SECTORS)


def ours(binary, path, facilitator):
    """idea-tui schedule --auto on a copy, timed from the outside (load and save included)."""
    copy = path + ".run.json"
    shutil.copy(path, copy)
    t = time.perf_counter()
    run = subprocess.run([binary, "schedule", "--auto", "--db", copy, "--as", facilitator], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if run.returncode != 0:
        sys.exit(f"{binary} schedule failed ({run.returncode}): {run.stderr.strip()}")
    slots = json.load(open(copy, encoding="utf-8"))["festival"]["slots"]
    os.remove(copy)
    for extra in (copy + ".bak",):
        if os.path.exists(extra):
            os.remove(extra)
    return {"placed": len(slots), "slots": slots, "seconds": seconds}


def load_of(db):
    """The festival's load as `idea-tui generate --load` measures it: minutes asked
    (length and changeover of each ready idea) over minutes open (each venue's hours
    within the day, plus one changeover)."""
    f = db["festival"]
    day = minutes(f["dayStart"]), minutes(f["dayEnd"])
    asked = sum(i["plan"]["durationMinutes"] + f["changeoverMinutes"] for i in db["ideas"] if i["stage"] == "ready" and i.get("plan"))
    open_ = 0
    for v in db["venues"]:
        m = min(minutes(v["closes"]), day[1]) - max(minutes(v["opens"]), day[0])
        open_ += m + f["changeoverMinutes"] if m > 0 else 0
    return asked / open_ if open_ else float("inf")


def instances(args):
    """(ready ideas, generate's arguments) for each festival: the sizes at each load and
    seed, then any given as NxV:SEED."""
    out = []
    for n in (int(x) for x in args.sizes.split(",") if x):
        for load in (float(x) for x in args.loads.split(",") if x):
            for seed in (int(x) for x in args.seeds.split(",") if x):
                out.append((n, ["--ready", str(n), "--load", f"{load:g}", "--seed", str(seed)], seed))
    for spec in (x for x in args.instances.split(",") if x):
        size, seed = spec.split(":")
        n, v = (int(x) for x in size.split("x"))
        out.append((n, ["--ready", str(n), "--venues", str(v), "--seed", seed], int(seed)))
    return out


def verdict(placed, bound):
    if placed >= bound:
        return "at bound"
    return "within one" if placed == bound - 1 else f"below ({bound - placed})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--time-limit", type=float, default=20, help="seconds CP-SAT may take per festival (default 20)")
    ap.add_argument("--bin", help="idea-tui to use (default: build it in release mode)")
    ap.add_argument("--old-bin", help="an older idea-tui to compare with (\"today\"), e.g. main's release build")
    ap.add_argument("--sizes", default="100,300", help="ready ideas, comma-separated (default 100,300)")
    ap.add_argument("--loads", default="0.6,0.8,1,1.2,1.4,1.6,1.8", help="loads, comma-separated (default 0.6 to 1.8 by 0.2)")
    ap.add_argument("--seeds", default="1,2,3", help="seeds for each size and load (default 1,2,3)")
    ap.add_argument("--hint", type=float, default=0, metavar="SECONDS",
                    help="on festivals where idea-tui is below the bound, CP-SAT from its schedule: a solution hint, "
                         "then a neighbourhood search, SECONDS each (default: not run)")
    ap.add_argument("--instances", default="", help="more festivals as IDEASxVENUES:SEED, comma-separated (e.g. 1000x80:1000)")
    ap.add_argument("--ti-limit", type=float, default=120, metavar="SECONDS",
                    help="seconds SCIP may take per festival on the time-indexed integer program without people rows "
                         "(default 120; at 300 ideas its first LP alone takes about a minute; 0: the LP only)")
    ap.add_argument("--ti-solver", choices=("scip", "cp-sat"), default="scip",
                    help="solver for the time-indexed integer program (default scip)")
    ap.add_argument("--bounds-only", action="store_true",
                    help="no CP-SAT run: the placeable, flow and time-indexed bounds against idea-tui (and --old-bin)")
    args = ap.parse_args()
    need_ortools()
    binary = args.bin
    if not binary:
        subprocess.check_call(["swift", "build", "-c", "release", "--product", "idea-tui"], cwd=ROOT, stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "idea-tui")
    work = tempfile.mkdtemp(prefix="bench-festival-")
    tally = {"at bound": 0, "within one": 0, "below": 0}
    fewer, less_balanced, lowered, rows, wrong_total = [], [], [], 0, 0
    behind_total = [0, 0]
    try:
        print(f"CP-SAT: OR-tools {__import__('ortools').__version__}, {os.cpu_count()} workers, at most {args.time_limit:g} s each"
              + (" (not run: --bounds-only)" if args.bounds_only else "")
              + f"; time-indexed: CLP, then {args.ti_solver} for at most {args.ti_limit:g} s")
        columns = ("festival     load  seed  placeable   flow  CP-SAT  TI-LP  TI-IP  TI status  placed  status    time   "
                   "placed  behind  placed  behind  time     verdict       rules broken  model")
        at = [columns.index("placeable")] + [i for i in range(len(columns)) if columns.startswith("placed", i)]
        heading = ""
        for pos, word in zip(at, ("bounds", "CP-SAT", "today", "idea-tui")):
            heading = heading.ljust(pos) + word
        print(heading)
        print(columns)
        for n, gen, seed in instances(args):
            path = os.path.join(work, "festival.db.json")
            if os.path.exists(path):
                os.remove(path)
            subprocess.check_call([binary, "generate", *gen, "--output", path], stdout=subprocess.DEVNULL)
            db = json.load(open(path, encoding="utf-8"))
            problem = Problem(db)
            placeable = sum(1 for i in problem.ideas if any(problem.starts(i, v) for v in problem.venues.values()))
            facilitator = next(p["id"] for p in db["people"] if "facilitator" in p.get("roles", []))
            flow = flow_bound(problem)
            ref = None if args.bounds_only else cp_sat(problem, args.time_limit)
            mine = ours(binary, path, facilitator)
            old = ours(args.old_bin, path, facilitator) if args.old_bin else None
            # The time-indexed bounds: the LP of the whole model, the integer program of
            # the model without people rows (SCIP, from idea-tui's schedule as a hint).
            model, relaxed = Model(problem), Model(problem, people=False)
            lp = lp_bound(model)
            ip = (ip_bound(relaxed, args.ti_limit, args.ti_solver, hint=mine["slots"]) if args.ti_limit > 0
                  else {"bound": None, "found": None, "status": "-", "seconds": 0})
            print(f"  time-indexed: {model.size()} ({len(model.classes)} idea classes, {len(model.groups)} venue groups), "
                  f"LP {lp['lp']} in {lp['seconds']:.0f} s; without people {relaxed.size()} ({len(relaxed.classes)} classes), "
                  f"IP {ip['status']} bound {ip['bound']} found {ip['found']} in {ip['seconds']:.0f} s", file=sys.stderr)
            timed = min((x for x in (lp["bound"], ip["bound"]) if x is not None), default=placeable)
            old_bound = min(x for x in (ref and ref["bound"], flow, placeable) if x is not None)
            bound = min(old_bound, timed)
            said = verdict(mine["placed"], bound)
            tally[said.split(" (")[0]] += 1
            rows += 1
            if timed < old_bound:
                lowered.append(f"{n}x{len(db['venues'])}:{seed} {old_bound} → {timed}")
            name = f"{n}x{len(db['venues'])}:{seed}"
            mine["behind"] = behind(db, mine["slots"])
            if old:
                old["behind"] = behind(db, old["slots"])
                behind_total[0] += old["behind"]
                behind_total[1] += mine["behind"]
                if mine["placed"] < old["placed"]:
                    fewer.append(name)
                if mine["behind"] > old["behind"]:
                    less_balanced.append(name + (" (placing more)" if mine["placed"] > old["placed"] else ""))
            results = [("idea-tui", mine)] + ([("CP-SAT", ref)] if ref else []) + ([("today", old)] if old else [])
            broken = [problem.violations(x["slots"]) for _, x in results]
            # The time-indexed model's own check: a schedule that keeps every rule keeps
            # every row of the model and places no more than its bounds.
            wrong = []
            for (who, x), b in zip(results, broken):
                if not b:
                    wrong += [f"{who}'s schedule breaks the time-indexed model: {w}" for w in model.broken(x["slots"])[:3]]
                    wrong += [f"{who}'s schedule breaks the model without people: {w}" for w in relaxed.broken(x["slots"])[:3]]
                for what, value in (("LP", lp["bound"]), ("IP", ip["bound"])):
                    if value is not None and x["placed"] > value:
                        wrong.append(f"{who} places {x['placed']}, more than the time-indexed {what} bound {value}")
            wrong_total += len(wrong)
            # An IP bound above the LP's says nothing (its first LP unsolved): "-".
            shown = ip["bound"] if ip["bound"] is not None and ip["bound"] <= (lp["bound"] or placeable) else "-"
            cp = (f"{ref['bound']!s:>6}  {ref['placed']:6d}  {ref['status']:<8} {ref['seconds']:4.0f} s  " if ref
                  else f"{'-':>6}  {'-':>6}  {'-':<8} {'-':>4}    ")
            print(f"{n:5d} / {len(db['venues']):3d}  {load_of(db):4.2f}  {seed:4d}  {placeable:9d}  {flow:5d}  "
                  + cp[:6] + f"  {lp['bound']!s:>5}  {shown!s:>5}  {ip['status']:<9}  " + cp[8:]
                  + (f"{old['placed']:6d}  {old['behind']:4d} %  " if old else "     -       -  ")
                  + f"{mine['placed']:6d}  {mine['behind']:4d} %  {mine['seconds'] * 1000:5.0f} ms  {said:<12}  "
                  + f"{' / '.join(str(len(b)) for b in broken):<12}  {len(wrong)}")
            sys.stdout.flush()
            for line in ([x for b in broken for x in b] + wrong)[:10]:
                print("   ", line)
            if args.hint and mine["placed"] < bound:
                hinted = cp_sat(problem, args.hint, hint=mine["slots"])
                search = from_ours(problem, mine["slots"], args.hint)
                found = max(hinted["placed"], search["placed"])
                wrong = len(problem.violations(hinted["slots"])) + len(problem.violations(search["slots"]))
                print(f"      CP-SAT from ours: {found} (hinted: {hinted['placed']} {hinted['status']}, bound "
                      f"{hinted['bound']}; neighbourhoods: {search['placed']} in {search['rounds']} rounds), rules broken {wrong}")
                sys.stdout.flush()
        print(f"{rows} festivals: idea-tui at the bound on {tally['at bound']}, within one on {tally['within one']}, "
              f"below on {tally['below']}.")
        print("The time-indexed bound is below the other three on " + (", ".join(lowered) if lowered else "none")
              + f"; schedules against the time-indexed model: {wrong_total} problems.")
        if args.old_bin:
            print("Fewer than today on " + (", ".join(fewer) if fewer else "none") + "; the sector furthest behind trails by "
                  f"{behind_total[1]} points in all (today {behind_total[0]}), further than today on "
                  + (", ".join(less_balanced) if less_balanced else "none") + ".")
        print("bound: the smallest of the flow bound (here, independently of idea-tui), CP-SAT's proven bound, the "
              "time-indexed LP's and IP's bounds (TI: the integer program over the start grid without travel time) and the "
              "placeable count; behind: points the sector furthest behind trails (its share of the interventions against "
              "its share of the ideas ready or later); idea-tui's time is the whole command (load, schedule, save); "
              "rules broken: idea-tui" + ("" if args.bounds_only else " / CP-SAT") + (" / today" if args.old_bin else "")
              + "; model: schedules that break a row of the time-indexed model or place more than its bounds (must be 0).")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
