"""CP-SAT from idea-tui's schedule, for scripts/bench-festival.py --hint: a large-
neighbourhood search that frees part of the schedule at a time and keeps the rest fixed
(does more fit than idea-tui placed?)."""
import os
import sys
import time


def minutes(text):
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def from_ours(problem, slots, limit, seed=1):
    """A large-neighbourhood search with CP-SAT from idea-tui's schedule, for at most
    `limit` seconds: again and again some placed ideas are freed (those at a few venues,
    some where a left-out idea may go; or those at many venues within a few hours), the
    rest stay fixed where they are, and CP-SAT places the most it can of the freed ideas
    and the left-out ones, anywhere the fixed ones leave room (their venues' time and
    their people's rule out the starts they clash with). A result that places no fewer
    is kept, so the search also walks across equal schedules. Returns the slots of the
    best schedule found (checked against every rule by the caller)."""
    import random
    from ortools.sat.python import cp_model
    assert not problem.fixed, "the reference model expects a festival without slots"
    rng = random.Random(seed)
    dur, opts, people = {}, {}, {}
    for idea in problem.ideas:
        o = {vid: problem.starts(idea, v) for vid, v in problem.venues.items()}
        o = {vid: st for vid, st in o.items() if st}
        if o:
            i = idea["id"]
            dur[i], opts[i], people[i] = idea["plan"]["durationMinutes"], o, problem.people[i]
    sharing = {i: [j for j in opts if j != i and people[i] & people[j]] for i in opts}
    district = {vid: v["district"] for vid, v in problem.venues.items()}
    all_venues = sorted(problem.venues)
    at = {x["ideaId"]: (x["venueId"], minutes(x["start"])) for x in slots}
    deadline = time.perf_counter() + limit
    rounds = 0
    while time.perf_counter() < deadline:
        rounds += 1
        waiting = sorted(i for i in opts if i not in at)
        if not waiting:
            break
        u = rng.choice(waiting)
        venues = list(opts[u])
        rng.shuffle(venues)
        if rng.random() < 0.5:
            chosen = set(venues[:rng.randint(1, 6)]) | set(rng.sample(all_venues, min(len(all_venues), rng.randint(0, 10))))
            free = {i for i in at if at[i][0] in chosen}
        else:
            chosen = set(venues[:rng.randint(2, 12)]) | set(rng.sample(all_venues, min(len(all_venues), rng.randint(4, 30))))
            t0 = rng.choice(opts[u][venues[0]])
            t1 = t0 + rng.randint(60, 300)
            free = {i for i in at if at[i][0] in chosen and at[i][1] < t1 and t0 < at[i][1] + dur[i]}
        free |= {i for i in waiting if chosen & set(opts[i])}
        free = sorted(free)
        fset = set(free)
        before = sum(1 for i in free if i in at)
        busy = {}
        for j, (vj, sj) in at.items():
            if j not in fset:
                busy.setdefault(vj, []).append((sj, sj + dur[j]))
        m = cp_model.CpModel()
        present, start, choice, per_venue, domains_of = {}, {}, {}, {}, {}
        for i in free:
            xs = []
            for vid, starts in opts[i].items():
                if vid not in chosen and not (i in at and at[i][0] == vid):
                    continue
                ok = []
                for st in starts:
                    e = st + dur[i]
                    if any(st < b + problem.change and a < e + problem.change for a, b in busy.get(vid, ())):
                        continue
                    clash = False
                    for j in sharing[i]:
                        if j in fset or j not in at:
                            continue
                        vj, sj = at[j]
                        gap = 0 if district[vj] == district[vid] else problem.travel
                        if st < sj + dur[j] + gap and sj < e + gap:
                            clash = True
                            break
                    if not clash:
                        ok.append(st)
                if not ok:
                    continue
                x = m.NewBoolVar("")
                domains_of[(i, vid)] = ok
                choice[(i, vid)] = x
                xs.append(x)
            if not xs:
                continue
            values = sorted({t for (ii, _), d in domains_of.items() if ii == i for t in d})
            start[i] = m.NewIntVarFromDomain(cp_model.Domain.FromValues(values), "")
            for vid in (v for (ii, v) in choice if ii == i):
                x = choice[(i, vid)]
                m.AddLinearExpressionInDomain(start[i], cp_model.Domain.FromValues(domains_of[(i, vid)])).OnlyEnforceIf(x)
                per_venue.setdefault(vid, []).append(m.NewOptionalFixedSizeIntervalVar(start[i], dur[i] + problem.change, x, ""))
            present[i] = m.NewBoolVar("")
            m.Add(sum(xs) == present[i])
        for intervals in per_venue.values():
            m.AddNoOverlap(intervals)
        # The whole model's redundant cuts, per venue, over the freed ideas.
        for vid in per_venue:
            jobs = [(d[0], d[-1] + dur[i], dur[i] + problem.change, choice[(i, v)])
                    for (i, v), d in domains_of.items() if v == vid]
            for r in sorted({j[0] for j in jobs}):
                for e in sorted({j[1] for j in jobs if j[1] > r}):
                    inside = [(w, x) for a, b, w, x in jobs if a >= r and b <= e]
                    if sum(w for w, _ in inside) > e - r + problem.change:
                        m.Add(sum(w * x for w, x in inside) <= e - r + problem.change)
        ids = sorted(present)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                i, j = ids[a], ids[b]
                if not people[i] & people[j]:
                    continue
                # Travel time unless both are in one district.
                apart = m.NewBoolVar("")
                for (ii, v), x in choice.items():
                    if ii != i:
                        continue
                    far = [y for (jj, w), y in choice.items() if jj == j and district[w] != district[v]]
                    if far:
                        m.Add(apart >= x + sum(far) - 1)
                first = m.NewBoolVar("")
                m.Add(start[i] + dur[i] + problem.travel * apart <= start[j]).OnlyEnforceIf([first, present[i], present[j]])
                m.Add(start[j] + dur[j] + problem.travel * apart <= start[i]).OnlyEnforceIf([first.Not(), present[i], present[j]])
        m.Maximize(sum(present.values()))
        for (i, vid), x in choice.items():
            m.AddHint(x, i in at and at[i][0] == vid)
        for i in present:
            m.AddHint(present[i], i in at)
            if i in at:
                m.AddHint(start[i], at[i][1])
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.1, min(3.0, deadline - time.perf_counter()))
        solver.parameters.num_workers = 1
        solver.parameters.random_seed = rng.randrange(1 << 30)
        status = solver.Solve(m)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            continue
        got = sum(solver.Value(p) for p in present.values())
        if os.environ.get("BENCH_DEBUG"):
            print(f"    round {rounds}: {len(chosen)} venues, {len(free)} ideas, {before} -> {got} {solver.StatusName(status)} "
                  f"{solver.WallTime():.1f} s", file=sys.stderr)
        if got < before:
            continue
        for i in free:
            at.pop(i, None)
        for (i, vid), x in choice.items():
            if solver.Value(x):
                at[i] = (vid, solver.Value(start[i]))
    out = []
    for i, (vid, st) in sorted(at.items()):
        e = st + dur[i]
        out.append({"ideaId": i, "venueId": vid, "start": f"{st // 60:02d}:{st % 60:02d}", "end": f"{e // 60:02d}:{e % 60:02d}"})
    return {"placed": len(out), "slots": out, "rounds": rounds}
