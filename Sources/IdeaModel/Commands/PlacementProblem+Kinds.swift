/// Every kind of placement problem, and an example of each, so a test can say every one in
/// every language: a new case does not compile until it has a kind and an example.
extension PlacementProblem {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case noPlan, offGrid, lengthOffGrid, outsideDay, venueClosed, tooSmall, missingFeatures, tooEarly, tooLate,
            clash, personBusy, travelFrom, travelTo
    }

    public var kind: Kind {
        switch self {
        case .noPlan: return .noPlan
        case .offGrid: return .offGrid
        case .lengthOffGrid: return .lengthOffGrid
        case .outsideDay: return .outsideDay
        case .venueClosed: return .venueClosed
        case .tooSmall: return .tooSmall
        case .missingFeatures: return .missingFeatures
        case .tooEarly: return .tooEarly
        case .tooLate: return .tooLate
        case .clash: return .clash
        case .personBusy: return .personBusy
        case .travelFrom: return .travelFrom
        case .travelTo: return .travelTo
        }
    }

    /// A problem of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let t = ClockTime(12), u = ClockTime(13), venue = "Kiemo scena", idea = "Tylos valanda"
        switch kind {
        case .noPlan: return .noPlan
        case .offGrid: return .offGrid(start: ClockTime(minutes: 12 * 60 + 5), gridMinutes: 15, dayStart: ClockTime(10))
        case .lengthOffGrid: return .lengthOffGrid(minutes: 50, gridMinutes: 15)
        case .outsideDay: return .outsideDay(start: ClockTime(21), end: ClockTime(23), dayStart: ClockTime(10), dayEnd: ClockTime(22))
        case .venueClosed: return .venueClosed(venue: venue, opens: ClockTime(14), closes: ClockTime(20))
        case .tooSmall: return .tooSmall(venue: venue, holds: 20, expects: 41)
        case .missingFeatures: return .missingFeatures(venue: venue, features: [.accessible, .power])
        case .tooEarly: return .tooEarly(earliest: u)
        case .tooLate: return .tooLate(latest: u)
        case .clash: return .clash(idea: idea, venue: venue, start: t, end: u, changeover: 15)
        case .personBusy: return .personBusy(person: "Rūta Petrauskienė", idea: idea, venue: venue, start: t, end: u)
        case .travelFrom: return .travelFrom(person: "Rūta Petrauskienė", idea: idea, district: "Šančiai", until: t, travel: 30, to: "Centras")
        case .travelTo: return .travelTo(person: "Rūta Petrauskienė", idea: idea, district: "Šančiai", at: u, travel: 30, from: "Centras")
        }
    }
}
