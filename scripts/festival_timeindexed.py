"""A time-indexed upper bound for scripts/bench-festival.py: an integer program over the
festival's start grid; its LP relaxation (CLP), bounded by weak duality; and the proven
bound of the integer program without its people rows, from SCIP.

The model: x[i,v,t] = 1 when idea i starts at venue v at grid point t, for every start
the fixed rules allow (`Problem.starts`). Each idea at most once. At each venue and each
grid point τ, at most one idea whose [t, t + length + changeover) holds τ. For each
person in two or more ideas and each grid point τ, at most one of their ideas running at
τ ([t, t + length)). Maximise the number placed.

Why the two time rules are exact: every start lies on the grid, so two intervals that
start on it overlap exactly when the later start lies inside the earlier one, and that
start is a grid point; the rule at that point forbids the pair, and ideas that all run
at one point overlap pairwise. That is the venue rule of the CP-SAT model (intervals of
length + changeover) and the people rule of `Problem.violations` and the CP-SAT model
(the first team of each idea: lead, members, mentors) for two venues in one district.
The travel time between districts is left out: dropping a rule only lets more schedules
through, so the optimum of this model is at least the festival's, and any upper bound
of it is one of the festival's. The same holds for the model without people rows, whose
integer program SCIP can solve at 300 ideas (with them its first LP alone takes minutes).

Two reductions keep the models small, both exact (they change neither the integer
optimum nor the LP's):
- venues that allow exactly the same starts to every idea form one group of k venues;
  at each grid point at most k of the group's intervals (changeover included) may hold
  it. Intervals on a line that never overlap more than k deep can be shared out over k
  venues so that none of them gets two overlapping ones (interval graphs are perfect),
  and without travel no other rule looks at which venue of the group an idea is at;
- ideas with no person in another idea (without people rows: every idea), the same
  length and the same starts at every group are interchangeable: one integer variable
  per class, group and start, at most as many placed as the class holds.
`python3 scripts/festival_timeindexed.py [FESTIVALS [SEED]]` checks the model on small
random festivals against bench-festival.py's CP-SAT model (see `self_test`).
"""
import math
import time


def minutes(text):
    h, m = text.split(":")
    return int(h) * 60 + int(m)


