extension Database {
    /// Checks `command` against every rule, then makes the change in place, appends a
    /// `LogEntry` to `log` and returns it. A refused command throws a `RuleViolation`
    /// naming every rule it broke and leaves the database exactly as it was.
    @discardableResult
    public mutating func apply(_ command: Command, context: CommandContext) throws(RuleViolation) -> LogEntry {
        try make(command, context: context).entry
    }

    /// `apply`, also saying what the change did, as a value, for a message in any language
    /// (the log entry keeps it in English).
    @discardableResult
    public mutating func make(_ command: Command, context: CommandContext) throws(RuleViolation) -> (entry: LogEntry, done: ChangeSummary) {
        var scan = DatabaseScan()
        return try make(command, context: context, directory: &scan)
    }

    /// `make`, finding people and numbering records through `directory`.
    mutating func make(_ command: Command, context: CommandContext,
                       directory: inout some RecordDirectory) throws(RuleViolation) -> (entry: LogEntry, done: ChangeSummary) {
        try CommandHandlers.checkActor(command, context, in: self, directory)
        try CommandHandlers.checkTextLimit(command)
        // Kept only for a command that can break the schedule: holding a copy makes the
        // change copy every list it touches.
        let before = command.canBreakTheSchedule && !festival.slots.isEmpty ? self : nil
        let change = try CommandHandlers.perform(command, on: &self, context, &directory)
        // Whatever the command, the schedule it leaves must load again: no slot may break
        // a placement rule it did not break before (a member now in two places, a plan
        // the venue no longer fits).
        if let before, !ScheduleCheck.findings(in: self).isEmpty {
            let broken = ScheduleCheck.newProblems(before: before, after: self)
            if !broken.isEmpty {
                self = before
                throw RuleViolation(.breakSchedule, reasons: broken)
            }
        }
        let entry = LogEntry(id: CommandIDs.nextLogID(in: log), at: context.now, by: context.actor,
                             kind: change.kind, ideaId: change.ideaId, summary: change.summary,
                             reason: change.reason)
        log.append(entry)
        return (entry, change.done)
    }

    /// `apply` on a copy: the new database and its log entry, or why the command was refused.
    public func applying(_ command: Command, context: CommandContext) -> Result<Applied, RuleViolation> {
        var copy = self
        do {
            let entry = try copy.apply(command, context: context)
            return .success(Applied(database: copy, entry: entry))
        } catch {
            return .failure(error)
        }
    }
}

/// What a handler did, for the log.
struct CommandChange {
    var kind: String
    var ideaId: String?
    var done: ChangeSummary
    var reason: String? = nil

    /// The log's words for it.
    var summary: String { done.english }
}

/// The rules and effects of each command. Every handler checks everything first and
/// throws before its first change, so a refusal never leaves a half-made change behind.
enum CommandHandlers {
    static func checkActor(_ command: Command, _ ctx: CommandContext, in db: Database,
                           _ directory: some RecordDirectory = DatabaseScan()) throws(RuleViolation) {
        if let actor = directory.person(ctx.actor, in: db) {
            guard let denial = Permissions.refusal(command, by: actor, in: db) else { return }
            throw RuleViolation(.notPermitted, reasons: [.notPermitted(denial)])
        }
        if case .addPerson(let person) = command, person.id == ctx.actor, !CommandWords.isBlank(person.id) { return }
        throw RuleViolation(.makeChange, reasons: [.unknownActor(ctx.actor)])
    }

    /// No text a command brings may be longer than `TextLimit.characters`, so every file
    /// idea-tui writes loads again. Looks through the command's values, whatever its kind.
    static func checkTextLimit(_ command: Command) throws(RuleViolation) {
        let long = command.namedTexts.map { $0.contains(where: TextLimit.exceeded) } ?? reflectedTexts(command).contains(where: TextLimit.exceeded)
        if long { throw RuleViolation(.makeChange, reasons: [.textTooLong(limit: TextLimit.characters)]) }
    }

    /// Every text inside a value, found by reflection, whatever its kind.
    static func reflectedTexts(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { reflectedTexts($0.value) }
    }

