/// Builds realistic, obviously fictional databases of any size. The same size and seed
/// always give the same database, byte for byte once encoded: no clock and no system
/// random source is involved, only `SplitMix64` seeded with `seed`.
///
/// Every record is consistent with the stage gates: an idea at a stage has what each
/// forward move up to that stage asks for (a forum discussion, a team, mentors within
/// their capacity, the workshop track, a plan, a conflict-free slot).
public enum Generator {
    /// Seed and size of the committed sample `ideas.db.json` (also `idea-tui generate`'s defaults).
    public static let sampleSeed: UInt64 = 2027
    public static let sampleIdeas = 180

    /// The festival day of the committed sample: a Saturday already past, so that a
    /// change made today is the newest thing in it (`idea-tui generate` dates a new
    /// database by the day it runs instead).
    public static let sampleFestivalDay = fixedDay(2026, 6, 20)
    /// The time of day the generated data describes, on the festival's clock.
    static let snapshotClock = ClockTime(13)

    /// The moment a database generated for `festivalDay` describes: that day at 13:00 in
    /// `zone`. No timestamp in it is later; slots that end by then are delivered.
    public static func snapshot(festivalDay: Day = sampleFestivalDay, zone: TimeZoneRules) -> Timestamp {
        zone.timestamp(festivalDay, snapshotClock)
    }

    /// A database with `ideas` ideas (0 or more) and everything around them, dated
    /// relative to `festivalDay` (the season runs the nine months before it) with every
    /// moment a wall-clock time in `zone`, the festival's time zone.
    public static func database(ideas: Int, seed: UInt64, festivalDay: Day = sampleFestivalDay,
                                zone: TimeZoneRules = .utc) -> Database {
        var builder = GeneratorBuilder(ideaCount: max(0, ideas), seed: seed, festivalDay: festivalDay, zone: zone)
        return builder.build()
    }

    /// The sample the app opens by default; `zone` is Europe/Vilnius from the tz database.
    public static func sample(zone: TimeZoneRules) -> Database {
        database(ideas: sampleIdeas, seed: sampleSeed, festivalDay: sampleFestivalDay, zone: zone)
    }

    static func fixedDay(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0)
    }
}

/// The plan for one idea before its records are written.
struct Draft {
    var stage: Stage
    /// The furthest pipeline stage reached; for parked and withdrawn ideas, the stage left.
    var reach: Stage
    var wantsSlot = false
    var morning = false
    var created: Timestamp
    var lithuanian = true
    var concept = 0
    /// Forward moves up to `reach`, oldest first.
    var moves: [(to: Stage, at: Timestamp)] = []
    var forum: Int?
    var round: Int?
    /// Workshop stages attended (a prefix of the track).
    var attended = 0
    var team: Int?
    var slot: Slot?
}

struct GeneratorBuilder {
    let n: Int
    let seed: UInt64
    let width: Int
    var people: [Person] = []
    /// How many addresses each "first.last" already has; later ones get ".2", ".3", ….
    var emailUses: [String: Int] = [:]
    var facilitators: [String] = []
    var mentors: [Int] = []
    var venues: [Venue] = []
    var forumDays: [Day] = []
    var roundStarts: [Day] = []
    var drafts: [Draft] = []
    var ideas: [Idea] = []
    var teams: [Team] = []
    /// For each team, the index of its idea.
    var teamIdea: [Int] = []
    var target = 100
    /// The festival's rules (grid, changeover, travel, mentors per team): the defaults.
    let rules: Festival
    let festivalDay: Day
    /// Every moment is chosen as a wall-clock time there.
    let zone: TimeZoneRules
    /// The season, counted in days before the festival (a Saturday in June for the sample).
    let seasonStart, firstForum, lastForum, firstRound, lastRound, lastPark: Day
    static let track = WorkshopTrack.standard
    static let snapshotClock = Generator.snapshotClock

