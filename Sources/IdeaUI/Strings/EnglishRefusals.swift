import IdeaModel

/// Refusals in English: what was attempted, each rule broken, who may make a change.
enum EnglishRefusals {
    static func quoted(_ text: String) -> String { "“" + text + "”" }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String], _ conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// "1 team", "3 teams".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func span(_ start: ClockTime, _ end: ClockTime) -> String { start.text + "–" + end.text }

    static func person(_ name: PersonName) -> String {
        switch name {
        case .known(let name): return name
        case .unknown(let id): return quoted(id)
        }
    }

    static func team(_ title: String) -> String { "the team for " + quoted(title) }

    static func ideaTask(_ task: RuleViolation.IdeaTask) -> String {
        switch task {
        case .move: return "move the idea"
        case .moveBack: return "move back the idea"
        case .park: return "park the idea"
        case .withdraw: return "withdraw the idea"
        case .reopen: return "reopen the idea"
        case .schedule: return "schedule the idea"
        case .edit: return "edit the idea"
        case .plan: return "plan the idea"
        case .setLength: return "change the length of"
        case .formTeam: return "form a team for the idea"
        }
    }

    static func teamTask(_ task: RuleViolation.TeamTask) -> String {
        switch task {
        case .addMember: return "add a member to the team"
        case .removeMember: return "remove a member from the team"
        case .openRole: return "open a role in the team"
        case .closeRole: return "close a role in the team"
        case .assignMentor: return "assign a mentor to the team"
        case .removeMentor: return "remove a mentor from the team"
        case .enroll: return "enroll the team"
        case .changeLead: return "change the lead of the team"
        case .changeRole: return "change a role in the team"
        case .invite: return "invite someone to the team"
        case .answerInvitation: return "answer an invitation to the team"
        }
    }

    static func attempt(_ attempt: RuleViolation.Attempt) -> String {
        let q = quoted, p = person
        switch attempt {
        case .unknownIdea(let task, let id): return "Cannot \(ideaTask(task)) \(q(id))"
        case .unknownTeam(let task, let id): return "Cannot \(teamTask(task)) \(q(id))"
        case .makeChange: return "Cannot make this change"
        case .notPermitted: return "You may not make this change"
        case .breakSchedule: return "Cannot make this change: the festival schedule would break its rules"
        case .nothingToChange: return "Nothing to change"
        case .makeRoom: return "Cannot make room"
        case .undo(let done): return "Cannot undo " + q(ChangeSummary.english(done))
        case .redo(let done): return "Cannot redo " + q(ChangeSummary.english(done))
        case .moveForward(let idea): return "Cannot move \(q(idea)) forward"
        case .moveTo(let idea, let stage): return "Cannot move \(q(idea)) to \(stage.rawValue)"
        case .moveBack(let idea): return "Cannot move \(q(idea)) back"
        case .park(let idea): return "Cannot park \(q(idea))"
        case .withdraw(let idea): return "Cannot withdraw \(q(idea))"
        case .reopen(let idea): return "Cannot reopen \(q(idea))"
        case .schedule(let idea): return "Cannot schedule \(q(idea))"
        case .scheduleAt(let idea, let venue, let start): return "Cannot schedule \(q(idea)) at \(venue) at \(start.text)"
        case .autoSchedule: return "Cannot apply the automatic schedule"
        case .setLength(let idea, let minutes): return "Cannot make \(q(idea)) last \(minutes) minutes"
        case .addPerson(let name): return "Cannot add " + (name ?? "the person")
        case .shareIdea(let title): return "Cannot share the idea \(q(title))"
        case .editIdea(let title): return "Cannot edit \(q(title))"
        case .setPlan(let idea): return "Cannot set the plan of \(q(idea))"
        case .createForum(let title): return "Cannot create the forum \(q(title))"
        case .recordDiscussion: return "Cannot record the discussion"
        case .recordDiscussionOf(let idea, let forum): return "Cannot record that \(q(idea)) was discussed at \(q(forum))"
        case .addTrack(let name): return "Cannot add the workshop track \(q(name))"
        case .planWorkshop: return "Cannot plan the workshop"
        case .recordAttendance: return "Cannot record attendance"
        case .recordAttendanceOf(let title, let stage, let day):
            return "Cannot record that \(team(title)) attended \(q(stage)) on \(day.text)"
        case .addSponsor: return "Cannot add the sponsor"
        case .recordPledge: return "Cannot record the pledge"
        case .recordPledgeOf(let sponsor, let idea): return "Cannot record the pledge of \(sponsor) to \(q(idea))"
        case .addVenue(let name): return "Cannot add the venue \(q(name))"
        case .changeVenue(let name): return "Cannot change the venue" + (name.map { " " + q($0) } ?? "")
        case .changeFestival: return "Cannot change the festival"
        case .formTeam(let idea): return "Cannot form a team for \(q(idea))"
        case .addMember(let who, let title): return "Cannot add \(p(who)) to \(team(title))"
        case .removeMember(let who, let title), .removeMentor(let who, let title): return "Cannot remove \(p(who)) from \(team(title))"
        case .openRole(let title): return "Cannot open a role in \(team(title))"
        case .closeRole(let id, let title): return "Cannot close the role \(q(id)) in \(team(title))"
        case .assignMentor(let who, let title): return "Cannot assign \(p(who)) to \(team(title))"
        case .enroll(let title): return "Cannot enroll \(team(title)) in a workshop track"
        case .enrollIn(let title, let track): return "Cannot enroll \(team(title)) in \(q(track))"
        case .makeLead(let who, let title): return "Cannot make \(p(who)) the lead of \(team(title))"
        case .changeRole(let who, let title): return "Cannot change the role of \(p(who)) in \(team(title))"
        case .invite(let who, let title): return "Cannot invite \(p(who)) to \(team(title))"
        case .answerInvitation(let id, let title): return "Cannot answer the invitation \(q(id)) to \(team(title))"
        case .answerInvitationOf(let who, let title): return "Cannot answer the invitation of \(p(who)) to \(team(title))"
        }
    }

    static func record(_ kind: RuleViolation.RecordKind) -> String {
        switch kind {
        case .person: return "person"
        case .idea: return "idea"
        case .team: return "team"
        case .forum: return "forum"
        case .workshopSession: return "workshop session"
        case .workshopTrack: return "workshop track"
        case .sponsor: return "sponsor"
        case .venue: return "venue"
        }
    }

    static func reason(_ reason: RuleViolation.Reason) -> String {
        let q = quoted, p = person
        switch reason {
        case .noIdeaWithThatId: return "there is no idea with that id"
        case .noTeamWithThatId: return "there is no team with that id"
        case .noRecord(let kind, let id): return "there is no \(record(kind)) with the id \(q(id))"
        case .notPermitted(let denial): return permission(denial)
        case .unknownActor(let id): return "\(q(id)) is not a person in this database, and every change must say who made it"
        case .textTooLong(let limit):
            return "it holds a text longer than \(Strings.grouped(limit, ",")) characters; no field of a database is that long"
        case .gate(let condition): return EnglishGates.gate(condition)
        case .placement(let problem): return problem.english
        case .slotBreaks(let idea, let start, let problem): return "\(q(idea)) at \(start.text): \(problem.english)"
        case .step(let violation):
            return ([attempt(violation.attempt)] + [violation.reasons.map(Self.reason).joined(separator: "; ")]).joined(separator: ": ")
        case .wouldNotLoad(let problems): return problems.joined(separator: "; ")
        case .notAboutALimit: return "this conflict is not about a limit"
        case .reasonNeededBack: return "a reason is needed, so the team knows why"
        case .reasonNeededAside: return "a reason is needed, so others know why"
        case .reasonNeededReopen: return "a reason is needed, so others know why it is back"
        case .setAsideReopenInstead(let stage): return "it is \(stage.rawValue); reopen it instead"
        case .atFirstStage(let stage): return "it is at the first stage, \(stage.rawValue)"
        case .scheduledMoveBackFirst(let place):
            let at = place.map { " at \($0.venue), \(span($0.start, $0.end))" } ?? ""
            return "it is scheduled\(at); move it back to ready first, which takes it off the festival grid"
        case .alreadyDelivered: return "it has already been delivered"
        case .alreadyParked: return "it is already parked"
        case .alreadyWithdrawn: return "it is already withdrawn"
        case .notSetAside(let stage): return "it is not parked or withdrawn; it is in stage \(stage.rawValue)"
        case .notReadyForGrid(let stage): return "it is in stage \(stage.rawValue); only ready ideas can be placed on the festival grid"
        case .setAsideBringToReady(let stage): return "it is \(stage.rawValue); reopen it and bring it to ready first"
        case .noPlan: return "it has no intervention plan"
        case .notOnGrid: return "it is not on the festival grid; its length is part of its plan"
        case .venueMissing(let id): return "its venue \(q(id)) is not in this database"
        case .lengthRange(let grid): return "an intervention lasts between one \(grid)-minute step and a whole day"
        case .minutesOffGrid(let minutes, let grid): return "\(minutes) minutes is not on the \(grid)-minute grid"
        case .nameEmpty: return "the name is empty"
        case .titleEmpty: return "the title is empty"
        case .idTaken(let id, let name): return "the id \(q(id)) already belongs to \(name)"
        case .idTakenByTrack(let id, let name): return "the id \(q(id)) already belongs to \(q(name))"
        case .mentorCapacityRange(let n): return "a mentor can take between 0 and 100 teams, not \(n)"
        case .authorUnknown(let id): return "the author \(q(id)) is not a person in this database"
        case .needsSector: return "an idea needs at least one sector"
        case .sectorTwice: return "a sector is listed twice"
        case .unknownDistrict(let district): return "\(q(district)) is not one of the districts of this database"
        case .fundingBelowZero: return "the funding need cannot be below 0 €"
        case .scheduledChangeOnGrid:
            return "it is scheduled; change its length on the festival grid, or move it back to ready to change the rest of its plan"
        case .durationRange(let minutes): return "an intervention lasts between 1 minute and a whole day, not \(minutes) minutes"
        case .audienceBelowZero: return "the audience cannot be below 0"
        case .notDistricts(let districts):
            return "\(list(districts.map(q))) \(districts.count == 1 ? "is not a district" : "are not districts") of this database"
        case .districtTwice: return "a district is listed twice"
        case .earliestNotBeforeLatest(let e, let l): return "the earliest time \(e.text) is not before the latest time \(l.text)"
        case .doesNotFitWindow(let minutes, let e, let l): return "\(minutes) minutes do not fit between \(e.text) and \(l.text)"
        case .placeEmpty: return "the place is not written down"
        case .hostUnknown(let id): return "the host \(q(id)) is not a person in this database"
        case .alreadyRecorded: return "it has already been recorded"
        case .trackNeedsStage: return "a track needs at least one stage"
        case .stageNeedsIdAndName: return "every stage needs an id and a name"
        case .stageIdTwice: return "a stage id is used twice"
        case .trackHasNoStage(let track, let stage): return "the track \(q(track)) has no stage \(q(stage))"
        case .notEnrolledEnrollIn(let track): return "the team is not enrolled in a workshop track; enroll it in \(q(track)) first"
        case .enrolledElsewhere(let track): return "the team is enrolled in another track, not \(q(track))"
        case .amountNotPositive(let n): return "an amount must be more than 0 €, not \(n) €"
        case .pledgeEmpty: return "a pledge needs an amount in euros, something in kind, or both"
        case .capacityBelowZero: return "the capacity cannot be below 0"
        case .opensAfterCloses(let opens, let closes): return "it opens at \(opens.text) but closes at \(closes.text)"
        case .targetBelowOne: return "the target must be at least 1 intervention"
        case .dayEndsBeforeStart(let start, let end): return "the day starts at \(start.text) but ends at \(end.text)"
        case .gridChoice(let n): return "the grid must be 5, 10, 15, 20, 30 or 60 minutes, not \(n)"
        case .changeoverRange: return "changeover must be between 0 and 240 minutes"
        case .travelRange: return "travel time must be between 0 and 240 minutes"
        case .mentorsPerTeamBelowOne: return "a team must be allowed at least 1 mentor"
        case .teamHasMoreMentors(let count, let max): return "a team already has \(count) mentors, more than \(max)"
        case .alreadyHasTeam(let lead): return "it already has a team, led by \(p(lead))"
        case .ideaIn(let stage): return "it is \(stage.rawValue)"
        case .alreadyLeadsTeam(let who): return "\(p(who)) already leads the team"
        case .alreadyLeadsIt(let who): return "\(p(who)) already leads it"
        case .alreadyMember(let who): return "\(p(who)) is already a member"
        case .mentorCannotBeMember(let who): return "\(p(who)) mentors this team; a mentor cannot also be a member"
        case .memberRoleMissing: return "the member's role in the team is not written down"
        case .leadStays(let who): return "\(p(who)) leads the team, and a team keeps its lead"
        case .notAMember(let who): return "\(p(who)) is not a member of the team"
        case .roleNoTitle: return "the role has no title"
        case .noOpenRoleWithThatId: return "the team has no open role with that id"
        case .alreadyMentors(let who): return "\(p(who)) already mentors this team"
        case .mentorAtCapacity(let who, let load, let capacity): return "\(p(who)) mentors \(load) of \(count(capacity, "team"))"
        case .notAMentor(let who): return "\(p(who)) is not a mentor (no mentor profile)"
        case .teamMentorLimit(let n): return "the team already has \(count(n, "mentor")), the most one team may have"
        case .memberCannotMentor(let who): return "\(p(who)) is in the team; a member cannot also mentor it"
        case .doesNotMentor(let who): return "\(p(who)) does not mentor this team"
        case .alreadyEnrolled: return "it is already enrolled there"
        case .mentorCannotLead(let who): return "\(p(who)) mentors this team; a mentor cannot also lead it"
        case .leadRoleIsLead(let who): return "\(p(who)) leads the team; the lead's role is lead"
        case .newRoleMissing: return "the new role is not written down"
        case .noOpenRole(let id): return "the team has no open role with the id \(q(id))"
        case .alreadyInTeam(let who): return "\(p(who)) is already in the team"
        case .mentorsThisTeam(let who): return "\(p(who)) mentors this team"
        case .invitationPending(let who): return "\(p(who)) already has an invitation to this team waiting for an answer"
        case .noInvitationWithThatId: return "the team has no invitation with that id"
        case .alreadyAnswered(let status): return "it was already \(status.rawValue)"
        }
    }

    static func permission(_ denial: PermissionDenial) -> String {
        let who = denial.who
        func facilitators(_ what: String) -> String { "only facilitators \(what); \(who) is not a facilitator" }
        func authorOrLead(_ what: String) -> String {
            "only facilitators, the idea's author and its team lead \(what); \(who) is none of them"
        }
        switch denial.rule {
        case .facilitatorsAddPeople: return facilitators("add people")
        case .facilitatorsMoveIdeas: return facilitators("move ideas between stages")
        case .facilitatorsSchedule: return facilitators("schedule the festival")
        case .facilitatorsRunForums: return facilitators("run forums")
        case .facilitatorsRunWorkshops: return facilitators("run workshops")
        case .facilitatorsRecordSponsors: return facilitators("record sponsors and pledges")
        case .facilitatorsChangeVenues: return facilitators("add and change venues")
        case .facilitatorsChangeFestival: return facilitators("change the festival's settings")
        case .authorOrLeadEditIdea: return authorOrLead("edit an idea")
        case .authorOrLeadCreateTeam: return authorOrLead("create its team")
        case .leadChangesTeam: return "only facilitators and the team's lead change a team; \(who) does not lead this team"
        case .ownIdeasOnly: return "only facilitators add ideas in someone else's name; \(who) may add ideas of their own"
        case .answerInvitation:
            return "only the person invited, the team's lead or a facilitator answer an invitation; \(who) is none of them"
        case .ownMentoring:
            return "only facilitators assign other mentors; \(who) may take a team on or let it go only as its mentor"
        }
    }
}
