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
