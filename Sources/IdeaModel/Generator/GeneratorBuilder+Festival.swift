/// The festival: its venues across the districts, the ideas' intervention plans and
/// their slots on the day.
extension GeneratorBuilder {
    mutating func makeVenues() {
        var d = dice(4)
        let count = max(14, n / 60)
        var used: Set<String> = []
        var list: [(name: String, district: String, kind: Int)] = Array(GeneratorNames.landmarkVenues.prefix(count))
        for v in list { used.insert(v.name) }
        var round = 0
        while list.count < count {
            for district in d.shuffled(Database.kaunasDistricts) where list.count < count {
                let kind = d.int(0..<GeneratorNames.venueKinds.count)
                let base = GeneratorNames.venueKinds[kind].name + (round >= GeneratorNames.venueKinds.count ? " " + String(round / GeneratorNames.venueKinds.count + 1) : "")
                var name = base + ", " + district
                var k = 2
                while used.contains(name) {
                    name = base + " " + String(k) + ", " + district
                    k += 1
                }
                used.insert(name)
                list.append((name, district, kind))
            }
            round += 1
        }
        venues = list.enumerated().map { i, v in
            let kind = GeneratorNames.venueKinds[v.kind]
            let capacity = d.int(kind.capacity) / 10 * 10
            return Venue(id: id("venue", i + 1, width: 3), name: v.name, district: v.district,
                         address: d.pick(GeneratorNames.streets) + " " + String(d.int(1...80)) + ", Kaunas",
                         capacity: max(10, capacity), features: kind.features,
                         opens: ClockTime(kind.opens), closes: ClockTime(kind.closes))
        }
    }

    mutating func makePlans() {
        var d = dice(8)
        let durations = [30, 45, 60, 60, 75, 90, 90, 120]
        for i in drafts.indices {
            guard let reach = drafts[i].reach.pipelineIndex, let ready = Stage.ready.pipelineIndex, reach >= ready else { continue }
            let idea = ideas[i]
            let morning = drafts[i].morning
            var pool = venues.indices.filter { !morning || venues[$0].opens <= ClockTime(11) }
            let local = pool.filter { venues[$0].district == idea.district }
            if !local.isEmpty && d.chance(0.5) { pool = local }
            guard !pool.isEmpty else { continue }
            let venue = venues[d.pick(pool)]
            let concept = GeneratorText.concepts[drafts[i].concept]
            var wanted = concept.features.filter(venue.features.contains)
            if wanted.isEmpty { wanted = d.sample(venue.features, 1) }
            let features = d.sample(wanted, d.int(1...min(3, wanted.count)))
            let duration = d.pick(durations)
            let audience = max(10, d.int(max(10, venue.capacity / 5)...max(10, venue.capacity * 8 / 10)) / 5 * 5)
            var districts = [venue.district]
            if idea.district != venue.district && d.chance(0.6) { districts.append(idea.district) }
            var plan = InterventionPlan(durationMinutes: duration, features: features, audience: audience, districts: districts)
            if !morning {
                if venue.closes.minutes >= 17 * 60 + duration + 30 && d.chance(0.15) {
                    plan.earliest = ClockTime(17)
                } else if venue.opens.minutes + duration <= 18 * 60 && d.chance(0.1) {
                    plan.latest = ClockTime(18)
                }
            }
            ideas[i].plan = plan
        }
    }

    mutating func placeSlots() {
        var d = dice(9)
        var placer = SlotPlacer(venues: venues, festival: rules)
        let order = drafts.indices.filter { drafts[$0].wantsSlot && drafts[$0].morning }
            + drafts.indices.filter { drafts[$0].wantsSlot && !drafts[$0].morning }
        for i in order {
            guard let plan = ideas[i].plan, let t = drafts[i].team else {
                demote(i)
                continue
            }
            let team = teams[t]
            let persons = team.personIds + team.mentorIds
            var placed: (venue: Int, start: ClockTime)?
            if drafts[i].morning { placed = placer.place(plan: plan, persons: persons, window: .endsBy(Self.snapshotClock), dice: &d) }
            if placed == nil { placed = placer.place(plan: plan, persons: persons, window: .endsAfter(Self.snapshotClock), dice: &d) }
            guard let placed else {
                demote(i)
                continue
            }
            let slot = Slot(id: "", ideaId: ideas[i].id, venueId: venues[placed.venue].id, start: placed.start,
                            end: ClockTime(minutes: placed.start.minutes + plan.durationMinutes))
            drafts[i].slot = slot
            drafts[i].stage = slot.end <= Self.snapshotClock ? .delivered : .scheduled
            ideas[i].stage = drafts[i].stage
        }
    }

    mutating func demote(_ i: Int) {
        drafts[i].stage = .ready
        drafts[i].wantsSlot = false
        ideas[i].stage = .ready
    }
}
