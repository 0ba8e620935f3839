extension PlacementDiagnosis {
    /// The database read once for diagnosing: the venues, the slots by venue and by person,
    /// and where each idea and team is. It answers, for an idea at a venue and start, every
    /// obstacle the placement rules (`PlacementRules`) would name, as positions and numbers
    /// (cheap enough to ask at every venue and start of the day); only the few places shown
    /// are turned into `Obstacle` values with titles and names.
    struct Board {
        let db: Database
        /// By id, as the auto-scheduler orders them.
        let venues: [Venue]
        let venueOf: [String: Int]
        /// Positions in `festival.slots`, by venue position.
        let slotsAt: [[Int]]
        /// Positions in `festival.slots` of the interventions each person must be at.
        let slotsOf: [String: [Int]]
        /// The venue position of each slot (nil: a venue the database lacks).
        let slotVenue: [Int?]
        let ideaAt: [String: Int]
        let teamAt: [String: Int]
        let personAt: [String: Int]

        init(_ db: Database) {
            self.db = db
            venues = db.venues.sorted { $0.id < $1.id }
            var venueOf: [String: Int] = [:]
            for (i, v) in venues.enumerated() where venueOf[v.id] == nil { venueOf[v.id] = i }
            self.venueOf = venueOf
            var ideaAt: [String: Int] = [:], teamAt: [String: Int] = [:], personAt: [String: Int] = [:]
            for (i, idea) in db.ideas.enumerated() where ideaAt[idea.id] == nil { ideaAt[idea.id] = i }
            for (i, team) in db.teams.enumerated() where teamAt[team.ideaId] == nil { teamAt[team.ideaId] = i }
            for (i, person) in db.people.enumerated() where personAt[person.id] == nil { personAt[person.id] = i }
            self.ideaAt = ideaAt
            self.teamAt = teamAt
            self.personAt = personAt
            var slotsAt = Array(repeating: [Int](), count: venues.count)
            var slotsOf: [String: [Int]] = [:]
            var slotVenue: [Int?] = []
            for (k, slot) in db.festival.slots.enumerated() {
                let v = venueOf[slot.venueId]
                slotVenue.append(v)
                if let v { slotsAt[v].append(k) }
                guard let t = teamAt[slot.ideaId] else { continue }
                for person in PlacementRules.people(of: db.teams[t]) { slotsOf[person, default: []].append(k) }
            }
            self.slotsAt = slotsAt
            self.slotsOf = slotsOf
            self.slotVenue = slotVenue
        }

        var festival: Festival { db.festival }
        var grid: Int { max(1, db.festival.gridMinutes) }

        /// Every start on the grid at which `length` minutes fit inside the day.
        func starts(_ length: Int) -> StrideThrough<Int> {
            stride(from: festival.dayStart.minutes, through: festival.dayEnd.minutes - length, by: grid)
        }

        /// An idea being placed: its plan, its people (lead, members, mentors) and the
        /// other interventions that need one of them, each with the first such person.
        struct Subject {
            let ideaId: String
            let plan: InterventionPlan
            let people: [(id: String, role: Role)]
            let peopleSet: Set<String>
            /// Slot positions sharing a person with it, and the person's position in `people`.
            let shared: [(slot: Int, person: Int)]
        }

        func subject(_ idea: Idea, plan: InterventionPlan) -> Subject {
            var people: [(id: String, role: Role)] = []
            if let t = teamAt[idea.id] {
                let team = db.teams[t]
                for id in PlacementRules.people(of: team) {
                    people.append((id, id == team.leadId ? .lead : team.personIds.contains(id) ? .member : .mentor))
                }
            }
            var first: [Int: Int] = [:]
            for (i, person) in people.enumerated() {
                for k in slotsOf[person.id] ?? [] where first[k] == nil && festival.slots[k].ideaId != idea.id { first[k] = i }
            }
            let shared = first.sorted { $0.key < $1.key }.map { (slot: $0.key, person: $0.value) }
            return Subject(ideaId: idea.id, plan: plan, people: people, peopleSet: Set(people.map(\.id)), shared: shared)
        }

        /// What is found in the way, as positions: the venue's own rules, the plan's
        /// window, and the slots (at the venue, or of a person elsewhere) that clash.
        enum Found: Equatable {
            case hours, capacity, feature(VenueFeature), early, late
            /// The slot at `festival.slots[k]` is at the venue then.
            case venueSlot(Int)
            /// The slot needs one of our people (`person`, a position in the subject's
            /// people) at the same time (`overlap`) or too close to travel.
            case personSlot(Int, person: Int, overlap: Bool)
            /// The trial placement (a moved intervention) is in the way.
            case trial

            /// How hard it is to remove: other interventions first, then the plan's own
            /// wishes, then what the venue is.
            var rank: Int {
                switch self {
                case .venueSlot, .personSlot, .trial: return 0
                case .early, .late: return 1
                case .feature: return 2
                case .hours: return 3
                case .capacity: return 4
                }
            }

            /// The slot it is about, if any.
            var slot: Int? {
                switch self {
                case .venueSlot(let k), .personSlot(let k, _, _): return k
                default: return nil
                }
            }
        }

        /// Another placement tried alongside: a venue, a span, its district and people.
        struct Trial {
            let v: Int
            let start: Int
            let end: Int
            let people: Set<String>
        }

        /// Every obstacle to `subject` at venue `v` from `start` for `length` minutes, with
        /// how far off each is (minutes, or people for capacity); `without` is a slot that
        /// is taken away (one being moved), `trial` a placement made beside it.
        func obstacles(_ subject: Subject, _ v: Int, _ start: Int, _ length: Int,
                       without: Int? = nil, trial: Trial? = nil) -> [(found: Found, off: Int)] {
            var out: [(found: Found, off: Int)] = []
            eachObstacle(subject, v, start, length, without: without, trial: trial) { found, off in
                out.append((found, off))
                return true
            }
            return out
        }

        /// The obstacles of `obstacles`, in its order, each handed to `take` until it
        /// answers false: `fits` stops at the first, with nothing to gather.
        private func eachObstacle(_ subject: Subject, _ v: Int, _ start: Int, _ length: Int, without: Int?, trial: Trial?,
                                  _ take: (Found, Int) -> Bool) {
            let venue = venues[v], plan = subject.plan, end = start + length
            let change = festival.changeoverMinutes, travel = festival.travelMinutes
            if start < venue.opens.minutes || end > venue.closes.minutes {
                guard take(.hours, max(0, venue.opens.minutes - start) + max(0, end - venue.closes.minutes)) else { return }
            }
            if venue.capacity < plan.audience { guard take(.capacity, plan.audience - venue.capacity) else { return } }
            for feature in plan.features where !venue.features.contains(feature) { guard take(.feature(feature), 0) else { return } }
            if let earliest = plan.earliest, start < earliest.minutes { guard take(.early, earliest.minutes - start) else { return } }
            if let latest = plan.latest, end > latest.minutes { guard take(.late, end - latest.minutes) else { return } }
            let slots = festival.slots
            // A slot at this venue in the way, named once as that rather than again for a person.
            func inTheVenuesWay(_ k: Int) -> Bool {
                let s = slots[k]
                return slotVenue[k] == v && k != without && s.ideaId != subject.ideaId
                    && start < s.end.minutes + change && s.start.minutes < end + change
            }
            for k in slotsAt[v] where inTheVenuesWay(k) {
                let s = slots[k]
                guard take(.venueSlot(k), min(end, s.end.minutes) + change - max(start, s.start.minutes)) else { return }
            }
            for (k, person) in subject.shared where k != without {
                let s = slots[k]
                if start < s.end.minutes && s.start.minutes < end {
                    if !inTheVenuesWay(k) {
                        guard take(.personSlot(k, person: person, overlap: true), min(end, s.end.minutes) - max(start, s.start.minutes))
                        else { return }
                    }
                    continue
                }
                guard let there = slotVenue[k], venues[there].district != venue.district else { continue }
                let gap = s.end.minutes <= start ? start - s.end.minutes : s.start.minutes - end
                if gap < travel, !inTheVenuesWay(k) {
                    guard take(.personSlot(k, person: person, overlap: false), travel - gap) else { return }
                }
            }
            if let trial, clash(trial, v, start, end, subject.peopleSet) { _ = take(.trial, 0) }
        }

        /// Whether `trial` and a placement at `v`, `start..<end` of `people` break a rule
        /// together: the venue's changeover, nobody in two places, time to travel.
        func clash(_ trial: Trial, _ v: Int, _ start: Int, _ end: Int, _ people: Set<String>) -> Bool {
            let change = festival.changeoverMinutes
            if trial.v == v, start < trial.end + change, trial.start < end + change { return true }
            guard !trial.people.isDisjoint(with: people) else { return false }
            if start < trial.end && trial.start < end { return true }
            guard venues[trial.v].district != venues[v].district else { return false }
            let gap = trial.end <= start ? start - trial.end : trial.start - end
            return gap < festival.travelMinutes
        }

        /// Whether nothing is in the way.
        func fits(_ subject: Subject, _ v: Int, _ start: Int, _ length: Int, without: Int? = nil, trial: Trial? = nil) -> Bool {
            var none = true
            eachObstacle(subject, v, start, length, without: without, trial: trial) { _, _ in
                none = false
                return false
            }
            return none
        }
    }
}
