/// Every kind of obstacle and change a diagnosis names, and an example of each, so a test
/// can say every one in every language: a new case does not compile until it has a kind
/// and an example.
extension PlacementDiagnosis.Obstacle {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case occupied, personBusy, personTravel, lacksFeature, lacksFeatureFull, lacksFeatureNowhere, tooSmall, closed,
             tooEarly, tooLate
    }

    public var kind: Kind {
        switch self {
        case .occupied: return .occupied
        case .personBusy: return .personBusy
        case .personTravel: return .personTravel
        case .lacksFeature(_, let withIt, let full): return withIt == 0 ? .lacksFeatureNowhere : full == nil ? .lacksFeature : .lacksFeatureFull
        case .tooSmall: return .tooSmall
        case .closed: return .closed
        case .tooEarly: return .tooEarly
        case .tooLate: return .tooLate
        }
    }

    /// An obstacle of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let idea = "Jaunimo debatų klubas", venue = "Santakos pievelė", person = "Goda Adomaitienė"
        switch kind {
        case .occupied: return .occupied(idea: idea, start: ClockTime(14, 30), end: ClockTime(16), changeover: 15)
        case .personBusy:
            return .personBusy(person: person, role: .lead, idea: idea, venue: venue, start: ClockTime(14), end: ClockTime(15))
        case .personTravel:
            return .personTravel(person: person, role: .mentor, idea: idea, venue: venue, start: ClockTime(14), end: ClockTime(15),
                                 travel: 30)
        case .lacksFeature: return .lacksFeature(.sound, withIt: 3, full: nil)
        case .lacksFeatureFull: return .lacksFeature(.sound, withIt: 3, full: .init(from: ClockTime(12), to: ClockTime(18)))
        case .lacksFeatureNowhere: return .lacksFeature(.projector, withIt: 0, full: nil)
        case .tooSmall: return .tooSmall(holds: 60, expects: 150)
        case .closed: return .closed(opens: ClockTime(12), closes: ClockTime(18))
        case .tooEarly: return .tooEarly(earliest: ClockTime(14))
        case .tooLate: return .tooLate(latest: ClockTime(16))
        }
    }
}

extension PlacementDiagnosis.Change {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case none, move, earlierStart, laterEnd, shorterPlan, addFeature
    }

    public var kind: Kind {
        switch self {
        case .none: return .none
        case .move: return .move
        case .earlierStart: return .earlierStart
        case .laterEnd: return .laterEnd
        case .shorterPlan: return .shorterPlan
        case .addFeature: return .addFeature
        }
    }

    /// A change of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let from = PlacementDiagnosis.Place(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(14, 30), end: ClockTime(16))
        let to = PlacementDiagnosis.Place(venueId: "venue-05", venue: "Santakos pievelė", start: ClockTime(16), end: ClockTime(17, 30))
        switch kind {
        case .none: return .none
        case .move: return .move(ideaId: "idea-0042", idea: "Jaunimo debatų klubas", from: from, to: to)
        case .earlierStart: return .earlierStart(earliest: ClockTime(12), was: ClockTime(14))
        case .laterEnd: return .laterEnd(latest: ClockTime(17), was: ClockTime(16))
        case .shorterPlan: return .shorterPlan(minutes: 60, was: 75)
        case .addFeature: return .addFeature(.sound, venueId: "venue-03", venue: "Sporto aikštynas")
        }
    }
}

extension PlacementDiagnosis.Suggestion {
    /// A suggestion with a change of `kind`, placing the idea at a typical place.
    public static func example(of kind: PlacementDiagnosis.Change.Kind) -> Self {
        .init(change: .example(of: kind),
              place: .init(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(14), end: ClockTime(15, 15)))
    }
}
