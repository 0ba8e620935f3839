/// The records around the ideas: each idea's history, the forums and workshop sessions,
/// the sponsors and the activity log.
extension GeneratorBuilder {
    mutating func finishHistories() {
        var d = dice(10)
        for i in drafts.indices {
            var moves = drafts[i].moves
            if let slot = drafts[i].slot, let ready = moves.last?.at.day {
                let latest = festivalDay.adding(days: -1)
                var day = ready.adding(days: d.int(3...20))
                if day > latest { day = max(latest, ready.adding(days: 1)) }
                moves.append((.scheduled, at(day, &d)))
                if drafts[i].stage == .delivered {
                    let end = zone.timestamp(festivalDay, ClockTime(minutes: slot.end.minutes + 5))
                    moves.append((.delivered, min(end, snapshot)))
                }
            }
            drafts[i].moves = moves
            var from = Stage.shared
            ideas[i].history = moves.map { move in
                let change = StageChange(from: from, to: move.to, at: move.at, by: d.pick(facilitators),
                                         reason: move.to == .parked || move.to == .withdrawn ? ideas[i].reason : nil)
                from = move.to
                return change
            }
        }
    }

    func makeForums() -> [Forum] {
        var d = dice(11)
        var discussions = Array(repeating: [Discussion](), count: forumDays.count)
        for (i, draft) in drafts.enumerated() {
            let lt = draft.lithuanian
            if let f = draft.forum {
                discussions[f].append(Discussion(ideaId: ideas[i].id, outcome: d.pick(GeneratorText.outcomes).text(lt)))
            } else if draft.reach == .shared && d.chance(0.25) {
                if let f = firstForum(onOrAfter: draft.created.day.adding(days: 2)) {
                    discussions[f].append(Discussion(ideaId: ideas[i].id, outcome: d.pick(GeneratorText.openOutcomes).text(lt)))
                }
            }
        }
        let places = ["Bendruomenės namų salė", "Bibliotekos kiemelis", "Jaunimo erdvė", "Kultūros centro palėpė", "Kavinės terasa"]
        return forumDays.enumerated().map { f, day in
            var hosts = d.sample(facilitators, d.int(1...2))
            if d.chance(0.3), let m = mentors.isEmpty ? nil : d.pick(mentors) { hosts.append(people[m].id) }
            let theme = GeneratorText.forumThemes[f % GeneratorText.forumThemes.count]
            return Forum(id: id("forum", f + 1, width: 3), title: "Art of Hosting forumas: " + theme, day: day,
                         place: d.pick(places) + ", " + d.pick(Database.kaunasDistricts), hostIds: hosts,
                         discussions: discussions[f])
        }
    }

    func makeSessions() -> [WorkshopSession] {
        var d = dice(13)
        let stages = Self.track.stages
        var attendance = Array(repeating: Array(repeating: [String](), count: stages.count), count: roundStarts.count)
        for draft in drafts {
            guard let round = draft.round, let t = draft.team else { continue }
            for k in 0..<min(draft.attended, stages.count) { attendance[round][k].append(teams[t].id) }
        }
        var sessions: [WorkshopSession] = []
        for (r, start) in roundStarts.enumerated() {
            for (k, stage) in stages.enumerated() where !attendance[r][k].isEmpty {
                let all = attendance[r][k]
                for groupStart in stride(from: 0, to: all.count, by: 14) {
                    sessions.append(WorkshopSession(id: id("session", sessions.count + 1), trackId: Self.track.id, stageId: stage.id,
                                                    day: start.adding(days: 7 * k), place: d.pick(GeneratorText.workshopPlaces),
                                                    attendance: Array(all[groupStart..<min(all.count, groupStart + 14)])))
                }
            }
        }
        return sessions
    }

    func makeSponsors() -> [Sponsor] {
        var d = dice(14)
        let count = max(12, n / 40)
        var sponsors: [Sponsor] = []
        var used: Set<String> = []
        let kinds: [SponsorKind] = [.business, .foundation, .business, .municipal, .business, .community]
        for i in 0..<count {
            let kind = kinds[i % kinds.count]
            var name: String
            switch kind {
            case .business: name = "UAB „" + d.pick(GeneratorNames.sponsorWords) + " " + d.pick(GeneratorNames.businessNouns) + "“"
            case .foundation: name = d.pick(GeneratorNames.foundationNames)
            case .municipal: name = d.pick(GeneratorNames.municipalNames)
            case .community: name = d.pick(GeneratorNames.communityNames)
            }
            if used.contains(name) { name += ", " + d.pick(Database.kaunasDistricts) }
            var k = 2
            let base = name
            while used.contains(name) {
                name = base + " " + String(k)
                k += 1
            }
            used.insert(name)
            sponsors.append(Sponsor(id: id("sponsor", i + 1, width: 3), name: name, kind: kind))
        }
        var pledgeCount = 0
        for (i, draft) in drafts.enumerated() {
            guard let need = ideas[i].fundingNeed, draft.stage != .withdrawn, draft.reach != .shared, d.chance(0.4) else { continue }
            let first = d.int(0..<sponsors.count)
            let second = d.chance(0.15) ? (first + d.int(1..<sponsors.count)) % sponsors.count : nil
            for s in [first] + (second.map { [$0] } ?? []) {
                pledgeCount += 1
                var pledge = Pledge(id: id("pledge", pledgeCount), ideaId: ideas[i].id)
                let form = d.weighted([55, 25, 20])
                if form != 1 { pledge.amount = max(50, need * d.int(20...100) / 100 / 50 * 50) }
                if form != 0 { pledge.inKind = d.pick(GeneratorText.inKind) }
                sponsors[s].pledges.append(pledge)
            }
        }
        return sponsors
    }

    func makeLog() -> [LogEntry] {
        var entries: [(at: Timestamp, idea: Int, step: Int, entry: LogEntry)] = []
        for (i, idea) in ideas.enumerated() {
            for (k, change) in idea.history.enumerated() {
                entries.append((change.at, i, k, LogEntry(id: "", at: change.at, by: change.by, kind: "stage", ideaId: idea.id,
                                                          summary: "moved from \(change.from.rawValue) to \(change.to.rawValue)",
                                                          reason: change.reason)))
            }
        }
        entries.sort { ($0.at, $0.idea, $0.step) < ($1.at, $1.idea, $1.step) }
        return entries.enumerated().map { k, e in
            var entry = e.entry
            entry.id = id("log", k + 1, width: 6)
            return entry
        }
    }
}