    init(ideaCount: Int, seed: UInt64, festivalDay: Day, zone: TimeZoneRules) {
        n = ideaCount
        self.seed = seed
        width = max(4, String(ideaCount).count)
        self.festivalDay = festivalDay
        self.zone = zone
        rules = Festival(title: "100 in 1 day — Kaunas \(festivalDay.year)", day: festivalDay)
        seasonStart = festivalDay.adding(days: -291)
        firstForum = festivalDay.adding(days: -282)
        lastForum = festivalDay.adding(days: -14)
        firstRound = festivalDay.adding(days: -257)
        lastRound = festivalDay.adding(days: -47)
        lastPark = festivalDay.adding(days: -4)
    }

    /// The moment the data describes (see `Generator.snapshot`).
    var snapshot: Timestamp { zone.timestamp(festivalDay, Self.snapshotClock) }

    func dice(_ part: UInt64) -> Dice { Dice(seed: seed).fork(part) }

    func id(_ prefix: String, _ number: Int, width w: Int? = nil) -> String {
        prefix + "-" + pad(number, w ?? width)
    }

    mutating func build() -> Database {
        planDrafts()
        var timelineDice = dice(2)
        for i in drafts.indices {
            // Taken out and put back: passing `&drafts[i]` to a method of self would copy every draft each time.
            var draft = drafts[i]
            timeline(&draft, &timelineDice)
            drafts[i] = draft
        }
        makeStaff()
        makeVenues()
        makeIdeasAndTeams()
        assignMentors()
        makePlans()
        placeSlots()
        finishHistories()
        let forums = makeForums()
        let sessions = makeSessions()
        let sponsors = makeSponsors()
        let log = makeLog()
        let slots = drafts.compactMap(\.slot).sorted { ($0.start, $0.venueId, $0.ideaId) < ($1.start, $1.venueId, $1.ideaId) }
        var numbered: [Slot] = []
        var pinDice = dice(12)
        for (i, var slot) in slots.enumerated() {
            slot.id = id("slot", i + 1)
            slot.pinned = pinDice.chance(0.2)
            numbered.append(slot)
        }
        var festival = rules
        festival.target = target
        festival.slots = numbered
        var db = Database(districts: Database.kaunasDistricts, people: people, ideas: ideas, teams: teams, forums: forums,
                          tracks: [Self.track], sessions: sessions, sponsors: sponsors, venues: venues,
                          festival: festival, log: log)
        inviteToOpenRoles(&db)
        giveMentorsDistricts(&db)
        return db
    }

    /// Most mentors name one or two districts they like to work in (own dice, as above).
    func giveMentorsDistricts(_ db: inout Database) {
        var d = dice(14)
        for i in db.people.indices where db.people[i].mentor != nil {
            guard d.chance(0.7) else { continue }
            var districts: [String] = []
            for _ in 0..<d.int(1...2) {
                let name = d.pick(db.districts)
                if !districts.contains(name) { districts.append(name) }
            }
            db.people[i].mentor?.districts = districts
        }
    }

    /// About a third of the teams with an open role have asked the best-fitting person
    /// in the last two weeks and wait for the answer (its own dice, so adding this did
    /// not change anything else the generator makes).
    func inviteToOpenRoles(_ db: inout Database) {
        var d = dice(13)
        let teamsOf = Recruitment.teamCounts(db)
        let byId = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Talents are asked; among 50 of them drawn at random the best fit, so a large
        // database is as quick to make as a small one.
        let talents = db.people.filter { $0.has(.talent) }
        for t in db.teams.indices {
            let team = db.teams[t]
            guard let role = team.openRoles.first, d.chance(0.35), !talents.isEmpty else { continue }
            let sample = talents.count <= 50 ? talents : (0..<50).map { _ in d.pick(talents) }
            guard let best = Recruitment.rank(sample, for: role, in: team, teamsOf: teamsOf,
                                              sectorsOf: { byId[$0]?.sectors ?? [] }).first else { continue }
            let day = festivalDay.adding(days: -d.int(1...14))
            db.teams[t].invitations.append(Invitation(id: "inv-01", roleId: role.id, roleTitle: role.title,
                                                      personId: best.person.id, invitedBy: team.leadId,
                                                      at: at(day, &d)))
        }
    }
}
