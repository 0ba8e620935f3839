/// Adding and editing records: people, ideas and plans, forums, workshops, sponsors, venues.
extension CommandHandlers {
    // MARK: People and ideas

    static func addPerson(_ person: Person, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot add \(CommandWords.isBlank(person.name) ? "the person" : person.name)")
        refusal.require(!CommandWords.isBlank(person.name), "the name is empty")
        if !CommandWords.isBlank(person.id), let other = db.people.first(where: { $0.id == person.id }) {
            refusal.add("the id \(CommandWords.quoted(person.id)) already belongs to \(other.name)")
        }
        if let capacity = person.mentor?.capacity, !(0...100).contains(capacity) {
            refusal.add("a mentor can take between 0 and 100 teams, not \(capacity)")
        }
        try refusal.check()

        var person = person
        person.name = CommandWords.trimmed(person.name)
        if CommandWords.isBlank(person.id) { person.id = CommandIDs.next("person-", width: 4, in: db.people.lazy.map(\.id)) }
        db.people.append(person)
        return CommandChange(kind: "person", ideaId: nil, summary: "added \(person.name)")
    }

    /// Everything wrong with a draft, added to `refusal`.
    private static func check(_ draft: IdeaDraft, in db: Database, _ refusal: inout CommandRefusal) {
        refusal.require(!CommandWords.isBlank(draft.title), "the title is empty")
        if !db.people.contains(where: { $0.id == draft.authorId }) {
            refusal.add("the author \(CommandWords.quoted(draft.authorId)) is not a person in this database")
        }
        refusal.require(!draft.sectors.isEmpty, "an idea needs at least one sector")
        refusal.require(Set(draft.sectors).count == draft.sectors.count, "a sector is listed twice")
        refusal.require(db.districts.contains(draft.district),
                        "\(CommandWords.quoted(draft.district)) is not one of the districts of this database")
        if let need = draft.fundingNeed, need < 0 { refusal.add("the funding need cannot be below 0 €") }
    }

    static func addIdea(_ draft: IdeaDraft, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot share the idea \(CommandWords.quoted(draft.title))")
        check(draft, in: db, &refusal)
        try refusal.check()

        let id = CommandIDs.next("idea-", width: 4, in: db.ideas.lazy.map(\.id))
        let title = CommandWords.trimmed(draft.title)
        db.ideas.append(Idea(id: id, title: title, summary: draft.summary, problem: draft.problem, impact: draft.impact,
                             authorId: draft.authorId, sectors: draft.sectors, district: draft.district, tags: draft.tags,
                             stage: .shared, createdAt: ctx.now, fundingNeed: draft.fundingNeed))
        return CommandChange(kind: "idea", ideaId: id,
                             summary: "shared the idea \(CommandWords.quoted(title)) by \(CommandWords.personName(draft.authorId, in: db))")
    }

    static func editIdea(_ ideaId: String, _ draft: IdeaDraft, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "edit the idea")
        let idea = db.ideas[i]
        var refusal = CommandRefusal("Cannot edit \(CommandWords.quoted(idea.title))")
        check(draft, in: db, &refusal)
        try refusal.check()