class Model:
    """The reduced time-indexed model of `problem`: variables (class, group, start) with an
    upper bound each, and rows (variables, right-hand side) meaning sum ≤ rhs; with
    `people` False, no people rows (a relaxation: every idea may join a class)."""

    def __init__(self, problem, people=True):
        assert not problem.fixed, "the time-indexed model expects a festival without slots"
        self.problem = problem
        change = problem.change
        venues = sorted(problem.venues)
        options = {}
        for idea in problem.ideas:
            o = {vid: tuple(problem.starts(idea, problem.venues[vid])) for vid in venues}
            if any(o.values()):
                options[idea["id"]] = o
        ids = list(options)
        # Venues alike for every idea: a group.
        by_signature = {}
        for vid in venues:
            by_signature.setdefault(tuple(options[i][vid] for i in ids), []).append(vid)
        self.groups = [vs for sig, vs in by_signature.items() if any(sig)]
        self.group_of = {vid: g for g, vs in enumerate(self.groups) for vid in vs}
        # People in two or more placeable ideas keep their ideas apart; the rest join classes.
        count = {}
        for i in ids:
            for p in self.problem.people[i]:
                count[p] = count.get(p, 0) + 1
        self.shared = sorted(p for p, n in count.items() if n >= 2) if people else []
        kept = set(self.shared)
        duration = {i: problem.plan[i]["durationMinutes"] for i in ids}
        self.classes = []  # (length, [idea ids], {group: starts})
        self.class_of = {}
        by_key = {}
        for i in ids:
            starts = {g: options[i][vs[0]] for g, vs in enumerate(self.groups) if options[i][vs[0]]}
            alone = any(p in kept for p in self.problem.people[i])
            key = None if alone else (duration[i], tuple(sorted(starts.items())))
            if key is not None and key in by_key:
                c = by_key[key]
                self.classes[c][1].append(i)
            else:
                c = len(self.classes)
                self.classes.append((duration[i], [i], starts))
                if key is not None:
                    by_key[key] = c
            self.class_of[i] = c
        self.var = {}  # (class, group, start) -> index
        self.upper = []
        for c, (_, members, starts) in enumerate(self.classes):
            for g, ts in starts.items():
                for t in ts:
                    self.var[(c, g, t)] = len(self.upper)
                    self.upper.append(min(len(members), len(self.groups[g])))
        self.rows = []
        for c, (_, members, starts) in enumerate(self.classes):
            js = [self.var[(c, g, t)] for g, ts in starts.items() for t in ts]
            if sum(self.upper[j] for j in js) > len(members):
                self.rows.append((js, len(members)))
        day0, day1, grid = problem.day[0], problem.day[1], problem.grid
        # A venue group at each grid point: the intervals holding it, changeover included.
        def cover(items):
            """{grid point: the variables whose interval [a, b) holds it}, per key."""
            out = {}
            for key, a, b, j in items:
                for tau in range(a, b, grid):
                    if day0 <= tau < day1:
                        out.setdefault((key, tau), []).append(j)
            return out
        for (g, _), js in cover((g, t, t + self.classes[c][0] + change, j) for (c, g, t), j in self.var.items()).items():
            if sum(self.upper[j] for j in js) > len(self.groups[g]):
                self.rows.append((js, len(self.groups[g])))
        # Each shared person at each grid point: their ideas running then (no changeover:
        # a person may go straight from one idea to the next; no travel: left out).
        for p in self.shared:
            mine = [c for c, (_, members, _) in enumerate(self.classes)
                    if len(members) == 1 and p in self.problem.people[members[0]]]
            held = cover((c, t, t + self.classes[c][0], self.var[(c, g, t)])
                         for c in mine for g, ts in self.classes[c][2].items() for t in ts)
            at = {}
            for (c, tau), js in held.items():
                at.setdefault(tau, []).append(js)
            for tau, parts in at.items():
                if len(parts) >= 2:
                    self.rows.append(([j for js in parts for j in js], 1))
        self.nonzeros = sum(len(js) for js, _ in self.rows)

    def of(self, slots):
        """A schedule (slots) as values of the model's variables; None for a slot the
        model has no variable for."""
        x = [0] * len(self.upper)
        for s in slots:
            c, g = self.class_of.get(s["ideaId"]), self.group_of.get(s["venueId"])
            j = self.var.get((c, g, minutes(s["start"])))
            if j is None:
                return None
            x[j] += 1
        return x

    def broken(self, slots):
        """The model's rows a schedule breaks, in words: a schedule that keeps every rule
        of the festival must break none, or the model cuts off a real schedule."""
        x = self.of(slots)
        if x is None:
            return ["a slot the model has no variable for"]
        out = [f"variable {j} is {x[j]} > {u}" for j, u in enumerate(self.upper) if x[j] > u]
        out += [f"a row sums to {sum(x[j] for j in js)} > {rhs}" for js, rhs in self.rows if sum(x[j] for j in js) > rhs]
        return out

    def size(self):
        return f"{len(self.upper)} variables, {len(self.rows)} rows, {self.nonzeros} nonzeros"


