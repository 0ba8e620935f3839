/// Every kind of attempt a refusal names, and an example of each, so a test can say every
/// one in every language: a new case does not compile until it has a kind and an example.
extension RuleViolation.Attempt {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case unknownIdea, unknownTeam, makeChange, notPermitted, breakSchedule, nothingToChange, makeRoom, undo,
            redo, moveForward, moveTo, moveBack, park, withdraw, reopen, schedule, scheduleAt, autoSchedule,
            setLength, addPerson, shareIdea, editIdea, setPlan, createForum, recordDiscussion, recordDiscussionOf,
            addTrack, planWorkshop, recordAttendance, recordAttendanceOf, addSponsor, recordPledge, recordPledgeOf,
            addVenue, changeVenue, changeFestival, formTeam, addMember, removeMember, openRole, closeRole,
            assignMentor, removeMentor, enroll, enrollIn, makeLead, changeRole, invite, answerInvitation,
            answerInvitationOf
    }

    public var kind: Kind {
        switch self {
        case .unknownIdea: return .unknownIdea
        case .unknownTeam: return .unknownTeam
        case .makeChange: return .makeChange
        case .notPermitted: return .notPermitted
        case .breakSchedule: return .breakSchedule
        case .nothingToChange: return .nothingToChange
        case .makeRoom: return .makeRoom
        case .undo: return .undo
        case .redo: return .redo
        case .moveForward: return .moveForward
        case .moveTo: return .moveTo
        case .moveBack: return .moveBack
        case .park: return .park
        case .withdraw: return .withdraw
        case .reopen: return .reopen
        case .schedule: return .schedule
        case .scheduleAt: return .scheduleAt
        case .autoSchedule: return .autoSchedule
        case .setLength: return .setLength
        case .addPerson: return .addPerson
        case .shareIdea: return .shareIdea
        case .editIdea: return .editIdea
        case .setPlan: return .setPlan
        case .createForum: return .createForum
        case .recordDiscussion: return .recordDiscussion
        case .recordDiscussionOf: return .recordDiscussionOf
        case .addTrack: return .addTrack
        case .planWorkshop: return .planWorkshop
        case .recordAttendance: return .recordAttendance
        case .recordAttendanceOf: return .recordAttendanceOf
        case .addSponsor: return .addSponsor
        case .recordPledge: return .recordPledge
        case .recordPledgeOf: return .recordPledgeOf
        case .addVenue: return .addVenue
        case .changeVenue: return .changeVenue
        case .changeFestival: return .changeFestival
        case .formTeam: return .formTeam
        case .addMember: return .addMember
        case .removeMember: return .removeMember
        case .openRole: return .openRole
        case .closeRole: return .closeRole
        case .assignMentor: return .assignMentor
        case .removeMentor: return .removeMentor
        case .enroll: return .enroll
        case .enrollIn: return .enrollIn
        case .makeLead: return .makeLead
        case .changeRole: return .changeRole
        case .invite: return .invite
        case .answerInvitation: return .answerInvitation
        case .answerInvitationOf: return .answerInvitationOf
        }
    }

    /// An attempt of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let idea = "Žalias kiemas", team = "Žalias kiemas", jonas = PersonName.known("Jonas Kazlauskas")
        switch kind {
        case .unknownIdea: return .unknownIdea(.move, id: "idea-0999")
        case .unknownTeam: return .unknownTeam(.invite, id: "team-0999")
        case .makeChange: return .makeChange
        case .notPermitted: return .notPermitted
        case .breakSchedule: return .breakSchedule
        case .nothingToChange: return .nothingToChange
        case .makeRoom: return .makeRoom
        case .undo: return .undo([.moved(idea: idea, from: .shared, to: .refined)])
        case .redo: return .redo([.discussed(idea: idea, forum: "Kiemų forumas")])
        case .moveForward: return .moveForward(idea: idea)
        case .moveTo: return .moveTo(idea: idea, .mentored)
        case .moveBack: return .moveBack(idea: idea)
        case .park: return .park(idea: idea)
        case .withdraw: return .withdraw(idea: idea)
        case .reopen: return .reopen(idea: idea)
        case .schedule: return .schedule(idea: idea)
        case .scheduleAt: return .scheduleAt(idea: idea, venue: "Kiemo scena", start: ClockTime(12))
        case .autoSchedule: return .autoSchedule
        case .setLength: return .setLength(idea: idea, minutes: 75)
        case .addPerson: return .addPerson("Jonas Kazlauskas")
        case .shareIdea: return .shareIdea(idea)
        case .editIdea: return .editIdea(idea)
        case .setPlan: return .setPlan(idea: idea)
        case .createForum: return .createForum("Kiemų forumas")
        case .recordDiscussion: return .recordDiscussion
        case .recordDiscussionOf: return .recordDiscussionOf(idea: idea, forum: "Kiemų forumas")
        case .addTrack: return .addTrack("Pavasario programa")
        case .planWorkshop: return .planWorkshop
        case .recordAttendance: return .recordAttendance
        case .recordAttendanceOf: return .recordAttendanceOf(team: team, stage: "Prototipas", day: Day(daysSinceEpoch: 20_500))
        case .addSponsor: return .addSponsor
        case .recordPledge: return .recordPledge
        case .recordPledgeOf: return .recordPledgeOf(sponsor: "UAB Kauno duona", idea: idea)
        case .addVenue: return .addVenue("Kiemo scena")
        case .changeVenue: return .changeVenue("Kiemo scena")
        case .changeFestival: return .changeFestival
        case .formTeam: return .formTeam(idea: idea)
        case .addMember: return .addMember(jonas, team: team)
        case .removeMember: return .removeMember(jonas, team: team)
        case .openRole: return .openRole(team: team)
        case .closeRole: return .closeRole(id: "role-02", team: team)
        case .assignMentor: return .assignMentor(jonas, team: team)
        case .removeMentor: return .removeMentor(jonas, team: team)
        case .enroll: return .enroll(team: team)
        case .enrollIn: return .enrollIn(team: team, track: "Pavasario programa")
        case .makeLead: return .makeLead(jonas, team: team)
        case .changeRole: return .changeRole(jonas, team: team)
        case .invite: return .invite(.unknown(id: "person-0999"), team: team)
        case .answerInvitation: return .answerInvitation(id: "inv-07", team: team)
        case .answerInvitationOf: return .answerInvitationOf(jonas, team: team)
        }
    }
}
