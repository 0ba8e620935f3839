/// A time zone as the tz database describes it: the moments its offset from UTC
/// changes, and the POSIX rule (from the file's footer) for the moments after the last
/// of them. The model cannot read files: the executable reads the zone's TZif file
/// (`/usr/share/zoneinfo/Europe/Vilnius`) and hands its bytes to `init(name:tzif:)`,
/// so the model stays pure and a test can give it any zone.
public struct TimeZoneRules: Equatable, Sendable {
    /// The offset in force over a span of time.
    public struct Offset: Equatable, Sendable {
        /// Seconds east of UTC: 10_800 for EEST.
        public var seconds: Int
        public var isDST: Bool
        /// "EEST", "EET", "+03".
        public var abbreviation: String

        public init(seconds: Int, isDST: Bool, abbreviation: String) {
            self.seconds = seconds
            self.isDST = isDST
            self.abbreviation = abbreviation
        }

        /// "+03:00".
        public var isoText: String {
            let m = abs(seconds) / 60
            return (seconds < 0 ? "-" : "+") + pad(m / 60, 2) + ":" + pad(m % 60, 2)
        }

        /// "+0300", as iCalendar writes it (with seconds when the offset has them).
        public var compactText: String {
            let s = abs(seconds) % 60
            return isoText.filter { $0 != ":" } + (s == 0 ? "" : pad(s, 2))
        }
    }

    /// A change of offset at a moment.
    public struct Transition: Equatable, Sendable {
        /// Seconds since 1970 UTC.
        public var at: Int
        public var before: Offset
        public var after: Offset
    }

    /// A moment as a clock on the wall there reads it.
    public struct LocalTime: Equatable, Sendable {
        public var day: Day
        /// Seconds since local midnight.
        public var secondOfDay: Int
        public var offset: Offset

        /// Minutes since local midnight, as the festival grid counts them.
        public var clock: ClockTime { ClockTime(minutes: secondOfDay / 60) }
        /// "14:30".
        public var hhmm: String { clock.text }
    }

    /// "Europe/Vilnius", or "UTC".
    public let name: String
    /// Explicit transitions from the file, oldest first.
    let transitions: [Transition]
    /// The offset before the first transition.
    let initial: Offset
    /// The rule for every moment after the last transition, if the file has one.
    let rule: PosixZoneRule?

    public static let utc = TimeZoneRules(name: "UTC", transitions: [],
                                          initial: Offset(seconds: 0, isDST: false, abbreviation: "UTC"), rule: nil)

    /// The festival's own zone: Kaunas.
    public static let festivalZoneName = "Europe/Vilnius"

    init(name: String, transitions: [Transition], initial: Offset, rule: PosixZoneRule?) {
        self.name = name
        self.transitions = transitions
        self.initial = initial
        self.rule = rule
    }

    public var isUTC: Bool { transitions.isEmpty && rule == nil && initial.seconds == 0 }

    // MARK: UTC to local

    /// The offset in force at `seconds` since 1970 UTC.
    public func offset(atSecond seconds: Int) -> Offset {
        if let last = transitions.last, seconds >= last.at {
            return rule?.offset(atSecond: seconds) ?? last.after
        }
        guard let first = transitions.first else { return rule?.offset(atSecond: seconds) ?? initial }
        if seconds < first.at { return initial }
        // The last transition at or before `seconds`.
        var lo = 0, hi = transitions.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if transitions[mid].at <= seconds { lo = mid } else { hi = mid - 1 }
        }
        return transitions[lo].after
    }

    public func offset(at t: Timestamp) -> Offset { offset(atSecond: t.seconds) }

    /// `t` on the wall clock of this zone.
    public func local(_ t: Timestamp) -> LocalTime {
        let off = offset(at: t)
        let localSeconds = t.seconds + off.seconds
        let days = Int((Double(localSeconds) / 86_400).rounded(.down))
        return LocalTime(day: Day(daysSinceEpoch: days), secondOfDay: localSeconds - days * 86_400, offset: off)
    }

    // MARK: Local to UTC

    /// The moment a wall clock here shows `time` on `day`. In the hour skipped in spring
    /// the offset before the change is used; in the hour repeated in autumn, the first.
    public func timestamp(_ day: Day, _ time: ClockTime, second: Int = 0) -> Timestamp {
        let wall = day.daysSinceEpoch * 86_400 + time.minutes * 60 + second
        // The offset a day before is the one in force before any change near this moment.
        let early = offset(atSecond: wall - 86_400).seconds
        let guess = wall - early
        let there = offset(atSecond: guess).seconds
        if there == early { return Timestamp(seconds: guess) }
        // The offset changed near `wall`: take the later reading if it is consistent.
        let later = wall - there
        return Timestamp(seconds: offset(atSecond: later).seconds == there ? later : guess)
    }

    /// The offset of the wall-clock moment `time` on `day`.
    public func offset(on day: Day, at time: ClockTime) -> Offset { offset(at: timestamp(day, time)) }

    // MARK: Transitions

    /// Every change of offset in `[from, to)`, explicit or made by the rule, oldest first.
    public func transitions(from: Int, to: Int) -> [Transition] {
        var out = transitions.filter { $0.at >= from && $0.at < to }
        guard let rule else { return out }
        let after = transitions.last?.at ?? Int.min
        let firstYear = Self.year(ofSecond: max(from, after == Int.min ? from : after) - 86_400)
        let lastYear = Self.year(ofSecond: to + 86_400)
        guard firstYear <= lastYear else { return out }
        for year in firstYear...lastYear {
            for t in rule.transitions(in: year) where t.at > after && t.at >= from && t.at < to {
                out.append(t)
            }
        }
        return out.sorted { $0.at < $1.at }
    }

    static func year(ofSecond seconds: Int) -> Int {
        Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down))).year
    }

    /// The last change of offset at or before `seconds`, if any.
    public func lastTransition(atOrBefore seconds: Int) -> Transition? {
        // The rule repeats every year, so looking two years back always finds one if it has any.
        transitions(from: seconds - 2 * 366 * 86_400, to: seconds + 1).last
            ?? transitions.last { $0.at <= seconds }
    }
}
