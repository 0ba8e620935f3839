/// One placement rule an intervention would break, with the data to say it in any
/// language. `PlacementRules.violations` finds them; the screens and the command line
/// say them through their string tables. `english` is kept here for the one place the
/// model writes one itself: a load problem (a file whose slot breaks a rule), which, like
/// every load problem, is in English; the English string table says it the same way.
public enum PlacementProblem: Equatable, Sendable {
    /// The idea has no intervention plan, so its length is unknown.
    case noPlan
    /// The start is not on the festival's grid.
    case offGrid(start: ClockTime, gridMinutes: Int, dayStart: ClockTime)
    /// The planned length is not a whole number of grid steps.
    case lengthOffGrid(minutes: Int, gridMinutes: Int)
    case outsideDay(start: ClockTime, end: ClockTime, dayStart: ClockTime, dayEnd: ClockTime)
    case venueClosed(venue: String, opens: ClockTime, closes: ClockTime)
    case tooSmall(venue: String, holds: Int, expects: Int)
    case missingFeatures(venue: String, features: [VenueFeature])
    /// Before the earliest start the plan asks for.
    case tooEarly(earliest: ClockTime)
    /// After the latest end the plan asks for.
    case tooLate(latest: ClockTime)
    /// Another intervention at the venue overlaps, counting the changeover.
    case clash(idea: String, venue: String, start: ClockTime, end: ClockTime, changeover: Int)
    /// A person of the team is at another intervention at the same time.
    case personBusy(person: String, idea: String, venue: String, start: ClockTime, end: ClockTime)
    /// A person comes from another intervention in another district too late.
    case travelFrom(person: String, idea: String, district: String, until: ClockTime, travel: Int, to: String)
    /// A person must leave for another intervention in another district too early.
    case travelTo(person: String, idea: String, district: String, at: ClockTime, travel: Int, from: String)

    /// Which rule it is, for a short label and for grouping.
    public enum Rule: String, CaseIterable, Sendable {
        case plan, grid, day, hours, capacity, features, window, clash, person, travel
    }

    public var rule: Rule {
        switch self {
        case .noPlan: return .plan
        case .offGrid, .lengthOffGrid: return .grid
        case .outsideDay: return .day
        case .venueClosed: return .hours
        case .tooSmall: return .capacity
        case .missingFeatures: return .features
        case .tooEarly, .tooLate: return .window
        case .clash: return .clash
        case .personBusy: return .person
        case .travelFrom, .travelTo: return .travel
        }
    }

    /// The problem in English, as a load problem says it.
    public var english: String {
        let q = CommandWords.quoted
        switch self {
        case .noPlan:
            return "it has no intervention plan, so its length is unknown"
        case .offGrid(let start, let grid, let dayStart):
            return "\(start.text) is off the \(grid)-minute grid that starts at \(dayStart.text)"
        case .lengthOffGrid(let minutes, let grid):
            return "its planned length, \(minutes) minutes, is not on the \(grid)-minute grid"
        case .outsideDay(let start, let end, let dayStart, let dayEnd):
            return "\(CommandWords.span(start, end)) is outside the festival day, \(CommandWords.span(dayStart, dayEnd))"
        case .venueClosed(let venue, let opens, let closes):
            return "\(venue) is open only \(CommandWords.span(opens, closes))"
        case .tooSmall(let venue, let holds, let expects):
            return "\(venue) holds \(holds) people but the plan expects \(expects)"
        case .missingFeatures(let venue, let features):
            return "\(venue) lacks what the plan needs: \(features.map(\.rawValue).joined(separator: ", "))"
        case .tooEarly(let earliest):
            return "the plan asks to start no earlier than \(earliest.text)"
        case .tooLate(let latest):
            return "the plan asks to end by \(latest.text)"
        case .clash(let idea, let venue, let start, let end, let change):
            let span = CommandWords.span(start, end)
            return change > 0 ? "it would clash with \(q(idea)) at \(venue), \(span), counting \(change) minutes to change over"
                : "it would clash with \(q(idea)) at \(venue), \(span)"
        case .personBusy(let person, let idea, let venue, let start, let end):
            return "\(person) is already at \(q(idea)) (\(venue), \(CommandWords.span(start, end)))"
        case .travelFrom(let person, let idea, let district, let until, let travel, let to):
            return "\(person) is at \(q(idea)) in \(district) until \(until.text) and needs \(travel) minutes to reach \(to)"
        case .travelTo(let person, let idea, let district, let at, let travel, let from):
            return "\(person) must be at \(q(idea)) in \(district) at \(at.text) and needs \(travel) minutes to get there from \(from)"
        }
    }
}
