import IdeaModel

/// Checks, independently of the generator's code, that a database tells a consistent
/// story: every idea has what each stage gate up to its stage asks for, mentors stay
/// within capacity, and the festival schedule breaks no hard rule. Returns one line per
/// violation (empty when all is well).
func gateViolations(_ db: Database, zone: TimeZoneRules = .utc) -> [String] {
    let snapshot = Generator.snapshot(festivalDay: db.festival.day, zone: zone)
    var out: [String] = []
    let f = db.festival
    let peopleById = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let teamByIdea = Dictionary(db.teams.map { ($0.ideaId, $0) }, uniquingKeysWith: { a, _ in a })
    let venueById = Dictionary(db.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var slotsByIdea: [String: [Slot]] = [:]
    for slot in f.slots { slotsByIdea[slot.ideaId, default: []].append(slot) }
    var discussed: [String: [(Day, String)]] = [:]
    for forum in db.forums {
        for talk in forum.discussions { discussed[talk.ideaId, default: []].append((forum.day, talk.outcome)) }
    }
    var attended: [String: [String: Day]] = [:]
    for session in db.sessions where session.trackId == WorkshopTrack.standard.id {
        for team in session.attendance { attended[team, default: [:]][session.stageId] = session.day }
    }
    func index(_ s: Stage) -> Int { s.pipelineIndex ?? -1 }
    func blank(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }

    for idea in db.ideas {
        let p = "\(idea.id) (\(idea.stage.rawValue))"
        // History: a forward chain from shared to the stage, then parked/withdrawn.
        var previous = Stage.shared
        var last = idea.createdAt
        for change in idea.history {
            if change.from != previous { out.append("\(p): history jumps from \(previous.rawValue) but says \(change.from.rawValue)") }
            let forward = index(change.to) == index(change.from) + 1
            let aside = (change.to == .parked || change.to == .withdrawn) && change.from.isActive
            if !forward && !aside { out.append("\(p): \(change.from.rawValue) → \(change.to.rawValue) is not a forward move") }
            if change.at <= last { out.append("\(p): history times do not increase at \(change.at.text)") }
            if change.at > snapshot { out.append("\(p): \(change.at.text) is after the snapshot") }
            if peopleById[change.by]?.has(.facilitator) != true { out.append("\(p): moved by \(change.by), not a facilitator") }
            previous = change.to
            last = change.at
        }
        if previous != idea.stage { out.append("\(p): history ends at \(previous.rawValue)") }
        if idea.createdAt > snapshot { out.append("\(p): created after the snapshot") }
        let reach = idea.stage == .parked || idea.stage == .withdrawn ? (idea.history.last?.from ?? .shared) : idea.stage
        if idea.stage == .parked || idea.stage == .withdrawn {
            if blank(idea.reason) { out.append("\(p): no reason") }
            if idea.history.last?.to != idea.stage { out.append("\(p): last move is not to \(idea.stage.rawValue)") }
        }
        let active = idea.stage != .parked && idea.stage != .withdrawn
        if index(reach) >= index(.refined) {
            if blank(idea.summary) || blank(idea.problem) || blank(idea.impact) { out.append("\(p): summary, problem or impact blank") }
            let refinedAt = idea.history.first { $0.to == .refined }?.at.day
            let talks = discussed[idea.id] ?? []
            if !talks.contains(where: { talk in !blank(talk.1) && refinedAt.map { talk.0 <= $0 } ?? false }) {
                out.append("\(p): not discussed at a forum before it was refined")
            }
        }
        let team = teamByIdea[idea.id]
        if index(reach) >= index(.team) {
            guard let team else {
                out.append("\(p): no team")
                continue
            }
            if team.members.count < 2 { out.append("\(p): team has \(team.members.count) members besides the lead") }
        }
        if active && index(reach) >= index(.mentored), let team {
            if team.mentorIds.isEmpty || team.mentorIds.count > f.maxMentorsPerTeam {
                out.append("\(p): \(team.mentorIds.count) mentors")
            }
        }
        if index(reach) >= index(.workshops), let team, team.trackId != WorkshopTrack.standard.id {
            out.append("\(p): not enrolled in the workshop track")
        }
        if index(reach) >= index(.ready), let team {
            let readyAt = idea.history.first { $0.to == .ready }?.at.day
            for stage in WorkshopTrack.standard.stages {
                guard let day = attended[team.id]?[stage.id] else {
                    out.append("\(p): did not attend the \(stage.id) workshop")
                    continue
                }
                if day >= f.day || readyAt.map({ day > $0 }) ?? true { out.append("\(p): \(stage.id) workshop after it was ready") }
            }
            if let plan = idea.plan {
                if plan.durationMinutes % f.gridMinutes != 0 || !(30...120).contains(plan.durationMinutes) { out.append("\(p): duration \(plan.durationMinutes)") }
                if plan.audience <= 0 || plan.districts.isEmpty || plan.features.isEmpty { out.append("\(p): thin plan") }
            } else {
                out.append("\(p): no plan")
            }
        }
        let slots = slotsByIdea[idea.id] ?? []
        if idea.stage == .scheduled || idea.stage == .delivered {
            if slots.count != 1 { out.append("\(p): \(slots.count) slots") }
            if let slot = slots.first {
                let ended = slot.end <= zone.local(snapshot).clock
                if ended != (idea.stage == .delivered) { out.append("\(p): slot \(slot.start.text)–\(slot.end.text) vs stage") }
            }
        } else if !slots.isEmpty {
            out.append("\(p): has a slot")
        }
    }

    // Mentors within capacity.
    var load: [String: Int] = [:]
    for team in db.teams {
        for m in team.mentorIds { load[m, default: 0] += 1 }
    }
    for (m, count) in load.sorted(by: { $0.key < $1.key }) {
        let cap = peopleById[m]?.mentor?.capacity ?? 0
        if count > cap { out.append("\(m): mentors \(count) teams, capacity \(cap)") }
    }

    // The schedule, by the full rules.
    let ideaById = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var personSlots: [String: [(Slot, String)]] = [:]
    var venueSlots: [String: [Slot]] = [:]
    for slot in f.slots {
        let p = slot.id
        guard let venue = venueById[slot.venueId], let idea = ideaById[slot.ideaId], let plan = idea.plan,
              let team = teamByIdea[slot.ideaId] else {
            out.append("\(p): venue, idea, plan or team missing")
            continue
        }
        if (slot.start.minutes - f.dayStart.minutes) % f.gridMinutes != 0 || slot.minutes != plan.durationMinutes {
            out.append("\(p): off the grid or not the planned length")
        }
        if slot.start < max(f.dayStart, venue.opens) || slot.end > min(f.dayEnd, venue.closes) { out.append("\(p): outside opening hours") }
        if let e = plan.earliest, slot.start < e { out.append("\(p): before the plan's earliest") }
        if let l = plan.latest, slot.end > l { out.append("\(p): after the plan's latest") }
        if venue.capacity < plan.audience { out.append("\(p): venue too small") }
        if !plan.features.allSatisfy(venue.features.contains) { out.append("\(p): venue lacks a feature") }
        venueSlots[venue.id, default: []].append(slot)
        for person in Set(team.personIds + team.mentorIds) { personSlots[person, default: []].append((slot, venue.district)) }
    }
    for (venue, slots) in venueSlots.sorted(by: { $0.key < $1.key }) {
        for (i, a) in slots.enumerated() {
            for b in slots[(i + 1)...] where a.overlaps(b, gap: f.changeoverMinutes) {
                out.append("\(venue): \(a.id) and \(b.id) without changeover")
            }
        }
    }
    for (person, slots) in personSlots.sorted(by: { $0.key < $1.key }) {
        for (i, a) in slots.enumerated() {
            for b in slots[(i + 1)...] where a.0.overlaps(b.0, gap: a.1 == b.1 ? 0 : f.travelMinutes) {
                out.append("\(person): in \(a.0.id) and \(b.0.id)")
            }
        }
    }

    // The log matches the moves.
    var moves: Set<String> = []
    for idea in db.ideas {
        for change in idea.history { moves.insert("\(idea.id) \(change.at.text) moved from \(change.from.rawValue) to \(change.to.rawValue)") }
    }
    var logged: Set<String> = []
    for entry in db.log {
        if entry.at > snapshot { out.append("\(entry.id): after the snapshot") }
        if entry.kind == "stage" { logged.insert("\(entry.ideaId ?? "") \(entry.at.text) \(entry.summary)") }
    }
    if moves != logged { out.append("log: \(moves.subtracting(logged).count) moves not logged, \(logged.subtracting(moves).count) log entries without a move") }
    return out
}