def lp_bound(model, engine="CLP"):
    """The LP relaxation's optimum, and a bound proven from its dual prices by weak duality
    (`weak_dual`): it holds for any prices y ≥ 0, so it does not rest on the LP solver's
    tolerances. Its whole part, after adding 1e-6 for float error (which can only raise
    it), is the bound. CLP: on the whole model at 1,000 ideas (628,000 variables) it takes
    about a minute, GLOP had not finished after 45."""
    from ortools.linear_solver import pywraplp
    solver = pywraplp.Solver.CreateSolver(engine)
    xs = [solver.NumVar(0, u, "") for u in model.upper]
    cons = []
    for js, rhs in model.rows:
        row = solver.Constraint(-solver.infinity(), rhs)
        for j in js:
            row.SetCoefficient(xs[j], 1)
        cons.append(row)
    objective = solver.Objective()
    for x in xs:
        objective.SetCoefficient(x, 1)
    objective.SetMaximization()
    t = time.perf_counter()
    status = solver.Solve()
    seconds = time.perf_counter() - t
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return {"lp": None, "bound": None, "seconds": seconds}
    value = objective.Value()
    best = None
    for sign in (1, -1):  # whichever sign convention the wrapper uses for the duals
        y = [max(0.0, sign * c.dual_value()) for c in cons]
        weak = weak_dual(model, y)
        best = weak if best is None else min(best, weak)
    return {"lp": value, "weak": best, "bound": math.floor(best + 1e-6), "seconds": seconds}


def weak_dual(model, y):
    """For prices y ≥ 0 on the rows, with each variable's reduced cost d = 1 - (its
    column's price): W = Σ rhs·y + Σ upper·max(0, d). For any solution x of the model,
    count(x) = Σ x = yᵀAx + Σ d·x ≤ yᵀrhs + Σ upper·max(0, d) = W, since Ax ≤ rhs, y ≥ 0
    and 0 ≤ x ≤ upper."""
    price = [0.0] * len(model.upper)
    for (js, _), yr in zip(model.rows, y):
        if yr:
            for j in js:
                price[j] += yr
    return sum(rhs * yr for (_, rhs), yr in zip(model.rows, y)) + sum(u * max(0.0, 1 - p) for u, p in zip(model.upper, price))


def ip_bound(model, limit, engine="scip", hint=None, verbose=False):
    """The integer program's proven bound (the solver's best bound, plus 1e-6, floored)
    after at most `limit` seconds, its status, and the most a solution of the model the
    solver found places (no travel: not a schedule). `hint`, slots to start from (a
    start for the search; the bound is proven all the same)."""
    t = time.perf_counter()
    start = model.of(hint) if hint else None
    if engine == "cp-sat":
        from ortools.sat.python import cp_model
        m = cp_model.CpModel()
        xs = [m.NewIntVar(0, u, "") for u in model.upper]
        for js, rhs in model.rows:
            m.Add(sum(xs[j] for j in js) <= rhs)
        m.Maximize(sum(xs))
        if start:
            for x, v in zip(xs, start):
                m.AddHint(x, v)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = limit
        solver.parameters.num_workers = 2
        solver.parameters.log_search_progress = verbose
        status = solver.Solve(m)
        ok = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        return {"bound": math.floor(solver.BestObjectiveBound() + 1e-6) if ok else None,
                "found": int(solver.ObjectiveValue()) if ok else None, "status": solver.StatusName(status),
                "seconds": time.perf_counter() - t}
    from ortools.linear_solver import pywraplp
    solver = pywraplp.Solver.CreateSolver(engine.upper())
    if verbose:
        solver.EnableOutput()
    xs = [solver.IntVar(0, u, "") for u in model.upper]
    for js, rhs in model.rows:
        row = solver.Constraint(-solver.infinity(), rhs)
        for j in js:
            row.SetCoefficient(xs[j], 1)
    objective = solver.Objective()
    for x in xs:
        objective.SetCoefficient(x, 1)
    objective.SetMaximization()
    if start:
        solver.SetHint(xs, [float(v) for v in start])
    solver.SetTimeLimit(int(limit * 1000))
    status = solver.Solve()
    names = {pywraplp.Solver.OPTIMAL: "OPTIMAL", pywraplp.Solver.FEASIBLE: "FEASIBLE"}
    ok = status in names
    return {"bound": math.floor(objective.BestBound() + 1e-6) if ok else None,
            "found": round(objective.Value()) if ok else None, "status": names.get(status, "UNKNOWN"),
            "seconds": time.perf_counter() - t}


