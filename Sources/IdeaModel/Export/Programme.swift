/// The festival's public programme: the scheduled interventions in a stable order (by
/// start, then venue name, then title), each with what every export format needs. Only
/// names and public text; contact details are added only when asked for.
public struct Programme: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var slotId: String
        public var ideaId: String
        public var title: String
        public var summary: String
        public var sectors: [Sector]
        public var tags: [String]
        public var venue: Venue
        public var start: ClockTime
        public var end: ClockTime
        /// The lead, then the members, then the mentors, by name.
        public var people: [String]
        /// The lead's e-mail and phone, filled only with contacts included.
        public var contact: Contact?

        public var minutes: Int { end.minutes - start.minutes }
    }

    public var title: String
    public var day: Day
    public var target: Int
    public var gridMinutes: Int
    public var dayStart: ClockTime
    public var dayEnd: ClockTime
    public var items: [Item]
    /// The venues in use, by district then name.
    public var venues: [Venue]

    public init(_ db: Database, includeContacts: Bool = false) {
        let f = db.festival
        title = f.title
        day = f.day
        target = f.target
        gridMinutes = f.gridMinutes
        dayStart = f.dayStart
        dayEnd = f.dayEnd
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let venuesById = Dictionary(db.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(db.teams.map { ($0.ideaId, $0) }, uniquingKeysWith: { a, _ in a })
        items = f.slots.compactMap { slot in
            guard let idea = ideas[slot.ideaId], let venue = venuesById[slot.venueId] else { return nil }
            let team = teams[idea.id]
            let ids = team.map { $0.personIds + $0.mentorIds } ?? [idea.authorId]
            return Item(slotId: slot.id, ideaId: idea.id, title: idea.title, summary: idea.summary, sectors: idea.sectors,
                        tags: idea.tags, venue: venue, start: slot.start, end: slot.end,
                        people: ids.compactMap { people[$0]?.name },
                        contact: includeContacts ? people[team?.leadId ?? idea.authorId]?.contact : nil)
        }.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.venue.name != b.venue.name { return LithuanianOrder.less(a.venue.name, b.venue.name) }
            if a.title != b.title { return LithuanianOrder.less(a.title, b.title) }
            return a.slotId < b.slotId
        }
        var used: [String: Venue] = [:]
        for item in items { used[item.venue.id] = item.venue }
        venues = used.values.sorted { a, b in
            a.district != b.district ? LithuanianOrder.less(a.district, b.district)
                : a.name != b.name ? LithuanianOrder.less(a.name, b.name) : a.id < b.id
        }
    }
}

/// Europe/Vilnius: EET (UTC+2), and EEST (UTC+3) from the last Sunday of March, 03:00,
/// to the last Sunday of October, 04:00 — the EU rule in force since 1996.
public enum VilniusTime {
    /// Minutes east of UTC at a local moment.
    public static func offsetMinutes(on day: Day, at time: ClockTime) -> Int {
        let march = lastSunday(of: 3, in: day.year), october = lastSunday(of: 10, in: day.year)
        let after = day > march || (day == march && time.minutes >= 3 * 60)
        let before = day < october || (day == october && time.minutes < 4 * 60)
        return after && before ? 180 : 120
    }

    /// "+03:00".
    public static func offsetText(on day: Day, at time: ClockTime) -> String {
        let m = offsetMinutes(on: day, at: time)
        return (m < 0 ? "-" : "+") + pad(abs(m) / 60, 2) + ":" + pad(abs(m) % 60, 2)
    }

    static func lastSunday(of month: Int, in year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? Day(daysSinceEpoch: 0)
        // 1970-01-01 was a Thursday: weekday 0 = Monday.
        let weekday = ((last.daysSinceEpoch + 3) % 7 + 7) % 7
        return last.adding(days: -((weekday + 1) % 7))
    }
}
