extension ChangeSummary {
    /// Several changes made as one, in English: each, separated by semicolons.
    public static func english(_ changes: [ChangeSummary]) -> String {
        changes.map(\.english).joined(separator: "; ")
    }

    /// The change in English, as the log records it.
    public var english: String {
        let q = CommandWords.quoted, span = CommandWords.span
        func who(_ name: PersonName) -> String {
            switch name {
            case .known(let name): return name
            case .unknown(let id): return q(id)
            }
        }
        func team(_ title: String) -> String { "the team for " + q(title) }
        func place(_ p: SlotPlace, _ district: String, _ pinned: Bool) -> String {
            "\(p.venue) (\(district)), \(span(p.start, p.end))" + (pinned ? ", pinned" : "")
        }
        switch self {
        case .moved(let idea, let from, let to): return "moved \(q(idea)) from \(from.rawValue) to \(to.rawValue)"
        case .movedBack(let idea, let from, let to, let slots):
            let off = slots.map { "\($0.venue), \(span($0.start, $0.end))" }
            return "moved \(q(idea)) back from \(from.rawValue) to \(to.rawValue)"
                + (off.isEmpty ? "" : " and took it off the festival grid (\(CommandWords.list(off)))")
        case .setAside(let idea, let to, let was): return "\(to == .parked ? "parked" : "withdrew") \(q(idea)) (it was \(was.rawValue))"
        case .reopened(let idea, let at, let was): return "reopened \(q(idea)) at stage \(at.rawValue) (it was \(was.rawValue))"
        case .scheduled(let idea, let at, let district, let pinned): return "scheduled \(q(idea)) at \(place(at, district, pinned))"
        case .rescheduled(let idea, let to, let district, let pinned, let was):
            return "moved \(q(idea)) to \(place(to, district, pinned)) (it was at \(was.venue), \(span(was.start, was.end)))"
        case .autoScheduled(let n, let reflowed):
            return "scheduled \(n) \(n == 1 ? "intervention" : "interventions") automatically"
                + (reflowed.map { " (\($0) unpinned slots placed again)" } ?? "")
        case .lengthChanged(let idea, let minutes, let was, let at):
            return "made \(q(idea)) last \(minutes) minutes instead of \(was): \(at.venue), \(span(at.start, at.end))"
        case .addedPerson(let name): return "added \(name)"
        case .sharedIdea(let title, let author): return "shared the idea \(q(title)) by \(who(author))"
        case .editedIdea(let title, let fields):
            let names = fields.map { $0 == .fundingNeed ? "funding need" : $0.rawValue }
            return "edited \(q(title)): " + (names.isEmpty ? "nothing changed" : "changed the " + CommandWords.list(names))
        case .planned(let idea, let minutes, let audience, let districts, let features):
            var parts = ["\(minutes) minutes", "an audience of \(audience)"]
            if !districts.isEmpty { parts.append("in " + CommandWords.list(districts, "or")) }
            if !features.isEmpty { parts.append("needs " + CommandWords.list(features.map(\.rawValue))) }
            return "planned \(q(idea)): " + parts.joined(separator: ", ")
        case .createdForum(let title, let day, let place): return "created the forum \(q(title)) on \(day.text) at \(place)"
        case .discussed(let idea, let forum): return "\(q(idea)) was discussed at \(q(forum))"
        case .addedTrack(let name, let stages): return "added the workshop track \(q(name)) with \(CommandWords.count(stages, "stage"))"
        case .plannedWorkshop(let stage, let track, let day, let place):
            return "planned the workshop \(q(stage)) of \(q(track)) on \(day.text) at \(place)"
        case .attended(let title, let stage, let day): return "\(team(title)) attended \(q(stage)) on \(day.text)"
        case .addedSponsor(let name, let kind): return "added the \(kind.rawValue) sponsor \(name)"
        case .pledged(let sponsor, let amount, let inKind, let idea):
            let what = [amount.map { "\($0) €" }, inKind.map(q)].compactMap { $0 }
            return "\(sponsor) pledged \(CommandWords.list(what)) to \(q(idea))"
        case .addedVenue(let name, let district): return "added the venue \(name) in \(district)"
        case .changedVenue(let name): return "changed the venue \(name)"
        case .changedFestival: return "changed the festival's settings"
        case .formedTeam(let idea, let lead): return "formed a team for \(q(idea)), led by \(who(lead))"
        case .addedMember(let name, let title, let role): return "added \(who(name)) to \(team(title)) as \(role)"
        case .removedMember(let name, let role, let title): return "removed \(who(name)) (\(role)) from \(team(title))"
        case .openedRole(let role, let title): return "opened the role \(q(role)) in \(team(title))"
        case .closedRole(let role, let title): return "closed the role \(q(role)) in \(team(title))"
        case .mentorTook(let name, let title, let load, let capacity):
            return "\(who(name)) now mentors \(team(title)) (\(load) of \(CommandWords.count(capacity, "team")))"
        case .mentorLeft(let name, let title): return "\(who(name)) no longer mentors \(team(title))"
        case .enrolled(let title, let track, let was):
            return "enrolled \(team(title)) in the workshop track \(q(track))" + (was.map { " (it was in \(q($0)))" } ?? "")
        case .madeLead(let name, let title, let was):
            return "made \(who(name)) the lead of \(team(title)) (\(who(was)) stays as a member)"
        case .changedRole(let name, let title, let from, let to):
            return "changed the role of \(who(name)) in \(team(title)) from \(from) to \(to)"
        case .invited(let name, let title, let role): return "invited \(who(name)) to \(team(title)) as \(q(role))"
        case .answered(let name, let accepted, let role, let title):
            return "\(who(name)) \(accepted ? "accepted" : "declined") the role \(q(role)) in \(team(title))"
        }
    }
}