def self_test(festivals=150, seed=4):
    """Small random festivals (a few venues, some alike; a dozen ideas, some alike; people
    shared between some): without travel time the integer program's optimum must equal
    CP-SAT's optimum of the full model (bench-festival.py's `cp_sat`), with travel it must
    be at least that; the model without people at least the model's; the LP bound at
    least the integer optimum; CP-SAT's schedule must keep every row of both models.
    Prints one line per festival and exits non-zero on a mismatch."""
    import importlib.util
    import os
    import random
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("bench", os.path.join(here, "bench-festival.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rng = random.Random(seed)
    failed = relaxed = 0
    for k in range(festivals):
        travel = rng.choice([0, 0, 15, 30])
        kinds = [dict(district=rng.choice("ab"), capacity=rng.choice([30, 60]), features=rng.choice([[], ["stage"]]),
                      opens=rng.choice(["10:00", "11:00"]), closes=rng.choice(["13:00", "14:00"])) for _ in range(3)]
        venues = [dict(id=f"v{j}", **rng.choice(kinds)) for j in range(rng.randint(2, 6))]
        plans = [dict(durationMinutes=rng.choice([30, 45, 60, 90]), features=rng.choice([[], [], [], ["stage"]]),
                      audience=rng.choice([20, 40]), earliest=rng.choice([None, None, "11:30"])) for _ in range(5)]
        n = rng.randint(8, 14)
        ideas = [dict(id=f"i{j}", stage="ready", plan={key: v for key, v in rng.choice(plans).items() if v is not None}) for j in range(n)]
        people = [f"p{j}" for j in range(rng.choice([n // 2, 2 * n]))]
        teams = [dict(ideaId=i["id"], leadId=rng.choice(people), members=[{"personId": rng.choice(people)}] * rng.randint(0, 1),
                      mentorIds=[rng.choice(people)] * rng.randint(0, 1)) for i in ideas]
        db = {"festival": dict(dayStart="10:00", dayEnd="14:00", gridMinutes=15, changeoverMinutes=rng.choice([0, 15]),
                               travelMinutes=travel, slots=[]), "venues": venues, "ideas": ideas, "teams": teams}
        problem = bench.Problem(db)
        model = Model(problem)
        exact = bench.cp_sat(problem, 30)
        loose = Model(problem, people=False)
        ip, alone = ip_bound(model, 30), ip_bound(loose, 30)
        lp = lp_bound(model)
        ok = exact["status"] == "OPTIMAL" and ip["status"] == "OPTIMAL" and ip["bound"] == ip["found"]
        ok = ok and (ip["bound"] == exact["placed"] if travel == 0 else ip["bound"] >= exact["placed"])
        ok = ok and alone["status"] == "OPTIMAL" and alone["bound"] >= ip["bound"] and lp["bound"] >= ip["bound"]
        ok = ok and not problem.violations(exact["slots"]) and not model.broken(exact["slots"]) and not loose.broken(exact["slots"])
        failed += not ok
        relaxed += ip["bound"] > exact["placed"]
        print(f"{k:3d}: {n} ideas, {len(venues)} venues ({len(model.groups)} groups, {len(model.classes)} classes), "
              f"travel {travel}: CP-SAT {exact['placed']} {exact['status']}, IP {ip['bound']} {ip['status']}, "
              f"without people {alone['bound']}, "
              f"LP {lp['lp']:.2f} → {lp['bound']}" + ("" if ok else "  MISMATCH"))
    print(f"{festivals} festivals, {failed} mismatches; the integer program above the optimum (travel left out) "
          f"on {relaxed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    import sys
    self_test(*(int(a) for a in sys.argv[1:3]))
