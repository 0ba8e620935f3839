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
        /// How many times the intervention changed since it was first scheduled (moved,
        /// lengthened, its stage, its venue or the festival's settings changed), from the
        /// log: iCalendar's SEQUENCE, so calendars take a moved intervention.
        public var revision: Int
        /// When it last changed, or was scheduled; nil when the log does not say.
        public var lastModified: Timestamp?

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
    /// The festival's time zone: its offsets date every time.
    public var zone: TimeZoneRules

    public init(_ db: Database, includeContacts: Bool = false, zone: TimeZoneRules = .utc) {
        let f = db.festival
        self.zone = zone
        let changes = ChangeCount(db)
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
            let changed = changes.of(idea)
            return Item(slotId: slot.id, ideaId: idea.id, title: idea.title, summary: idea.summary, sectors: idea.sectors,
                        tags: idea.tags, venue: venue, start: slot.start, end: slot.end,
                        people: ids.compactMap { people[$0]?.name },
                        contact: includeContacts ? people[team?.leadId ?? idea.authorId]?.contact : nil,
                        revision: changed.count, lastModified: changed.last)
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

extension Programme {
    /// "Kiemo scena, Žaliakalnis", or the name alone when it already names its district
    /// ("Parko estrada, Šančiai" is not followed by ", Šančiai" again).
    public static func place(_ venue: Venue) -> String {
        let parts = venue.name.split(separator: ",").map { $0.trimmingSpaces }
        return parts.contains(venue.district) || venue.district.isEmpty ? venue.name : venue.name + ", " + venue.district
    }

    /// The place with the address: where a calendar sends people.
    public static func location(_ venue: Venue) -> String {
        venue.address.isEmpty ? place(venue) : place(venue) + ", " + venue.address
    }

    /// The offset of the festival's time zone at `time` on the festival day: "+03:00".
    func offset(at time: ClockTime) -> TimeZoneRules.Offset { zone.offset(on: day, at: time) }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// The changes of each scheduled intervention since it was first scheduled, read from the
/// log and the idea's history (the same file gives the same numbers, and they only grow):
/// its "schedule" entries (moved, lengthened, pinned, and their undos), each time it was
/// scheduled again, and every "festival" or "venue" entry (a new day or a renamed place).
private struct ChangeCount {
    var ofIdea: [String: [Timestamp]] = [:]
    var everyone: [Timestamp] = []

    init(_ db: Database) {
        for entry in db.log {
            switch entry.kind {
            case "schedule":
                if let id = entry.ideaId { ofIdea[id, default: []].append(entry.at) }
            case "festival", "venue":
                everyone.append(entry.at)
            default:
                break
            }
        }
    }

    /// How many changes after the first scheduling, and the time of the last one (or of
    /// the scheduling itself).
    func of(_ idea: Idea) -> (count: Int, last: Timestamp?) {
        let scheduled = idea.history.filter { $0.to == .scheduled }.map(\.at)
        let own = ofIdea[idea.id] ?? []
        guard let since = scheduled.min() ?? own.min() else { return (0, nil) }
        let changes = own.filter { $0 > since } + scheduled.filter { $0 > since } + everyone.filter { $0 > since }
        return (changes.count, changes.max() ?? since)
    }
}