        let before = IdeaDraft(idea)
        var changed: [String] = []
        if before.title != draft.title { changed.append("title") }
        if before.summary != draft.summary { changed.append("summary") }
        if before.problem != draft.problem { changed.append("problem") }
        if before.impact != draft.impact { changed.append("impact") }
        if before.authorId != draft.authorId { changed.append("author") }
        if before.sectors != draft.sectors { changed.append("sectors") }
        if before.district != draft.district { changed.append("district") }
        if before.tags != draft.tags { changed.append("tags") }
        if before.fundingNeed != draft.fundingNeed { changed.append("funding need") }
        db.ideas[i].title = CommandWords.trimmed(draft.title)
        db.ideas[i].summary = draft.summary
        db.ideas[i].problem = draft.problem
        db.ideas[i].impact = draft.impact
        db.ideas[i].authorId = draft.authorId
        db.ideas[i].sectors = draft.sectors
        db.ideas[i].district = draft.district
        db.ideas[i].tags = draft.tags
        db.ideas[i].fundingNeed = draft.fundingNeed
        let what = changed.isEmpty ? "nothing changed" : "changed the " + CommandWords.list(changed)
        return CommandChange(kind: "idea", ideaId: idea.id, summary: "edited \(CommandWords.quoted(idea.title)): \(what)")
    }

    static func setPlan(_ ideaId: String, _ plan: InterventionPlan, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "plan the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        let grid = db.festival.gridMinutes
        var refusal = CommandRefusal("Cannot set the plan of \(title)")
        switch idea.stage {
        case .scheduled: refusal.add("it is scheduled; change its length on the festival grid, or move it back to ready to change the rest of its plan")
        case .delivered: refusal.add("it has already been delivered")
        default: break
        }
        if !(1...(24 * 60)).contains(plan.durationMinutes) {
            refusal.add("an intervention lasts between 1 minute and a whole day, not \(plan.durationMinutes) minutes")
        } else if plan.durationMinutes % grid != 0 {
            refusal.add("\(plan.durationMinutes) minutes is not on the \(grid)-minute grid")
        }
        refusal.require(plan.audience >= 0, "the audience cannot be below 0")
        let unknown = plan.districts.filter { !db.districts.contains($0) }.map(CommandWords.quoted)
        if !unknown.isEmpty {
            refusal.add("\(CommandWords.list(unknown)) \(unknown.count == 1 ? "is not a district" : "are not districts") of this database")
        }
        refusal.require(Set(plan.districts).count == plan.districts.count, "a district is listed twice")
        if let e = plan.earliest, let l = plan.latest {
            if e >= l {
                refusal.add("the earliest time \(e.text) is not before the latest time \(l.text)")
            } else if l.minutes - e.minutes < plan.durationMinutes {
                refusal.add("\(plan.durationMinutes) minutes do not fit between \(e.text) and \(l.text)")
            }
        }
        try refusal.check()

        db.ideas[i].plan = plan
        var parts = ["\(plan.durationMinutes) minutes", "an audience of \(plan.audience)"]
        if !plan.districts.isEmpty { parts.append("in " + CommandWords.list(plan.districts, "or")) }
        if !plan.features.isEmpty { parts.append("needs " + CommandWords.list(plan.features.map(\.rawValue))) }
        return CommandChange(kind: "plan", ideaId: idea.id, summary: "planned \(title): " + parts.joined(separator: ", "))
    }

    // MARK: Forums and workshops

    static func createForum(_ title: String, _ day: Day, _ place: String, _ hostIds: [String],
                            _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot create the forum \(CommandWords.quoted(title))")
        refusal.require(!CommandWords.isBlank(title), "the title is empty")
        refusal.require(!CommandWords.isBlank(place), "the place is not written down")
        for host in hostIds where !db.people.contains(where: { $0.id == host }) {
            refusal.add("the host \(CommandWords.quoted(host)) is not a person in this database")
        }
        try refusal.check()

        var seen: Set<String> = []
        let hosts = hostIds.filter { seen.insert($0).inserted }
        let id = CommandIDs.next("forum-", width: 2, in: db.forums.lazy.map(\.id))
        let title = CommandWords.trimmed(title)
        let place = CommandWords.trimmed(place)
        db.forums.append(Forum(id: id, title: title, day: day, place: place, hostIds: hosts))
        return CommandChange(kind: "forum", ideaId: nil, summary: "created the forum \(CommandWords.quoted(title)) on \(day.text) at \(place)")
    }

    static func recordDiscussion(_ forumId: String, _ ideaId: String, _ outcome: String,
                                 _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot record the discussion")
        let f = find(forumId, in: db.forums, "forum", &refusal)
        let i = find(ideaId, in: db.ideas, "idea", &refusal)
        guard let f, let i else { throw RuleViolation(refusal.action, reasons: refusal.reasons) }
        let forumTitle = CommandWords.quoted(db.forums[f].title)
        let ideaTitle = CommandWords.quoted(db.ideas[i].title)
        refusal.action = "Cannot record that \(ideaTitle) was discussed at \(forumTitle)"
        refusal.require(!db.forums[f].discussions.contains { $0.ideaId == ideaId }, "it has already been recorded")
        try refusal.check()

        db.forums[f].discussions.append(Discussion(ideaId: ideaId, outcome: outcome))
        return CommandChange(kind: "forum", ideaId: ideaId, summary: "\(ideaTitle) was discussed at \(forumTitle)")
    }

    static func addWorkshopTrack(_ track: WorkshopTrack, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot add the workshop track \(CommandWords.quoted(track.name))")
        refusal.require(!CommandWords.isBlank(track.name), "the name is empty")
        if !CommandWords.isBlank(track.id), let other = db.tracks.first(where: { $0.id == track.id }) {
            refusal.add("the id \(CommandWords.quoted(track.id)) already belongs to \(CommandWords.quoted(other.name))")
        }
        refusal.require(!track.stages.isEmpty, "a track needs at least one stage")
        refusal.require(!track.stages.contains { CommandWords.isBlank($0.id) || CommandWords.isBlank($0.name) },
                        "every stage needs an id and a name")
        refusal.require(Set(track.stages.map(\.id)).count == track.stages.count, "a stage id is used twice")
        try refusal.check()

        var track = track
        if CommandWords.isBlank(track.id) { track.id = CommandIDs.next("track-", width: 2, in: db.tracks.lazy.map(\.id)) }
        db.tracks.append(track)
        return CommandChange(kind: "workshop", ideaId: nil,
                             summary: "added the workshop track \(CommandWords.quoted(track.name)) with \(CommandWords.count(track.stages.count, "stage"))")
    }

    static func addWorkshopSession(_ trackId: String, _ stageId: String, _ day: Day, _ place: String,
                                   _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot plan the workshop")
        refusal.require(!CommandWords.isBlank(place), "the place is not written down")
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            throw refusal.failing(with: "there is no workshop track with the id \(CommandWords.quoted(trackId))")
        }
        let stage = track.stages.first { $0.id == stageId }
        if stage == nil {
            refusal.add("the track \(CommandWords.quoted(track.name)) has no stage \(CommandWords.quoted(stageId))")
        }
        try refusal.check()

        let id = CommandIDs.next("session-", width: 2, in: db.sessions.lazy.map(\.id))
        let place = CommandWords.trimmed(place)
        db.sessions.append(WorkshopSession(id: id, trackId: trackId, stageId: stageId, day: day, place: place))
        let name = CommandWords.quoted(stage?.name ?? stageId)
        return CommandChange(kind: "workshop", ideaId: nil,
                             summary: "planned the workshop \(name) of \(CommandWords.quoted(track.name)) on \(day.text) at \(place)")
    }

    static func recordAttendance(_ sessionId: String, _ teamId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot record attendance")
        let s = find(sessionId, in: db.sessions, "workshop session", &refusal)
        let t = find(teamId, in: db.teams, "team", &refusal)
        guard let s, let t else { throw RuleViolation(refusal.action, reasons: refusal.reasons) }
        let session = db.sessions[s]
        let team = db.teams[t]
        let track = db.tracks.first { $0.id == session.trackId }
        let stageName = CommandWords.quoted(track?.stages.first { $0.id == session.stageId }?.name ?? session.stageId)
        let label = CommandWords.teamLabel(team, in: db)
        refusal.action = "Cannot record that \(label) attended \(stageName) on \(session.day.text)"
        let trackName = CommandWords.quoted(track?.name ?? session.trackId)
        if team.trackId == nil {
            refusal.add("the team is not enrolled in a workshop track; enroll it in \(trackName) first")
        } else if team.trackId != session.trackId {
            refusal.add("the team is enrolled in another track, not \(trackName)")
        }
        refusal.require(!session.attendance.contains(teamId), "it has already been recorded")
        try refusal.check()

        db.sessions[s].attendance.append(teamId)
        return CommandChange(kind: "workshop", ideaId: team.ideaId, summary: "\(label) attended \(stageName) on \(session.day.text)")
    }

    // MARK: Sponsors and venues

    static func addSponsor(_ name: String, _ kind: SponsorKind, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        guard !CommandWords.isBlank(name) else {
            throw RuleViolation("Cannot add the sponsor", reasons: ["the name is empty"])
        }
        let id = CommandIDs.next("sponsor-", width: 2, in: db.sponsors.lazy.map(\.id))
        let name = CommandWords.trimmed(name)
        db.sponsors.append(Sponsor(id: id, name: name, kind: kind))
        return CommandChange(kind: "sponsor", ideaId: nil, summary: "added the \(kind.rawValue) sponsor \(name)")
    }

    static func addPledge(_ sponsorId: String, _ ideaId: String, _ amount: Int?, _ inKind: String?,
                          _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot record the pledge")
        let s = find(sponsorId, in: db.sponsors, "sponsor", &refusal)
        let i = find(ideaId, in: db.ideas, "idea", &refusal)
        if let s, let i {
            refusal.action = "Cannot record the pledge of \(db.sponsors[s].name) to \(CommandWords.quoted(db.ideas[i].title))"
        }
        let kindText = inKind.map(CommandWords.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let amount, amount <= 0 { refusal.add("an amount must be more than 0 €, not \(amount) €") }
        if amount == nil && kindText == nil { refusal.add("a pledge needs an amount in euros, something in kind, or both") }
        guard let s, let i else { throw RuleViolation(refusal.action, reasons: refusal.reasons) }
        try refusal.check()

        let all = db.sponsors.flatMap { $0.pledges.map(\.id) }
        let id = CommandIDs.next("pledge-", width: 4, in: all)
        db.sponsors[s].pledges.append(Pledge(id: id, ideaId: ideaId, amount: amount, inKind: kindText))
        var what: [String] = []
        if let amount { what.append("\(amount) €") }
        if let kindText { what.append(CommandWords.quoted(kindText)) }
        return CommandChange(kind: "sponsor", ideaId: ideaId,
                             summary: "\(db.sponsors[s].name) pledged \(CommandWords.list(what)) to \(CommandWords.quoted(db.ideas[i].title))")
    }

    static func addVenue(_ venue: Venue, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot add the venue \(CommandWords.quoted(venue.name))")
        refusal.require(!CommandWords.isBlank(venue.name), "the name is empty")
        if !CommandWords.isBlank(venue.id), let other = db.venues.first(where: { $0.id == venue.id }) {
            refusal.add("the id \(CommandWords.quoted(venue.id)) already belongs to \(other.name)")
        }
        checkVenue(venue, db, &refusal)
        try refusal.check()

        var venue = venue
        venue.name = CommandWords.trimmed(venue.name)
        if CommandWords.isBlank(venue.id) { venue.id = CommandIDs.next("venue-", width: 2, in: db.venues.lazy.map(\.id)) }
        db.venues.append(venue)
        return CommandChange(kind: "venue", ideaId: nil, summary: "added the venue \(venue.name) in \(venue.district)")
    }
}
