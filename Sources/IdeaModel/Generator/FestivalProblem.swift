extension Generator {
    /// A festival to schedule, for measuring schedulers: a generated database whose first
    /// `ready` ideas with a team are made ready with a random plan (30–120 minutes, some
    /// features, an audience, a preferred district, sometimes "not before 14:00"), every
    /// other idea kept before ready, `venues` random venues and no slots. The same
    /// arguments give the same problem. The ready ideas skip the gates' paperwork: this
    /// is a scheduling problem, not a pipeline's history.
    public static func festival(ready n: Int, venues v: Int, seed: UInt64, festivalDay: Day = sampleFestivalDay,
                                zone: TimeZoneRules = .utc) -> Database {
        var db = database(ideas: max(3 * n, 200), seed: seed, festivalDay: festivalDay, zone: zone)
        var rng = SplitMix64(seed: seed &* 31 &+ 7)
        func roll(_ k: Int) -> Int { Int(rng.next() % UInt64(k)) }
        let features = VenueFeature.allCases
        db.venues = (0..<v).map { i in
            let opens = 10 * 60 + 60 * roll(3), closes = 17 * 60 + 60 * roll(6)
            return Venue(id: "venue-\(i)", name: "Vieta \(i)", district: db.districts[roll(db.districts.count)], address: "",
                         capacity: [30, 60, 120, 300][roll(4)], features: features.filter { _ in roll(2) == 0 },
                         opens: ClockTime(minutes: opens), closes: ClockTime(minutes: min(closes, 22 * 60)))
        }
        db.festival.slots = []
        let withTeams = Set(db.teams.map(\.ideaId))
        var chosen = 0
        for i in db.ideas.indices {
            if chosen < n && withTeams.contains(db.ideas[i].id) {
                db.ideas[i].stage = .ready
                let want = features.filter { _ in roll(6) == 0 }
                db.ideas[i].plan = InterventionPlan(durationMinutes: 15 * (2 + roll(7)), features: want,
                                                    audience: [20, 40, 80, 150][roll(4)],
                                                    districts: [db.districts[roll(db.districts.count)]],
                                                    earliest: roll(4) == 0 ? ClockTime(14) : nil, latest: nil)
                chosen += 1
            } else if [.scheduled, .delivered, .ready].contains(db.ideas[i].stage) {
                db.ideas[i].stage = .workshops
            }
        }
        return db
    }
}

extension Generator {
    /// How oversubscribed a festival is: the time the ready ideas ask for over the time
    /// the venues are open, both within the festival's day and with the changeover each
    /// intervention costs its venue (a venue open 8 hours holds 8 hours and one
    /// changeover). 1 means as much asked as there is; below 1 everything might fit (the
    /// capacities, features and windows still decide), above it some cannot.
    public static func festivalLoad(_ db: Database) -> Double {
        let f = db.festival, change = max(0, f.changeoverMinutes)
        let asked = db.ideas.reduce(0) { sum, idea in
            guard idea.stage == .ready, let plan = idea.plan else { return sum }
            return sum + plan.durationMinutes + change
        }
        let open = db.venues.reduce(0) { sum, venue in
            let minutes = min(venue.closes.minutes, f.dayEnd.minutes) - max(venue.opens.minutes, f.dayStart.minutes)
            return sum + (minutes > 0 ? minutes + change : 0)
        }
        return open > 0 ? Double(asked) / Double(open) : .infinity
    }

    /// The festival of `ready` ideas with as many venues (at most 1,000) as bring its load
    /// (`festivalLoad`) nearest to `load`: the same as `festival(ready:venues:seed:)` with
    /// that venue count, so it can be made again from the count.
    public static func festival(ready n: Int, load: Double, seed: UInt64, festivalDay: Day = sampleFestivalDay,
                                zone: TimeZoneRules = .utc) -> Database {
        func make(_ v: Int) -> Database { festival(ready: n, venues: v, seed: seed, festivalDay: festivalDay, zone: zone) }
        // A first guess from a trial, then its neighbours: the load falls with each venue
        // added, though not evenly (the plans are drawn after the venues).
        let trialVenues = min(1_000, max(1, n / 8))
        let trialLoad = festivalLoad(make(trialVenues))
        let guess = load > 0 && trialLoad.isFinite ? Int(min(1_000, max(1, trialLoad * Double(trialVenues) / load)).rounded()) : trialVenues
        var best: (gap: Double, v: Int, db: Database)?
        let low = min(1_000, max(1, guess - 2))
        for v in low...min(1_000, max(low, guess + 2)) {
            let db = make(v)
            let gap = abs(festivalLoad(db) - load)
            if best.map({ gap < $0.gap }) ?? true { best = (gap, v, db) }
        }
        return best?.db ?? make(trialVenues)
    }
}
