/// Every kind of change summary, and an example of each, so a test can say every one in
/// every language: a new case does not compile until it has a kind and an example.
extension ChangeSummary {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case moved, movedBack, setAside, reopened, scheduled, rescheduled, autoScheduled, lengthChanged, addedPerson,
            sharedIdea, editedIdea, planned, createdForum, discussed, addedTrack, plannedWorkshop, attended,
            addedSponsor, pledged, addedVenue, changedVenue, changedFestival, formedTeam, addedMember, removedMember,
            openedRole, closedRole, mentorTook, mentorLeft, enrolled, madeLead, changedRole, invited, answered
    }

    public var kind: Kind {
        switch self {
        case .moved: return .moved
        case .movedBack: return .movedBack
        case .setAside: return .setAside
        case .reopened: return .reopened
        case .scheduled: return .scheduled
        case .rescheduled: return .rescheduled
        case .autoScheduled: return .autoScheduled
        case .lengthChanged: return .lengthChanged
        case .addedPerson: return .addedPerson
        case .sharedIdea: return .sharedIdea
        case .editedIdea: return .editedIdea
        case .planned: return .planned
        case .createdForum: return .createdForum
        case .discussed: return .discussed
        case .addedTrack: return .addedTrack
        case .plannedWorkshop: return .plannedWorkshop
        case .attended: return .attended
        case .addedSponsor: return .addedSponsor
        case .pledged: return .pledged
        case .addedVenue: return .addedVenue
        case .changedVenue: return .changedVenue
        case .changedFestival: return .changedFestival
        case .formedTeam: return .formedTeam
        case .addedMember: return .addedMember
        case .removedMember: return .removedMember
        case .openedRole: return .openedRole
        case .closedRole: return .closedRole
        case .mentorTook: return .mentorTook
        case .mentorLeft: return .mentorLeft
        case .enrolled: return .enrolled
        case .madeLead: return .madeLead
        case .changedRole: return .changedRole
        case .invited: return .invited
        case .answered: return .answered
        }
    }

    /// A summary of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let idea = "Žalias kiemas", jonas = PersonName.known("Jonas Kazlauskas"), ruta = PersonName.known("Rūta Petrauskienė")
        let here = SlotPlace(venue: "Kiemo scena", start: ClockTime(12), end: ClockTime(13))
        let there = SlotPlace(venue: "Mažoji salė", start: ClockTime(10), end: ClockTime(11))
        let day = Day(daysSinceEpoch: 20_575)
        switch kind {
        case .moved: return .moved(idea: idea, from: .shared, to: .refined)
        case .movedBack: return .movedBack(idea: idea, from: .scheduled, to: .ready, tookOff: [here])
        case .setAside: return .setAside(idea: idea, to: .withdrawn, was: .team)
        case .reopened: return .reopened(idea: idea, at: .team, was: .parked)
        case .scheduled: return .scheduled(idea: idea, at: here, district: "Centras", pinned: true)
        case .rescheduled: return .rescheduled(idea: idea, to: here, district: "Centras", pinned: false, was: there)
        case .autoScheduled: return .autoScheduled(count: 7, reflowed: 3)
        case .lengthChanged: return .lengthChanged(idea: idea, minutes: 75, was: 60, at: here)
        case .addedPerson: return .addedPerson("Jonas Kazlauskas")
        case .sharedIdea: return .sharedIdea(title: idea, author: jonas)
        case .editedIdea: return .editedIdea(title: idea, fields: [.title, .fundingNeed, .sectors])
        case .planned: return .planned(idea: idea, minutes: 60, audience: 40, districts: ["Centras", "Šančiai"], features: [.outdoor, .power])
        case .createdForum: return .createdForum(title: "Kiemų forumas", day: day, place: "Kauno menininkų namai")
        case .discussed: return .discussed(idea: idea, forum: "Kiemų forumas")
        case .addedTrack: return .addedTrack(name: "Pavasario programa", stages: 5)
        case .plannedWorkshop: return .plannedWorkshop(stage: "Prototipas", track: "Pavasario programa", day: day, place: "Kauno menų inkubatorius")
        case .attended: return .attended(team: idea, stage: "Prototipas", day: day)
        case .addedSponsor: return .addedSponsor(name: "UAB Kauno duona", kind: .business)
        case .pledged: return .pledged(sponsor: "UAB Kauno duona", amount: 500, inKind: "duona", idea: idea)
        case .addedVenue: return .addedVenue(name: "Kiemo scena", district: "Centras")
        case .changedVenue: return .changedVenue("Kiemo scena")
        case .changedFestival: return .changedFestival
        case .formedTeam: return .formedTeam(idea: idea, lead: jonas)
        case .addedMember: return .addedMember(jonas, team: idea, role: "dizainerė")
        case .removedMember: return .removedMember(jonas, role: "dizainerė", team: idea)
        case .openedRole: return .openedRole(title: "garso technikas", team: idea)
        case .closedRole: return .closedRole(title: "garso technikas", team: idea)
        case .mentorTook: return .mentorTook(ruta, team: idea, load: 2, capacity: 3)
        case .mentorLeft: return .mentorLeft(ruta, team: idea)
        case .enrolled: return .enrolled(team: idea, track: "Pavasario programa", was: "Rudens programa")
        case .madeLead: return .madeLead(jonas, team: idea, was: ruta)
        case .changedRole: return .changedRole(jonas, team: idea, from: "narys", to: "dizaineris")
        case .invited: return .invited(jonas, team: idea, role: "garso technikas")
        case .answered: return .answered(jonas, accepted: true, role: "garso technikas", team: idea)
        }
    }
}
