import IdeaModel

/// The words of a placement diagnosis (why a ready idea is off the grid: the nearest
/// misses, the single change that lets it in) and of its window, for one language. The
/// model's values are phrased here, each switch over every case, so a case added to the
/// model does not compile until both languages say it.
public struct DiagnosisStrings: Sendable {
    /// One thing in the way at a place ("“Jaunimo debatų klubas” is there 14:30–16:00").
    public var obstacle: @Sendable (PlacementDiagnosis.Obstacle, PlacementDiagnosis.Place) -> String
    /// A change and where the idea then goes.
    public var suggestion: @Sendable (PlacementDiagnosis.Suggestion) -> String
    /// "and 2 more things in the way", after the first obstacle of a near miss.
    public var more: @Sendable (Int) -> String
    /// That no single change lets it in.
    public var noChange: String
    /// That a place is free as things stand (no reason to give).
    public var fitsNow: String
    /// The command line's labels before a near miss and a change.
    public var nearestLabel: String
    public var changeLabel: String
    /// The window: its title (with the idea's title), its two parts, the question before a change.
    public var title: @Sendable (String) -> String
    public var missesHeading: String
    public var changesHeading: String
    public var question: @Sendable (String) -> String
    /// The list of ready ideas to choose one from.
    public var pickTitle: String
    /// Keys: the grid's key that opens it, the window's key that makes the change.
    public var why: String
    public var whyHelp: String
    public var apply: String
    public var applyHelp: String
    /// The idea of an open window was placed or moved on meanwhile (by someone else).
    public var notWaiting: @Sendable (String) -> String
    /// What the help says about the window.
    public var note: String

    /// A near miss on one line: the place, then what is in the way (the first thing, and
    /// how many more).
    public func miss(_ miss: PlacementDiagnosis.NearMiss) -> String {
        let place = miss.place.venue + " " + miss.place.start.text + "–" + miss.place.end.text + ": "
        guard let first = miss.obstacles.first else { return place }
        return place + obstacle(first, miss.place) + (miss.obstacles.count > 1 ? "; " + more(miss.obstacles.count - 1) : "")
    }

    public static func of(_ lang: Lang) -> DiagnosisStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
