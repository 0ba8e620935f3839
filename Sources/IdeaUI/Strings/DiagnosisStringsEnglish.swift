import IdeaModel

/// A placement diagnosis in English.
enum EnglishDiagnosis {
    static let q = EnglishRefusals.quoted

    static func span(_ a: ClockTime, _ b: ClockTime) -> String { a.text + "–" + b.text }

    static func at(_ place: PlacementDiagnosis.Place) -> String { place.venue + " " + span(place.start, place.end) }

    static func who(_ person: String, _ role: PlacementDiagnosis.Role) -> String {
        switch role {
        case .lead: return "its lead " + person
        case .member: return "its team member " + person
        case .mentor: return "its mentor " + person
        }
    }

    static func obstacle(_ obstacle: PlacementDiagnosis.Obstacle, _ place: PlacementDiagnosis.Place) -> String {
        switch obstacle {
        case .occupied(let idea, let start, let end, let change):
            let overlaps = place.start < end && start < place.end
            return "\(q(idea)) is there \(span(start, end))"
                + (overlaps || change == 0 ? "" : ", and the venue needs \(change) minutes to change over")
        case .personBusy(let person, let role, let idea, let venue, let start, let end):
            return "\(who(person, role)) is at \(q(idea)) then (\(venue), \(span(start, end)))"
        case .personTravel(let person, let role, let idea, let venue, let start, let end, let travel):
            return "\(who(person, role)) is at \(q(idea)) (\(venue), \(span(start, end))), and \(travel) minutes' travel between the districts is needed"
        case .lacksFeature(let feature, let withIt, let full):
            let lacking = "it lacks what the plan needs: " + Strings.en.feature(feature)
            if withIt == 0 { return lacking + ", and no venue big enough has that" }
            guard let full else { return lacking + " (\(withIt == 1 ? "1 venue big enough has that" : "\(withIt) venues big enough have that"))" }
            return withIt == 1 ? lacking + "; only 1 venue big enough has that, and from \(full.from.text) to \(full.to.text) it has no free gap long enough"
                : lacking + "; only \(withIt) venues big enough have that, and from \(full.from.text) to \(full.to.text) none has a free gap long enough"
        case .tooSmall(let holds, let expects): return "it holds \(holds) people, the plan expects \(expects)"
        case .closed(let opens, let closes): return "it is open only \(span(opens, closes))"
        case .tooEarly(let earliest): return "the plan asks to start no earlier than \(earliest.text)"
        case .tooLate(let latest): return "the plan asks to end by \(latest.text)"
        }
    }

    static func suggestion(_ suggestion: PlacementDiagnosis.Suggestion) -> String {
        let then = "; then it fits at " + at(suggestion.place)
        switch suggestion.change {
        case .none: return "nothing needs to change: it fits at " + at(suggestion.place)
        case .move(_, let idea, let from, let to): return "move \(q(idea)) from \(at(from)) to \(at(to))" + then
        case .earlierStart(let earliest, let was):
            return "let it start from \(earliest.text) instead of \(was.text) (\(was.minutes - earliest.minutes) minutes earlier)" + then
        case .laterEnd(let latest, let was):
            return "let it end by \(latest.text) instead of \(was.text) (\(latest.minutes - was.minutes) minutes later)" + then
        case .shorterPlan(let minutes, let was):
            return "a plan \(was - minutes) minutes shorter (\(minutes) minutes instead of \(was))" + then
        case .addFeature(let feature, _, let venue): return "give \(venue) what the plan needs: \(Strings.en.feature(feature))" + then
        }
    }
}

extension DiagnosisStrings {
    public static let en = DiagnosisStrings(
        obstacle: EnglishDiagnosis.obstacle,
        suggestion: EnglishDiagnosis.suggestion,
        more: { n in n == 1 ? "and 1 more thing in the way" : "and \(n) more things in the way" },
        noChange: "no single change lets it in",
        fitsNow: "a place is free for it as things stand",
        nearestLabel: "nearest",
        changeLabel: "change",
        title: { title in "Why “\(title)” is not on the grid" },
        missesHeading: "Closest places, and what is in the way",
        changesHeading: "What would let it in (one change is enough)",
        question: { title in "Make this change and place “\(title)”?" },
        pickTitle: "Why is it not on the grid? Choose a ready idea",
        why: "why", whyHelp: "why a ready idea waiting is not on the grid, and one change that lets it in",
        apply: "apply", applyHelp: "make the selected change and place the idea (asks first; facilitators)",
        notWaiting: { title in "“\(title)” no longer waits for a place" },
        note: "The closest places are the venues and times where the fewest things are in the way — another "
            + "intervention there, one of its people elsewhere (or too far to travel), a feature the venue lacks, its "
            + "capacity, its hours, the plan's time window. A change is offered only when it alone lets the idea in, "
            + "checked by the grid's rules: another intervention moved to a free place of its own, a wider time window, "
            + "a plan at most half shorter, a feature brought to a venue (not being outdoors or indoors)."
    )
}