    static func perform(_ command: Command, on db: inout Database, _ ctx: CommandContext,
                        _ directory: inout some RecordDirectory) throws(RuleViolation) -> CommandChange {
        switch command {
        case .addPerson(let person): return try addPerson(person, &db, &directory)
        case .addIdea(let draft): return try addIdea(draft, &db, ctx, &directory)
        case .editIdea(let ideaId, let draft): return try editIdea(ideaId, draft, &db)
        case .setPlan(let ideaId, let plan): return try setPlan(ideaId, plan, &db)
        case .moveForward(let ideaId): return try moveForward(ideaId, &db, ctx)
        case .moveBack(let ideaId, let reason): return try moveBack(ideaId, reason, &db, ctx)
        case .park(let ideaId, let reason): return try setAside(ideaId, reason, to: .parked, &db, ctx)
        case .withdraw(let ideaId, let reason): return try setAside(ideaId, reason, to: .withdrawn, &db, ctx)
        case .reopen(let ideaId, let reason): return try reopen(ideaId, reason, &db, ctx)
        case .schedule(let ideaId, let venueId, let start, let pinned):
            return try schedule(ideaId, venueId, start, pinned, &db, ctx)
        case .autoSchedule(let placements, let reflow): return try autoSchedule(placements, reflow, &db, ctx)
        case .setLength(let ideaId, let minutes): return try setLength(ideaId, minutes, &db)
        case .editVenue(let venue): return try editVenue(venue, &db)
        case .setFestival(let settings): return try setFestival(settings, &db)
        case .createTeam(let ideaId, let leadId): return try createTeam(ideaId, leadId, &db)
        case .addMember(let teamId, let personId, let role): return try addMember(teamId, personId, role, &db)
        case .removeMember(let teamId, let personId): return try removeMember(teamId, personId, &db)
        case .addOpenRole(let teamId, let title, let skills, let sectors):
            return try addOpenRole(teamId, title, skills, sectors, &db)
        case .removeOpenRole(let teamId, let roleId): return try removeOpenRole(teamId, roleId, &db)
        case .assignMentor(let teamId, let mentorId): return try assignMentor(teamId, mentorId, &db)
        case .removeMentor(let teamId, let mentorId, let reason): return try removeMentor(teamId, mentorId, reason, &db)
        case .enrollTeam(let teamId, let trackId): return try enrollTeam(teamId, trackId, &db)
        case .setLead(let teamId, let personId): return try setLead(teamId, personId, &db)
        case .setMemberRole(let teamId, let personId, let role): return try setMemberRole(teamId, personId, role, &db)
        case .invite(let teamId, let roleId, let personId): return try invite(teamId, roleId, personId, &db, ctx)
        case .answerInvitation(let teamId, let invitationId, let accept):
            return try answerInvitation(teamId, invitationId, accept, &db, ctx)
        case .createForum(let title, let day, let place, let hostIds): return try createForum(title, day, place, hostIds, &db)
        case .recordDiscussion(let forumId, let ideaId, let outcome): return try recordDiscussion(forumId, ideaId, outcome, &db)
        case .addWorkshopTrack(let track): return try addWorkshopTrack(track, &db)
        case .addWorkshopSession(let trackId, let stageId, let day, let place):
            return try addWorkshopSession(trackId, stageId, day, place, &db)
        case .recordAttendance(let sessionId, let teamId): return try recordAttendance(sessionId, teamId, &db)
        case .addSponsor(let name, let kind): return try addSponsor(name, kind, &db)
        case .addPledge(let sponsorId, let ideaId, let amount, let inKind):
            return try addPledge(sponsorId, ideaId, amount, inKind, &db)
        case .addVenue(let venue): return try addVenue(venue, &db)
        }
    }

    // MARK: Looking records up

    /// The index of the idea, or a refusal: the command's `task` on an id no idea has.
    static func ideaIndex(_ id: String, in db: Database, doing task: RuleViolation.IdeaTask) throws(RuleViolation) -> Int {
        guard let i = db.ideas.firstIndex(where: { $0.id == id }) else {
            throw RuleViolation(.unknownIdea(task, id: id), reasons: [.noIdeaWithThatId])
        }
        return i
    }

    static func teamIndex(_ id: String, in db: Database, doing task: RuleViolation.TeamTask) throws(RuleViolation) -> Int {
        guard let i = db.teams.firstIndex(where: { $0.id == id }) else {
            throw RuleViolation(.unknownTeam(task, id: id), reasons: [.noTeamWithThatId])
        }
        return i
    }

    /// The index of a record with `id`, or nil after adding that no `what` has that id.
    static func find<T: Identifiable>(_ id: String, in list: [T], _ what: RuleViolation.RecordKind,
                                      _ refusal: inout CommandRefusal) -> Int? where T.ID == String {
        if let i = list.firstIndex(where: { $0.id == id }) { return i }
        refusal.add(.noRecord(what, id: id))
        return nil
    }

    /// Appends the move to the idea's history and sets its stage.
    static func changeStage(_ i: Int, to stage: Stage, _ db: inout Database, _ ctx: CommandContext, reason: String?) {
        db.ideas[i].history.append(StageChange(from: db.ideas[i].stage, to: stage, at: ctx.now, by: ctx.actor, reason: reason))
        db.ideas[i].stage = stage
    }
}
