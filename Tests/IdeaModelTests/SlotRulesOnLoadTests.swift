import Testing
@testable import IdeaModel

/// Defect 12 of issue 13: a slot already in the file is held to every rule the festival
/// grid enforces when placing one, reported at the slot's JSON path like any other
/// format error; and no command can leave a slot that breaks one.
@Suite struct SlotRulesOnLoadTests {
    static let base = Generator.database(ideas: 40, seed: 7)
    static let facilitator = base.people.first { $0.has(.facilitator) }?.id ?? ""
    static let ctx = CommandContext(actor: facilitator, now: Timestamp(day: base.festival.day.adding(days: 3), hour: 9),
                                    today: base.festival.day.adding(days: 3))

    /// The first slot of a scheduled idea with a team, its venue's and idea's positions.
    static func scheduled(_ db: Database, after: Int = -1) -> (slot: Int, venue: Int, idea: Int)? {
        for (k, slot) in db.festival.slots.enumerated() where k > after {
            guard let i = db.ideas.firstIndex(where: { $0.id == slot.ideaId }), db.ideas[i].stage == .scheduled,
                  db.teams.contains(where: { $0.ideaId == slot.ideaId }),
                  let v = db.venues.firstIndex(where: { $0.id == slot.venueId }) else { continue }
            return (k, v, i)
        }
        return nil
    }

    /// The load problems of `db` once written out and read back.
    func loadProblems(_ db: Database) -> [Problem] {
        do {
            _ = try DatabaseCodec.decode(DatabaseCodec.encode(db))
            return []
        } catch {
            return error.problems
        }
    }

    @Test func theGeneratedAndSampleDatabasesKeepEveryRule() {
        #expect(ScheduleCheck.findings(in: Self.base).isEmpty)
        #expect(ScheduleCheck.findings(in: Generator.database(ideas: 1000, seed: 5)).isEmpty)
        #expect(ScheduleCheck.findings(in: Generator.sample(zone: TestZones.vilnius)).isEmpty)
    }

