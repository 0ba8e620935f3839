/// Adding and editing records: people, ideas and plans, forums, workshops, sponsors, venues.
extension CommandHandlers {
    // MARK: People and ideas

    static func addPerson(_ person: Person, _ db: inout Database,
                          _ directory: inout some RecordDirectory) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.addPerson(CommandWords.isBlank(person.name) ? nil : person.name))
        refusal.require(!CommandWords.isBlank(person.name), .nameEmpty)
        if !CommandWords.isBlank(person.id), let other = directory.person(person.id, in: db) {
            refusal.add(.idTaken(id: person.id, by: other.name))
        }
        if let capacity = person.mentor?.capacity, !(0...100).contains(capacity) {
            refusal.add(.mentorCapacityRange(capacity))
        }
        try refusal.check()

        var person = person
        person.name = CommandWords.trimmed(person.name)
        if CommandWords.isBlank(person.id) { person.id = directory.nextPersonID(in: db) }
        db.people.append(person)
        directory.added(person, in: db)
        return CommandChange(kind: "person", ideaId: nil, done: .addedPerson(person.name))
    }

    /// Everything wrong with a draft, added to `refusal`.
    private static func check(_ draft: IdeaDraft, in db: Database, _ directory: some RecordDirectory,
                              _ refusal: inout CommandRefusal) {
        refusal.require(!CommandWords.isBlank(draft.title), .titleEmpty)
        if directory.person(draft.authorId, in: db) == nil {
            refusal.add(.authorUnknown(draft.authorId))
        }
        refusal.require(!draft.sectors.isEmpty, .needsSector)
        refusal.require(Set(draft.sectors).count == draft.sectors.count, .sectorTwice)
        refusal.require(db.districts.contains(draft.district), .unknownDistrict(draft.district))
        if let need = draft.fundingNeed, need < 0 { refusal.add(.fundingBelowZero) }
    }

    static func addIdea(_ draft: IdeaDraft, _ db: inout Database, _ ctx: CommandContext,
                        _ directory: inout some RecordDirectory) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.shareIdea(draft.title))
        check(draft, in: db, directory, &refusal)
        try refusal.check()

        let id = directory.nextIdeaID(in: db)
        let title = CommandWords.trimmed(draft.title)
        db.ideas.append(Idea(id: id, title: title, summary: draft.summary, problem: draft.problem, impact: draft.impact,
                             authorId: draft.authorId, sectors: draft.sectors, district: draft.district, tags: draft.tags,
                             stage: .shared, createdAt: ctx.now, fundingNeed: draft.fundingNeed))
        directory.added(ideaId: id)
        let author: PersonName = directory.person(draft.authorId, in: db).map { .known($0.name) } ?? .unknown(id: draft.authorId)
        return CommandChange(kind: "idea", ideaId: id, done: .sharedIdea(title: title, author: author))
    }

    static func editIdea(_ ideaId: String, _ draft: IdeaDraft, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .edit)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(.editIdea(idea.title))
        check(draft, in: db, DatabaseScan(), &refusal)
        try refusal.check()

        let before = IdeaDraft(idea)
        var changed: [ChangeSummary.IdeaField] = []
        if before.title != draft.title { changed.append(.title) }
        if before.summary != draft.summary { changed.append(.summary) }
        if before.problem != draft.problem { changed.append(.problem) }
        if before.impact != draft.impact { changed.append(.impact) }
        if before.authorId != draft.authorId { changed.append(.author) }
        if before.sectors != draft.sectors { changed.append(.sectors) }
        if before.district != draft.district { changed.append(.district) }
        if before.tags != draft.tags { changed.append(.tags) }
        if before.fundingNeed != draft.fundingNeed { changed.append(.fundingNeed) }
        db.ideas[i].title = CommandWords.trimmed(draft.title)
        db.ideas[i].summary = draft.summary
        db.ideas[i].problem = draft.problem
        db.ideas[i].impact = draft.impact
        db.ideas[i].authorId = draft.authorId
        db.ideas[i].sectors = draft.sectors
        db.ideas[i].district = draft.district
        db.ideas[i].tags = draft.tags
        db.ideas[i].fundingNeed = draft.fundingNeed
        return CommandChange(kind: "idea", ideaId: idea.id, done: .editedIdea(title: idea.title, fields: changed))
    }

    static func setPlan(_ ideaId: String, _ plan: InterventionPlan, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .plan)
        let idea = db.ideas[i]
        let grid = db.festival.gridMinutes
        var refusal = CommandRefusal(.setPlan(idea: idea.title))
        switch idea.stage {
        case .scheduled: refusal.add(.scheduledChangeOnGrid)
        case .delivered: refusal.add(.alreadyDelivered)
        default: break
        }
        if !(1...(24 * 60)).contains(plan.durationMinutes) {
            refusal.add(.durationRange(minutes: plan.durationMinutes))
        } else if plan.durationMinutes % grid != 0 {
            refusal.add(.minutesOffGrid(minutes: plan.durationMinutes, grid: grid))
        }
        refusal.require(plan.audience >= 0, .audienceBelowZero)
        let unknown = plan.districts.filter { !db.districts.contains($0) }
        if !unknown.isEmpty { refusal.add(.notDistricts(unknown)) }
        refusal.require(Set(plan.districts).count == plan.districts.count, .districtTwice)
        if let e = plan.earliest, let l = plan.latest {
            if e >= l {
                refusal.add(.earliestNotBeforeLatest(earliest: e, latest: l))
            } else if l.minutes - e.minutes < plan.durationMinutes {
                refusal.add(.doesNotFitWindow(minutes: plan.durationMinutes, earliest: e, latest: l))
            }
        }
        try refusal.check()

        db.ideas[i].plan = plan
        return CommandChange(kind: "plan", ideaId: idea.id,
                             done: .planned(idea: idea.title, minutes: plan.durationMinutes, audience: plan.audience,
                                            districts: plan.districts, features: plan.features))
    }

    // MARK: Forums and workshops

    static func createForum(_ title: String, _ day: Day, _ place: String, _ hostIds: [String],
                            _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.createForum(title))
        refusal.require(!CommandWords.isBlank(title), .titleEmpty)
        refusal.require(!CommandWords.isBlank(place), .placeEmpty)
        for host in hostIds where !db.people.contains(where: { $0.id == host }) {
            refusal.add(.hostUnknown(host))
        }
        try refusal.check()

        var seen: Set<String> = []
        let hosts = hostIds.filter { seen.insert($0).inserted }
        let id = CommandIDs.next("forum-", width: 2, in: db.forums.lazy.map(\.id))
        let title = CommandWords.trimmed(title)
        let place = CommandWords.trimmed(place)
        db.forums.append(Forum(id: id, title: title, day: day, place: place, hostIds: hosts))
        return CommandChange(kind: "forum", ideaId: nil, done: .createdForum(title: title, day: day, place: place))
    }

    static func recordDiscussion(_ forumId: String, _ ideaId: String, _ outcome: String,
                                 _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.recordDiscussion)
        let f = find(forumId, in: db.forums, .forum, &refusal)
        let i = find(ideaId, in: db.ideas, .idea, &refusal)
        guard let f, let i else { throw refusal.violation }
        refusal.attempt = .recordDiscussionOf(idea: db.ideas[i].title, forum: db.forums[f].title)
        refusal.require(!db.forums[f].discussions.contains { $0.ideaId == ideaId }, .alreadyRecorded)
        try refusal.check()

        db.forums[f].discussions.append(Discussion(ideaId: ideaId, outcome: outcome))
        return CommandChange(kind: "forum", ideaId: ideaId, done: .discussed(idea: db.ideas[i].title, forum: db.forums[f].title))
    }

    static func addWorkshopTrack(_ track: WorkshopTrack, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.addTrack(track.name))
        refusal.require(!CommandWords.isBlank(track.name), .nameEmpty)
        if !CommandWords.isBlank(track.id), let other = db.tracks.first(where: { $0.id == track.id }) {
            refusal.add(.idTakenByTrack(id: track.id, by: other.name))
        }
        refusal.require(!track.stages.isEmpty, .trackNeedsStage)
        refusal.require(!track.stages.contains { CommandWords.isBlank($0.id) || CommandWords.isBlank($0.name) },
                        .stageNeedsIdAndName)
        refusal.require(Set(track.stages.map(\.id)).count == track.stages.count, .stageIdTwice)
        try refusal.check()

        var track = track
        if CommandWords.isBlank(track.id) { track.id = CommandIDs.next("track-", width: 2, in: db.tracks.lazy.map(\.id)) }
        db.tracks.append(track)
        return CommandChange(kind: "workshop", ideaId: nil,
                             done: .addedTrack(name: track.name, stages: track.stages.count))
    }

    static func addWorkshopSession(_ trackId: String, _ stageId: String, _ day: Day, _ place: String,
                                   _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.planWorkshop)
        refusal.require(!CommandWords.isBlank(place), .placeEmpty)
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            throw refusal.failing(with: .noRecord(.workshopTrack, id: trackId))
        }
        let stage = track.stages.first { $0.id == stageId }
        if stage == nil {
            refusal.add(.trackHasNoStage(track: track.name, stage: stageId))
        }
        try refusal.check()

        let id = CommandIDs.next("session-", width: 2, in: db.sessions.lazy.map(\.id))
        let place = CommandWords.trimmed(place)
        db.sessions.append(WorkshopSession(id: id, trackId: trackId, stageId: stageId, day: day, place: place))
        return CommandChange(kind: "workshop", ideaId: nil,
                             done: .plannedWorkshop(stage: stage?.name ?? stageId, track: track.name, day: day, place: place))
    }

    static func recordAttendance(_ sessionId: String, _ teamId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.recordAttendance)
        let s = find(sessionId, in: db.sessions, .workshopSession, &refusal)
        let t = find(teamId, in: db.teams, .team, &refusal)
        guard let s, let t else { throw refusal.violation }
        let session = db.sessions[s]
        let team = db.teams[t]
        let track = db.tracks.first { $0.id == session.trackId }
        let stage = track?.stages.first { $0.id == session.stageId }?.name ?? session.stageId
        refusal.attempt = .recordAttendanceOf(team: CommandWords.title(team.ideaId, in: db), stage: stage, day: session.day)
        let trackName = track?.name ?? session.trackId
        if team.trackId == nil {
            refusal.add(.notEnrolledEnrollIn(track: trackName))
        } else if team.trackId != session.trackId {
            refusal.add(.enrolledElsewhere(track: trackName))
        }
        refusal.require(!session.attendance.contains(teamId), .alreadyRecorded)
        try refusal.check()

        db.sessions[s].attendance.append(teamId)
        return CommandChange(kind: "workshop", ideaId: team.ideaId, done: .attended(team: CommandWords.title(team.ideaId, in: db), stage: stage, day: session.day))
    }

    // MARK: Sponsors and venues

    static func addSponsor(_ name: String, _ kind: SponsorKind, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        guard !CommandWords.isBlank(name) else {
            throw RuleViolation(.addSponsor, reasons: [.nameEmpty])
        }
        let id = CommandIDs.next("sponsor-", width: 2, in: db.sponsors.lazy.map(\.id))
        let name = CommandWords.trimmed(name)
        db.sponsors.append(Sponsor(id: id, name: name, kind: kind))
        return CommandChange(kind: "sponsor", ideaId: nil, done: .addedSponsor(name: name, kind: kind))
    }

    static func addPledge(_ sponsorId: String, _ ideaId: String, _ amount: Int?, _ inKind: String?,
                          _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.recordPledge)
        let s = find(sponsorId, in: db.sponsors, .sponsor, &refusal)
        let i = find(ideaId, in: db.ideas, .idea, &refusal)
        if let s, let i {
            refusal.attempt = .recordPledgeOf(sponsor: db.sponsors[s].name, idea: db.ideas[i].title)
        }
        let kindText = inKind.map(CommandWords.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let amount, amount <= 0 { refusal.add(.amountNotPositive(amount)) }
        if amount == nil && kindText == nil { refusal.add(.pledgeEmpty) }
        guard let s, let i else { throw refusal.violation }
        try refusal.check()

        let all = db.sponsors.flatMap { $0.pledges.map(\.id) }
        let id = CommandIDs.next("pledge-", width: 4, in: all)
        db.sponsors[s].pledges.append(Pledge(id: id, ideaId: ideaId, amount: amount, inKind: kindText))
        return CommandChange(kind: "sponsor", ideaId: ideaId,
                             done: .pledged(sponsor: db.sponsors[s].name, amount: amount, inKind: kindText, idea: db.ideas[i].title))
    }

    static func addVenue(_ venue: Venue, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.addVenue(venue.name))
        refusal.require(!CommandWords.isBlank(venue.name), .nameEmpty)
        if !CommandWords.isBlank(venue.id), let other = db.venues.first(where: { $0.id == venue.id }) {
            refusal.add(.idTaken(id: venue.id, by: other.name))
        }
        checkVenue(venue, db, &refusal)
        try refusal.check()

        var venue = venue
        venue.name = CommandWords.trimmed(venue.name)
        if CommandWords.isBlank(venue.id) { venue.id = CommandIDs.next("venue-", width: 2, in: db.venues.lazy.map(\.id)) }
        db.venues.append(venue)
        return CommandChange(kind: "venue", ideaId: nil, done: .addedVenue(name: venue.name, district: venue.district))
    }
}
