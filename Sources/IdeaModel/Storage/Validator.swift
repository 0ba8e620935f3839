/// Rules that span records: unique ids, references that point somewhere, and values
/// that cannot be true together (a slot off the grid, two slots on one stage at once).
/// A database that passes is safe for every screen and command to trust.
public enum Validator {
    public static func problems(in db: Database) -> [Problem] {
        let sink = ProblemSink(limit: 10_000)
        check(db, into: sink)
        return sink.problems
    }

    static func check(_ db: Database, into sink: ProblemSink) {
        var c = Checker(db: db, sink: sink)
        c.run()
    }
}

private struct Checker {
    let db: Database
    let sink: ProblemSink
    var people = IdTable([])
    var ideas = IdTable([])
    var teams = IdTable([])
    var tracks = IdTable([])
    var venues = IdTable([])
    var districts: Set<String> = []

    init(db: Database, sink: ProblemSink) {
        self.db = db
        self.sink = sink
    }

    mutating func run() {
        districts = unique(db.districts.map { $0 }, "districts", what: "district")
        people = ids(db.people.map(\.id), "people", what: "person")
        ideas = ids(db.ideas.map(\.id), "ideas", what: "idea")
        teams = ids(db.teams.map(\.id), "teams", what: "team")
        tracks = ids(db.tracks.map(\.id), "workshopTracks", what: "workshop track")
        venues = ids(db.venues.map(\.id), "venues", what: "venue")
        _ = ids(db.forums.map(\.id), "forums", what: "forum")
        _ = ids(db.sessions.map(\.id), "workshopSessions", what: "workshop session")
        _ = ids(db.sponsors.map(\.id), "sponsors", what: "sponsor")
        _ = ids(db.festival.slots.map(\.id), "festival.slots", what: "slot")
        _ = ids(db.log.map(\.id), "log", what: "log entry")
        // By index: reading one field of each record does not copy the record.
        for i in db.people.indices {
            for (d, name) in (db.people[i].mentor?.districts ?? []).enumerated() { district(name, "people[\(i)].mentor.districts[\(d)]") }
        }
        checkIdeas()
        checkTeams()
        checkForumsAndWorkshops()
        checkSponsors()
        checkVenues()
        checkFestival()
        for (i, entry) in db.log.enumerated() {
            ref(entry.by, in: people, "log[\(i)].by", "person")
            if let idea = entry.ideaId { ref(idea, in: ideas, "log[\(i)].ideaId", "idea") }
        }
    }

    // MARK: Ids and references

    private func ids(_ list: [String], _ path: String, what: String) -> IdTable {
        let table = IdTable(list)
        for (i, first) in table.repeats {
            sink.add("\(path)[\(i)].id", "the \(what) id \"\(list[i])\" is used twice (first at \(path)[\(first)])")
        }
        return table
    }

    /// For each item of a list, the index of its first occurrence when that is an earlier
    /// one (nil for a first occurrence): a dictionary for long lists, a look back for short.
    private func repeated(_ list: [String]) -> [Int?] {
        if list.count > 8 {
            var first: [String: Int] = [:]
            return list.enumerated().map { i, id in
                if let f = first[id] { return f }
                first[id] = i
                return nil
            }
        }
        return list.indices.map { i in list[..<i].firstIndex(of: list[i]) }
    }

    /// `ids` for a list whose table nobody needs: the ids of a team's roles, a track's stages.
    private func uniqueIds(_ list: [String], _ path: @autoclosure () -> String, what: String) {
        for (i, first) in repeated(list).enumerated() {
            if let first { sink.add("\(path())[\(i)].id", "the \(what) id \"\(list[i])\" is used twice (first at \(path())[\(first)])") }
        }
    }

    private func unique(_ list: [String], _ path: String, what: String) -> Set<String> {
        var seen: Set<String> = []
        for (i, name) in list.enumerated() where !seen.insert(name).inserted {
            sink.add("\(path)[\(i)]", "the \(what) \"\(name)\" is listed twice")
        }
        return seen
    }

    // Paths are made only for a problem: a valid file of thousands of records has none.
    private func ref(_ id: String, in table: IdTable, _ path: @autoclosure () -> String, _ what: String) {
        if table[id] == nil {
            let article = "aeiou".contains(what.first ?? "x") ? "an" : "a"
            sink.add(path(), "\"\(id)\" is not \(article) \(what) in this file")
        }
    }

    private func district(_ name: String, _ path: @autoclosure () -> String) {
        if !districts.contains(name) {
            sink.add(path(), "\"\(name)\" is not one of the districts listed at the top of the file")
        }
    }