    /// The issue's case: moved to 16:00–16:45 at a venue that closes at 16:00.
    @Test func aSlotPastClosingTimeIsALoadErrorAtItsPath() throws {
        var db = Self.base
        let (k, v, i) = try #require(Self.scheduled(db))
        db.venues[v].opens = ClockTime(10)
        db.venues[v].closes = ClockTime(16)
        db.ideas[i].plan?.durationMinutes = 45
        let venueId = db.venues[v].id, kept = db.festival.slots[k].id
        Self.dropSlots(&db) { $0.venueId == venueId && $0.id != kept }
        let at = try #require(db.festival.slots.firstIndex { $0.ideaId == db.ideas[i].id })
        db.festival.slots[at].start = ClockTime(16)
        db.festival.slots[at].end = ClockTime(16, 45)
        let problems = loadProblems(db).filter { $0.path == "festival.slots[\(at)]" }
        #expect(problems.contains { $0.message.contains("16:00–16:45: \(db.venues[v].name) is open only 10:00–16:00") },
                "\(problems.map(\.description))")
        #expect(problems.allSatisfy { $0.line != nil }, "the line of the slot in the file is given")
    }

    /// One case per rule: what to break and the words that say so.
    static let rules: [(String, @Sendable (inout Database, Int, Int, Int) -> Void, String)] = [
        ("capacity", { db, _, v, i in db.venues[v].capacity = (db.ideas[i].plan?.audience ?? 1) - 1 }, "people but the plan expects"),
        ("features", { db, _, v, i in db.venues[v].features.removeAll { db.ideas[i].plan?.features.contains($0) == true } }, " lacks what the plan needs: "),
        ("earliest", { db, k, _, i in db.ideas[i].plan?.latest = nil; db.ideas[i].plan?.earliest = db.festival.slots[k].end }, "no earlier than"),
        ("latest", { db, k, _, i in
            db.ideas[i].plan?.earliest = nil
            db.ideas[i].plan?.latest = db.festival.slots[k].start
        }, "the plan asks to end by"),
    ]

    @Test(arguments: 0..<4)
    func eachRuleOfTheVenueAndThePlan(_ n: Int) throws {
        let (name, breakIt, words) = Self.rules[n]
        var db = Self.base
        let (k, v, i) = try #require(Self.scheduled(db, after: 1))
        breakIt(&db, k, v, i)
        let problems = loadProblems(db)
        #expect(problems.contains { $0.path == "festival.slots[\(k)]" && $0.message.contains(words) },
                "\(name): \(problems.map(\.description))")
    }

    @Test func aPersonInTwoPlacesAndNoTimeToTravel() throws {
        var db = Self.base
        let (a, _, ia) = try #require(Self.scheduled(db))
        let (b, _, ib) = try #require(Self.scheduled(db, after: a))
        let lead = try #require(db.teams.first { $0.ideaId == db.ideas[ia].id }?.leadId)
        let t = try #require(db.teams.firstIndex { $0.ideaId == db.ideas[ib].id })
        db.teams[t].members.append(Member(personId: lead, role: "pagalba"))
        // At the same time as the first slot, at another venue: in two places.
        var same = db
        let used = Set(db.festival.slots.map(\.venueId))
        let other = try #require(db.venues.first { !used.contains($0.id) })
        same.festival.slots[b].venueId = other.id
        same.festival.slots[b].start = db.festival.slots[a].start
        same.festival.slots[b].end = ClockTime(minutes: db.festival.slots[a].start.minutes + db.festival.slots[b].minutes)
        #expect(loadProblems(same).contains { $0.path == "festival.slots[\(b)]" && $0.message.contains("is already at") })
        // Right after it, in another district, with a long way to go.
        var far = same
        far.festival.slots[b].start = db.festival.slots[a].end
        far.festival.slots[b].end = ClockTime(minutes: db.festival.slots[a].end.minutes + db.festival.slots[b].minutes)
        far.festival.travelMinutes = 240
        let district = db.venues.first { $0.id == db.festival.slots[a].venueId }?.district
        try #require(district != other.district)
        #expect(loadProblems(far).contains { $0.path == "festival.slots[\(b)]" && $0.message.contains("needs 240 minutes") })
    }

    @Test func noChangeoverBetweenTwoSlotsAtOneVenue() throws {
        var db = Self.base
        let (a, _, _) = try #require(Self.scheduled(db))
        let (b, _, _) = try #require(Self.scheduled(db, after: a))
        // Slot b moves to a's venue, starting the minute a ends; nothing else is there.
        let keep = db.festival.slots[a]
        Self.dropSlots(&db) { $0.venueId == keep.venueId && $0.id != keep.id }
        let ia = try #require(db.festival.slots.firstIndex { $0.id == Self.base.festival.slots[a].id })
        let ib = try #require(db.festival.slots.firstIndex { $0.id == Self.base.festival.slots[b].id })
        let length = db.festival.slots[ib].minutes
        db.festival.slots[ib].venueId = db.festival.slots[ia].venueId
        db.festival.slots[ib].start = db.festival.slots[ia].end
        db.festival.slots[ib].end = ClockTime(minutes: db.festival.slots[ia].end.minutes + length)
        let problems = loadProblems(db)
        #expect(problems.contains { $0.path == "festival.slots[\(max(ia, ib))]" && $0.message.contains("minutes to change over") },
                "\(problems.map(\.description))")
    }

    // MARK: Nothing writes such a file

    @Test func addingAMemberWhoIsElsewhereThenIsRefused() throws {
        var db = Self.base
        // Two scheduled slots at the same time at different venues.
        let slots = db.festival.slots
        let pair = slots.indices.flatMap { a in slots.indices.map { (a, $0) } }.first { a, b in
            a < b && slots[a].overlaps(slots[b]) && Self.isScheduled(slots[a], db) && Self.isScheduled(slots[b], db)
        }
        let (a, b) = try #require(pair)
        let lead = try #require(db.teams.first { $0.ideaId == slots[a].ideaId }?.leadId)
        let team = try #require(db.teams.first { $0.ideaId == slots[b].ideaId })
        let before = db
        #expect(throws: RuleViolation.self) { try db.apply(.addMember(teamId: team.id, personId: lead, role: "pagalba"), context: Self.ctx) }
        #expect(db == before)
        let message = (try? before.applying(.addMember(teamId: team.id, personId: lead, role: "pagalba"), context: Self.ctx).get()) == nil
        #expect(message)
    }

    /// Takes slots off the grid; their ideas go back to ready, as the model does.
    static func dropSlots(_ db: inout Database, where drop: (Slot) -> Bool) {
        let gone = Set(db.festival.slots.filter(drop).map(\.ideaId))
        db.festival.slots.removeAll(where: drop)
        for i in db.ideas.indices where gone.contains(db.ideas[i].id) { db.ideas[i].stage = .ready }
    }

    static func isScheduled(_ slot: Slot, _ db: Database) -> Bool {
        db.ideas.first { $0.id == slot.ideaId }?.stage == .scheduled && db.teams.contains { $0.ideaId == slot.ideaId }
    }

    /// A delivered slot is a record of the day: a later venue change it no longer fits is
    /// allowed, and the file still loads, since only scheduled slots are held to the rules.
    @Test func aVenueChangeADeliveredSlotNoLongerFitsStillLoads() throws {
        var db = Self.base
        let delivered = try #require(db.festival.slots.first { slot in db.ideas.first { $0.id == slot.ideaId }?.stage == .delivered })
        let v = try #require(db.venues.firstIndex { $0.id == delivered.venueId })
        // Nothing scheduled there, so the change breaks only the delivered slot.
        Self.dropSlots(&db) { $0.venueId == delivered.venueId && $0.id != delivered.id }
        var venue = db.venues[v]
        venue.capacity = 1
        try db.apply(.editVenue(venue), context: Self.ctx)
        #expect(loadProblems(db).isEmpty)
        // Moved back to scheduled, it would be held to the rules again: refused.
        let idea = try #require(db.ideas.first { $0.id == delivered.ideaId })
        let refused = db.applying(.moveBack(ideaId: idea.id, reason: "it did not happen after all"), context: Self.ctx)
        guard case .failure(let violation) = refused else {
            Issue.record("moving the delivered idea back to scheduled was not refused")
            return
        }
        #expect(violation.message.contains("holds 1 people"), "\(violation.message)")
    }
}
