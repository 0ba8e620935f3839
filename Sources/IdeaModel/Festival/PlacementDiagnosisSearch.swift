extension PlacementDiagnosis.Board {
    typealias Diagnosis = PlacementDiagnosis
    typealias Obstacle = PlacementDiagnosis.Obstacle
    typealias Suggestion = PlacementDiagnosis.Suggestion

    /// Every venue and start of the day, with what is in the way there; the nearest
    /// misses; and the single changes that clear the way, each checked again by the
    /// placement rules themselves. Nil for an idea the database lacks.
    func diagnose(_ ideaId: String) -> Diagnosis? {
        guard let i = ideaAt[ideaId] else { return nil }
        let idea = db.ideas[i]
        func done(_ reason: AutoScheduler.Unplaced?, _ misses: [Diagnosis.NearMiss] = [], _ suggestions: [Suggestion] = []) -> Diagnosis {
            Diagnosis(ideaId: idea.id, title: idea.title, reason: reason, misses: misses, suggestions: suggestions)
        }
        guard let plan = idea.plan else { return done(.noPlan) }
        let length = plan.durationMinutes
        guard length > 0, length % grid == 0 else { return done(.lengthOffGrid(minutes: length, grid: grid)) }
        let subject = subject(idea, plan: plan)

        // Every place, with what is in the way.
        var places: [(v: Int, start: Int, found: [(found: Found, off: Int)])] = []
        for v in venues.indices {
            for start in starts(length) { places.append((v, start, obstacles(subject, v, start, length))) }
        }
        let reason = self.reason(plan, places)
        let misses = reason == nil ? [] : nearest(places, subject)
        return done(reason, misses, suggestions(subject, places).filter { verify($0, idea) })
    }

    /// The auto-scheduler's reason, by the same rules: no venue big enough, none with
    /// the features, none open long enough in the window, or every place taken; nil
    /// when a place is free.
    func reason(_ plan: InterventionPlan, _ places: [(v: Int, start: Int, found: [(found: Found, off: Int)])]) -> AutoScheduler.Unplaced? {
        if places.contains(where: { $0.found.isEmpty }) { return nil }
        if places.contains(where: { $0.found.allSatisfy { $0.found.rank == 0 } }) { return .allTaken }
        let big = venues.filter { $0.capacity >= plan.audience }
        if big.isEmpty { return .noVenueHolds(plan.audience) }
        if !big.contains(where: { venue in plan.features.allSatisfy(venue.features.contains) }) { return .noVenueHasFeatures(plan.features) }
        return .noVenueOpenLongEnough(minutes: plan.durationMinutes)
    }

    /// The best place of each venue (fewest obstacles, the easiest to remove, the least
    /// far off, the earliest), then the best venues, in the idea's districts first among
    /// equals.
    func nearest(_ places: [(v: Int, start: Int, found: [(found: Found, off: Int)])], _ subject: Subject) -> [Diagnosis.NearMiss] {
        func key(_ p: (v: Int, start: Int, found: [(found: Found, off: Int)])) -> (Int, Int, Int, Int, Int, String) {
            (p.found.count, p.found.map(\.found.rank).max() ?? 0, p.found.reduce(0) { $0 + $1.off },
             subject.plan.districts.contains(venues[p.v].district) ? 0 : 1, p.start, venues[p.v].id)
        }
        var best: [Int: (v: Int, start: Int, found: [(found: Found, off: Int)])] = [:]
        for p in places where best[p.v].map({ key(p) < key($0) }) ?? true { best[p.v] = p }
        let chosen = best.values.sorted { key($0) < key($1) }.prefix(PlacementDiagnosis.missesShown)
        return chosen.map { p in
            Diagnosis.NearMiss(place: place(p.v, p.start, subject.plan.durationMinutes),
                               obstacles: p.found.map { obstacle($0.found, at: p.v, subject) })
        }
    }

    func place(_ v: Int, _ start: Int, _ length: Int) -> PlacementDiagnosis.Place {
        PlacementDiagnosis.Place(venueId: venues[v].id, venue: venues[v].name, start: ClockTime(minutes: start),
                                 end: ClockTime(minutes: start + length))
    }

    /// A found obstacle as a value, with the titles, names and figures that say it.
    func obstacle(_ found: Found, at v: Int, _ subject: Subject) -> Obstacle {
        let venue = venues[v], plan = subject.plan
        switch found {
        case .hours: return .closed(opens: venue.opens, closes: venue.closes)
        case .capacity: return .tooSmall(holds: venue.capacity, expects: plan.audience)
        case .feature(let feature): return featureObstacle(feature, subject)
        case .early: return .tooEarly(earliest: plan.earliest ?? festival.dayStart)
        case .late: return .tooLate(latest: plan.latest ?? festival.dayEnd)
        case .venueSlot(let k):
            let s = festival.slots[k]
            return .occupied(idea: CommandWords.title(s.ideaId, in: db), start: s.start, end: s.end, changeover: festival.changeoverMinutes)
        case .personSlot(let k, let p, let overlap):
            let s = festival.slots[k], person = subject.people[p]
            let name = personAt[person.id].map { db.people[$0].name } ?? CommandWords.quoted(person.id)
            let title = CommandWords.title(s.ideaId, in: db)
            let there = slotVenue[k].map { venues[$0].name } ?? CommandWords.quoted(s.venueId)
            return overlap ? .personBusy(person: name, role: person.role, idea: title, venue: there, start: s.start, end: s.end)
                : .personTravel(person: name, role: person.role, idea: title, venue: there, start: s.start, end: s.end,
                                travel: festival.travelMinutes)
        case .trial:
            // Only a moved intervention's own search meets a trial placement; never shown.
            return .occupied(idea: CommandWords.title(subject.ideaId, in: db), start: festival.dayStart, end: festival.dayEnd,
                             changeover: festival.changeoverMinutes)
        }
    }

    /// A missing feature, with how many venues big enough have it and, when every one of
    /// them has room in its hours and the idea's window but no free gap long enough there,
    /// the span they are open in within that window.
    func featureObstacle(_ feature: VenueFeature, _ subject: Subject) -> Obstacle {
        let plan = subject.plan, length = plan.durationMinutes
        let from = max(festival.dayStart.minutes, plan.earliest?.minutes ?? 0)
        let to = min(festival.dayEnd.minutes, plan.latest?.minutes ?? Int.max)
        let with = venues.indices.filter { venues[$0].features.contains(feature) && venues[$0].capacity >= plan.audience }
        let full = !with.isEmpty && with.allSatisfy { v in
            let venue = venues[v]
            let open = starts(length).filter { $0 >= from && $0 + length <= to && $0 >= venue.opens.minutes && $0 + length <= venue.closes.minutes }
            return !open.isEmpty && !open.contains { start in
                !obstacles(subject, v, start, length).contains { if case .venueSlot = $0.found { return true } else { return false } }
            }
        }
        guard full, let opens = with.map({ venues[$0].opens.minutes }).min(), let closes = with.map({ venues[$0].closes.minutes }).max() else {
            return .lacksFeature(feature, withIt: with.count, full: nil)
        }
        return .lacksFeature(feature, withIt: with.count,
                             full: PlacementDiagnosis.Span(from: ClockTime(minutes: max(from, opens)), to: ClockTime(minutes: min(to, closes))))
    }
}