    /// Whether a short list holds something twice (as `Set(list).count != list.count`).
    private func repeats<T: Hashable>(_ list: [T]) -> Bool {
        guard list.count > 1 else { return false }
        guard list.count <= 8 else { return Set(list).count != list.count }
        for i in 1..<list.count where list[..<i].contains(list[i]) { return true }
        return false
    }

    // MARK: Records

    private func checkIdeas() {
        for (i, idea) in db.ideas.enumerated() {
            var p: String { "ideas[\(i)]" }
            ref(idea.authorId, in: people, "\(p).authorId", "person")
            district(idea.district, "\(p).district")
            if repeats(idea.sectors) { sink.add("\(p).sectors", "a sector is listed twice") }
            for (h, change) in idea.history.enumerated() { ref(change.by, in: people, "\(p).history[\(h)].by", "person") }
            if (idea.stage == .parked || idea.stage == .withdrawn) && (idea.reason ?? "").isEmpty {
                sink.add("\(p).reason", "a \(idea.stage.rawValue) idea needs a reason")
            }
            if let plan = idea.plan {
                if plan.durationMinutes % db.festival.gridMinutes != 0 {
                    sink.add("\(p).plan.durationMinutes", "\(plan.durationMinutes) minutes is not on the \(db.festival.gridMinutes)-minute grid")
                }
                for (d, name) in plan.districts.enumerated() { district(name, "\(p).plan.districts[\(d)]") }
                if let e = plan.earliest, let l = plan.latest, e >= l {
                    sink.add("\(p).plan", "the earliest time \(e.text) is not before the latest time \(l.text)")
                }
            }
        }
    }

    private func checkTeams() {
        let teamOfIdea = IdTable(db.teams.map(\.ideaId))
        for (i, team) in db.teams.enumerated() {
            var p: String { "teams[\(i)]" }
            ref(team.ideaId, in: ideas, "\(p).ideaId", "idea")
            if let other = teamOfIdea[team.ideaId], other != i {
                sink.add("\(p).ideaId", "the idea \"\(team.ideaId)\" already has a team (teams[\(other)])")
            }
            ref(team.leadId, in: people, "\(p).leadId", "person")
            let twice = repeated([team.leadId] + team.members.map(\.personId))
            for (m, member) in team.members.enumerated() {
                ref(member.personId, in: people, "\(p).members[\(m)].personId", "person")
                if twice[m + 1] != nil {
                    sink.add("\(p).members[\(m)].personId", "\"\(member.personId)\" is in the team twice")
                }
            }
            uniqueIds(team.openRoles.map(\.id), "\(p).openRoles", what: "open role")
            uniqueIds(team.invitations.map(\.id), "\(p).invitations", what: "invitation")
            for (k, invitation) in team.invitations.enumerated() {
                var path: String { "\(p).invitations[\(k)]" }
                ref(invitation.personId, in: people, "\(path).personId", "person")
                ref(invitation.invitedBy, in: people, "\(path).invitedBy", "person")
                if invitation.status == .pending && !team.openRoles.contains(where: { $0.id == invitation.roleId }) {
                    sink.add("\(path).roleId", "a pending invitation is for \"\(invitation.roleId)\", which is not an open role of the team")
                }
            }
            for (m, mentor) in team.mentorIds.enumerated() {
                var path: String { "\(p).mentorIds[\(m)]" }
                if let index = people[mentor] {
                    if db.people[index].mentor == nil { sink.add(path, "\"\(mentor)\" has no mentor profile") }
                } else {
                    ref(mentor, in: people, path, "person")
                }
            }
            if repeats(team.mentorIds) { sink.add("\(p).mentorIds", "a mentor is listed twice") }
            if let track = team.trackId { ref(track, in: tracks, "\(p).trackId", "workshop track") }
        }
    }

    private func checkForumsAndWorkshops() {
        for (i, forum) in db.forums.enumerated() {
            for (h, host) in forum.hostIds.enumerated() { ref(host, in: people, "forums[\(i)].hostIds[\(h)]", "person") }
            for (d, talk) in forum.discussions.enumerated() { ref(talk.ideaId, in: ideas, "forums[\(i)].discussions[\(d)].ideaId", "idea") }
        }
        for (i, track) in db.tracks.enumerated() {
            uniqueIds(track.stages.map(\.id), "workshopTracks[\(i)].stages", what: "workshop stage")
        }
        for (i, session) in db.sessions.enumerated() {
            var p: String { "workshopSessions[\(i)]" }
            if let t = tracks[session.trackId] {
                if !db.tracks[t].stages.contains(where: { $0.id == session.stageId }) {
                    sink.add("\(p).stageId", "\"\(session.stageId)\" is not a stage of the track \"\(session.trackId)\"")
                }
            } else {
                ref(session.trackId, in: tracks, "\(p).trackId", "workshop track")
            }
            for (a, team) in session.attendance.enumerated() { ref(team, in: teams, "\(p).attendance[\(a)]", "team") }
        }
    }

