import IdeaModel

/// The words of the forms and the actions menu, for one language.
public struct FormStrings: Sendable {
    public var required: String
    public var chooseOne: String
    public var chooseAtLeastOne: String
    public var dateLike: String
    public var timeLike: String
    public var actionsTitle: String
    public var actions: String
    public var actionsHelp: String
    public var noActions: String
    public var actPlan: String
    public var actDiscussion: String
    public var actNewForum: String
    public var actCreateTeam: String
    public var actAddMember: String
    public var actRemoveMember: String
    public var actOpenRole: String
    public var actRemoveRole: String
    public var actAssignMentor: String
    public var actRemoveMentor: String
    public var actEnroll: String
    public var actAttendance: String
    public var actNewSession: String
    public var actNewSponsor: String
    public var actPledge: String
    public var actEditIdea: String
    public var actMove: String
    public var fDuration: String
    public var fAudience: String
    public var fFeatures: String
    public var fDistricts: String
    public var fEarliest: String
    public var fLatest: String
    public var fForum: String
    public var fIdea: String
    public var fOutcome: String
    public var fTitle: String
    public var fDate: String
    public var fPlace: String
    public var fHosts: String
    public var fLead: String
    public var fPerson: String
    public var fRole: String
    public var fSkills: String
    public var fSectors: String
    public var fMentor: String
    public var fTrack: String
    public var fSession: String
    public var fTeam: String
    public var fStage: String
    public var fName: String
    public var fKind: String
    public var fSponsor: String
    public var fAmount: String
    public var fInKind: String
    public var moneyOrKind: String
    public var defaultRole: String
    public var notLaterThanStart: String
    public var actInvite: @Sendable (String) -> String
    public var actSetLead: String
    public var actMemberRole: String
    public var actAccept: @Sendable (String, String) -> String
    public var actDecline: @Sendable (String, String) -> String
    public var candidateReason: @Sendable (Recruitment.Candidate, Strings) -> String
    public var invitationsTitle: String
    public var invitationStatus: @Sendable (InvitationStatus) -> String
    public var noCandidates: String
    public var wholeNumberFrom: @Sendable (Int) -> String
    public var titled: @Sendable (String, String) -> String
    public var mentorLoad: @Sendable (Int, Int) -> String
    public var sponsorKind: @Sendable (SponsorKind) -> String

    public static func of(_ lang: Lang) -> FormStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
