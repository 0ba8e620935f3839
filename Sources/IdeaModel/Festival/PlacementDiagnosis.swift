/// Why a ready idea is not on the festival grid, said the way a person would fix it: the
/// nearest misses (the venues and times closest to fitting, each with what is in the way)
/// and the single changes that would let it in (another intervention moved, a wider time
/// window, a shorter plan, a feature added to a venue), each checked by the placement
/// rules. Values only: the string tables say them in a language.
public struct PlacementDiagnosis: Equatable, Sendable {
    /// A venue and a span of the festival day.
    public struct Place: Equatable, Sendable {
        public var venueId: String
        public var venue: String
        public var start: ClockTime
        public var end: ClockTime

        public init(venueId: String, venue: String, start: ClockTime, end: ClockTime) {
            self.venueId = venueId
            self.venue = venue
            self.start = start
            self.end = end
        }
    }

    /// What a person is to the team that needs them: its lead, a member or a mentor.
    public enum Role: String, CaseIterable, Equatable, Sendable {
        case lead, member, mentor
    }

    /// One thing in the way of a place. The venue and times of the place are said beside
    /// it, so the venue's own obstacles do not repeat its name.
    public enum Obstacle: Equatable, Sendable {
        /// Another intervention is at the venue then: its span overlaps, or ends or starts
        /// too close for the venue's changeover.
        case occupied(idea: String, start: ClockTime, end: ClockTime, changeover: Int)
        /// One of the team's people is at another intervention at the same time.
        case personBusy(person: String, role: Role, idea: String, venue: String, start: ClockTime, end: ClockTime)
        /// One of the team's people is at another intervention in another district, too
        /// close in time to travel between them.
        case personTravel(person: String, role: Role, idea: String, venue: String, start: ClockTime, end: ClockTime, travel: Int)
        /// The venue lacks a feature the plan needs. `withIt`: how many venues big enough
        /// have it; `full`: set when none of them has a free gap long enough in the span
        /// given (their opening hours within the idea's window and the day).
        case lacksFeature(VenueFeature, withIt: Int, full: Span?)
        /// The venue holds fewer people than the plan expects.
        case tooSmall(holds: Int, expects: Int)
        /// The place runs outside the venue's opening hours.
        case closed(opens: ClockTime, closes: ClockTime)
        /// It would start before the plan's earliest start.
        case tooEarly(earliest: ClockTime)
        /// It would end after the plan's latest end.
        case tooLate(latest: ClockTime)
    }

    /// A span of the day, for what is full when.
    public struct Span: Equatable, Sendable {
        public var from: ClockTime
        public var to: ClockTime

        public init(from: ClockTime, to: ClockTime) {
            self.from = from
            self.to = to
        }
    }

    /// A place close to fitting and everything in its way, the first the one to name.
    public struct NearMiss: Equatable, Sendable {
        public var place: Place
        public var obstacles: [Obstacle]

        public init(place: Place, obstacles: [Obstacle]) {
            self.place = place
            self.obstacles = obstacles
        }
    }

    /// One change that lets the idea in.
    public enum Change: Equatable, Sendable {
        /// Nothing: a place is free as things stand.
        case none
        /// Another intervention moves to a free place of its own (its plan unchanged).
        case move(ideaId: String, idea: String, from: Place, to: Place)
        /// The plan's window starts earlier.
        case earlierStart(earliest: ClockTime, was: ClockTime)
        /// The plan's window ends later.
        case laterEnd(latest: ClockTime, was: ClockTime)
        /// The plan is shorter.
        case shorterPlan(minutes: Int, was: Int)
        /// A venue gets a feature it lacks (one that can be brought: not outdoor or indoor).
        case addFeature(VenueFeature, venueId: String, venue: String)
    }

    /// A change and where the idea then goes.
    public struct Suggestion: Equatable, Sendable {
        public var change: Change
        public var place: Place

        public init(change: Change, place: Place) {
            self.change = change
            self.place = place
        }
    }

    public var ideaId: String
    public var title: String
    /// Why no place fits as things stand (the auto-scheduler's reason); nil when one does.
    public var reason: AutoScheduler.Unplaced?
    /// The places closest to fitting, at most three, each at another venue, nearest first.
    public var misses: [NearMiss]
    /// The single changes that would let it in, best first, at most one of each kind;
    /// empty when no single change does.
    public var suggestions: [Suggestion]

    public init(ideaId: String, title: String, reason: AutoScheduler.Unplaced?, misses: [NearMiss], suggestions: [Suggestion]) {
        self.ideaId = ideaId
        self.title = title
        self.reason = reason
        self.misses = misses
        self.suggestions = suggestions
    }

    /// How many nearest misses a diagnosis names.
    public static let missesShown = 3
}

extension VenueFeature {
    /// Whether a venue can be given the feature for a day (a sound system, a ramp, chairs);
    /// being outdoors or indoors is what the place is.
    public var canBeAdded: Bool { self != .outdoor && self != .indoor }
}

extension PlacementDiagnosis {
    /// The diagnosis of one idea as the database stands.
    public static func of(_ ideaId: String, in db: Database) -> PlacementDiagnosis? {
        Board(db).diagnose(ideaId)
    }

    /// The diagnoses of several ideas, sharing the work of reading the database once.
    public static func of(_ ideaIds: [String], in db: Database) -> [PlacementDiagnosis] {
        let board = Board(db)
        return ideaIds.compactMap { board.diagnose($0) }
    }
}