    private func checkSponsors() {
        var pledgeIds: [String: String] = [:]
        for (i, sponsor) in db.sponsors.enumerated() {
            for (k, pledge) in sponsor.pledges.enumerated() {
                var p: String { "sponsors[\(i)].pledges[\(k)]" }
                ref(pledge.ideaId, in: ideas, "\(p).ideaId", "idea")
                if let first = pledgeIds[pledge.id] {
                    sink.add("\(p).id", "the pledge id \"\(pledge.id)\" is used twice (first at \(first))")
                } else {
                    pledgeIds[pledge.id] = p
                }
            }
        }
    }

    private func checkVenues() {
        for (i, venue) in db.venues.enumerated() {
            district(venue.district, "venues[\(i)].district")
            if venue.opens >= venue.closes {
                sink.add("venues[\(i)]", "opens at \(venue.opens.text) but closes at \(venue.closes.text)")
            }
        }
    }

    private func checkFestival() {
        let found = sink.problems.count + sink.dropped
        checkSlots()
        // The placement rules only make sense for slots that are whole: each on the grid,
        // inside the day, at a venue and for an idea that exist, no two overlapping.
        guard sink.problems.count + sink.dropped == found else { return }
        let slots = db.festival.slots
        for finding in ScheduleCheck.findings(in: db) {
            let slot = slots[finding.slot]
            let title = ideas[slot.ideaId].map { db.ideas[$0].title } ?? slot.ideaId
            sink.add("festival.slots[\(finding.slot)]", "“\(title)”, \(slot.start.text)–\(slot.end.text): \(finding.problem.english)")
        }
    }

    private func checkSlots() {
        let f = db.festival
        let grid = f.gridMinutes
        if f.dayStart >= f.dayEnd {
            sink.add("festival", "the day starts at \(f.dayStart.text) but ends at \(f.dayEnd.text)")
        }
        var slotOfIdea: [String: Int] = [:]
        var byVenue: [String: [Int]] = [:]
        for (i, slot) in f.slots.enumerated() {
            var p: String { "festival.slots[\(i)]" }
            if let ideaIndex = ideas[slot.ideaId] {
                let stage = db.ideas[ideaIndex].stage
                if stage != .scheduled && stage != .delivered {
                    sink.add("\(p).ideaId", "the idea \"\(slot.ideaId)\" has a slot but its stage is \(stage.rawValue), not scheduled")
                }
            } else {
                ref(slot.ideaId, in: ideas, "\(p).ideaId", "idea")
            }
            if let first = slotOfIdea[slot.ideaId] {
                sink.add("\(p).ideaId", "the idea \"\(slot.ideaId)\" already has a slot (festival.slots[\(first)])")
            } else {
                slotOfIdea[slot.ideaId] = i
            }
            ref(slot.venueId, in: venues, "\(p).venueId", "venue")
            for (name, time) in [("start", slot.start), ("end", slot.end)] where (time.minutes - f.dayStart.minutes) % grid != 0 {
                sink.add("\(p).\(name)", "\(time.text) is off the \(grid)-minute grid that starts at \(f.dayStart.text)")
            }
            if slot.start >= slot.end {
                sink.add(p, "starts at \(slot.start.text) but ends at \(slot.end.text)")
            } else if slot.start < f.dayStart || slot.end > f.dayEnd {
                sink.add(p, "\(slot.start.text)–\(slot.end.text) is outside the festival day \(f.dayStart.text)–\(f.dayEnd.text)")
            }
            byVenue[slot.venueId, default: []].append(i)
        }
        for venueId in byVenue.keys.sorted() {
            guard let indices = byVenue[venueId] else { continue }
            let sorted = indices.sorted { f.slots[$0].start < f.slots[$1].start }
            for (a, b) in zip(sorted, sorted.dropFirst()) where f.slots[a].end > f.slots[b].start {
                sink.add("festival.slots[\(b)]", "overlaps festival.slots[\(a)] at the venue \"\(venueId)\" (\(f.slots[a].start.text)–\(f.slots[a].end.text) and \(f.slots[b].start.text)–\(f.slots[b].end.text))")
            }
        }
        for i in db.ideas.indices where db.ideas[i].stage == .scheduled && slotOfIdea[db.ideas[i].id] == nil {
            sink.add("ideas[\(i)].stage", "the idea is scheduled but has no slot in the festival")
        }
    }
}
