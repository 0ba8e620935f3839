/// What a command did, as a value: the idea moved and the stages, the mentor and the team
/// and their load. The log keeps it in English (`english`, the file's record, which does
/// not change with the reader); the screens and the command line say it in their own
/// language when they report a change live ("saved: …", "undone: …").
public enum ChangeSummary: Equatable, Sendable {
    // The pipeline and the festival grid.
    case moved(idea: String, from: Stage, to: Stage)
    /// Moved back; a scheduled idea's slots taken off the grid with it.
    case movedBack(idea: String, from: Stage, to: Stage, tookOff: [SlotPlace])
    /// Parked or withdrawn (`to`), from the stage it was in.
    case setAside(idea: String, to: Stage, was: Stage)
    case reopened(idea: String, at: Stage, was: Stage)
    case scheduled(idea: String, at: SlotPlace, district: String, pinned: Bool)
    case rescheduled(idea: String, to: SlotPlace, district: String, pinned: Bool, was: SlotPlace)
    /// Placed `count` automatically; with a reflow, how many unpinned slots were placed again.
    case autoScheduled(count: Int, reflowed: Int?)
    case lengthChanged(idea: String, minutes: Int, was: Int, at: SlotPlace)

    // Records.
    case addedPerson(String)
    case sharedIdea(title: String, author: PersonName)
    /// The fields that changed (none: saved as it was).
    case editedIdea(title: String, fields: [IdeaField])
    case planned(idea: String, minutes: Int, audience: Int, districts: [String], features: [VenueFeature])
    case createdForum(title: String, day: Day, place: String)
    case discussed(idea: String, forum: String)
    case addedTrack(name: String, stages: Int)
    case plannedWorkshop(stage: String, track: String, day: Day, place: String)
    /// A team (by its idea's title) attended a workshop stage.
    case attended(team: String, stage: String, day: Day)
    case addedSponsor(name: String, kind: SponsorKind)
    case pledged(sponsor: String, amount: Int?, inKind: String?, idea: String)
    case addedVenue(name: String, district: String)
    case changedVenue(String)
    case changedFestival

    // Teams (a team by its idea's title).
    case formedTeam(idea: String, lead: PersonName)
    case addedMember(PersonName, team: String, role: String)
    case removedMember(PersonName, role: String, team: String)
    case openedRole(title: String, team: String)
    case closedRole(title: String, team: String)
    /// A mentor took the team on: now `load` of `capacity` teams.
    case mentorTook(PersonName, team: String, load: Int, capacity: Int)
    case mentorLeft(PersonName, team: String)
    /// Enrolled in a track; the one it was in before, if any.
    case enrolled(team: String, track: String, was: String?)
    /// The new lead, and the old one, who stays as a member.
    case madeLead(PersonName, team: String, was: PersonName)
    case changedRole(PersonName, team: String, from: String, to: String)
    case invited(PersonName, team: String, role: String)
    case answered(PersonName, accepted: Bool, role: String, team: String)

    /// A field of an idea that an edit can change.
    public enum IdeaField: String, CaseIterable, Equatable, Sendable {
        case title, summary, problem, impact, author, sectors, district, tags, fundingNeed
    }
}
