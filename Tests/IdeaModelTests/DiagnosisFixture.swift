@testable import IdeaModel

/// Small festivals built for one obstacle or one change at a time: a day of 10:00–14:00
/// on a 15-minute grid (15 minutes to change over, 30 to travel between districts),
/// venues given per test, and ideas each with a team of their own people.
struct DiagnosisFixture {
    var db: Database
    static let facilitator = "person-0001"
    static let day = Day(year: 2026, month: 6, day: 20) ?? Day(daysSinceEpoch: 0)
    static let context = CommandContext(actor: facilitator, now: Timestamp(day: Day(year: 2026, month: 5, day: 14) ?? day, hour: 9),
                                        today: Day(year: 2026, month: 5, day: 14) ?? day)

    init(_ venues: [Venue], dayEnd: ClockTime = ClockTime(14)) {
        let people = [Person(id: Self.facilitator, name: "Aistė Vaitkutė", roles: [.facilitator])]
            + (2...20).map { Person(id: "person-\($0)", name: Self.names[($0 - 2) % Self.names.count], roles: [.talent, .mentor],
                                   mentor: MentorProfile(expertise: ["renginiai"], capacity: 3)) }
        db = Database(districts: ["Centras", "Šančiai", "Žaliakalnis"], people: people, venues: venues,
                      festival: Festival(title: "100 in 1 day", day: Self.day, dayStart: ClockTime(10), dayEnd: dayEnd))
    }

    static let names = ["Goda Adomaitienė", "Jonas Kazlauskas", "Eglė Žukauskaitė", "Mantas Paulauskas", "Ieva Urbonaitė",
                        "Tomas Jankauskas", "Rūta Petrauskienė", "Lukas Butkus", "Ugnė Kavaliauskaitė", "Dovydas Rimkus"]

    static func venue(_ n: Int, _ district: String = "Centras", capacity: Int = 100, features: [VenueFeature] = [],
                      opens: ClockTime = ClockTime(10), closes: ClockTime = ClockTime(14)) -> Venue {
        Venue(id: "venue-0\(n)", name: ["Kiemo scena", "Santakos pievelė", "Sporto aikštynas", "Mažoji salė"][(n - 1) % 4],
              district: district, address: "", capacity: capacity, features: features, opens: opens, closes: closes)
    }

    /// A ready idea with a plan and a team (lead first, then members; `mentors` too).
    @discardableResult
    mutating func ready(_ n: Int, _ title: String, _ plan: InterventionPlan, team: [Int], mentors: [Int] = []) -> String {
        let id = "idea-000\(n)"
        db.ideas.append(Idea(id: id, title: title, authorId: "person-\(team[0])", sectors: [.cultural], district: "Centras",
                             stage: .ready, createdAt: Timestamp(seconds: 0), plan: plan))
        db.teams.append(Team(id: "team-000\(n)", ideaId: id, leadId: "person-\(team[0])",
                             members: team.dropFirst().map { Member(personId: "person-\($0)", role: "narys") },
                             mentorIds: mentors.map { "person-\($0)" }))
        return id
    }

    /// A scheduled idea at a venue and start (its slot as long as its plan).
    @discardableResult
    mutating func scheduled(_ n: Int, _ title: String, _ plan: InterventionPlan, team: [Int], mentors: [Int] = [],
                            at venue: Int, _ start: ClockTime, pinned: Bool = false) -> String {
        let id = ready(n, title, plan, team: team, mentors: mentors)
        db.ideas[db.ideas.count - 1].stage = .scheduled
        db.festival.slots.append(Slot(id: "slot-000\(n)", ideaId: id, venueId: "venue-0\(venue)", start: start,
                                      end: ClockTime(minutes: start.minutes + plan.durationMinutes), pinned: pinned))
        return id
    }

    static func plan(_ minutes: Int, audience: Int = 30, features: [VenueFeature] = [], districts: [String] = [],
                     earliest: ClockTime? = nil, latest: ClockTime? = nil) -> InterventionPlan {
        InterventionPlan(durationMinutes: minutes, features: features, audience: audience, districts: districts,
                         earliest: earliest, latest: latest)
    }

    /// The suggestion's commands made one after the other by a facilitator, as the app
    /// makes them (all or none): the database after, or the refusal.
    func applying(_ suggestion: PlacementDiagnosis.Suggestion, placing ideaId: String) throws(RuleViolation) -> Database {
        var out = db
        let commands = suggestion.commands(placing: ideaId, in: db)
        guard !commands.isEmpty else { throw RuleViolation(.makeChange, reasons: []) }
        for command in commands { try out.apply(command, context: Self.context) }
        return out
    }
}
