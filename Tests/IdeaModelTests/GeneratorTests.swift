import IdeaModel
import Testing

@Suite("Generator")
struct GeneratorTests {
    @Test("same seed, same bytes; another seed, other data")
    func determinism() {
        let a = DatabaseCodec.encode(Generator.database(ideas: 300, seed: 42))
        let b = DatabaseCodec.encode(Generator.database(ideas: 300, seed: 42))
        let c = DatabaseCodec.encode(Generator.database(ideas: 300, seed: 43))
        #expect(a == b)
        #expect(a != c)
        let first = Generator.database(ideas: 300, seed: 42)
        let other = Generator.database(ideas: 300, seed: 43)
        #expect(first.ideas.map(\.title) != other.ideas.map(\.title))
        #expect(first.people.map(\.name) != other.people.map(\.name))
    }

    @Test("valid, round-trips and keeps every gate", arguments: [1, 2, 10, 150, 1000, 5000])
    func validAtSize(_ size: Int) throws {
        let db = Generator.database(ideas: size, seed: UInt64(size) &* 7919)
        #expect(db.ideas.count == size)
        let problems = Validator.problems(in: db)
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description))")
        let violations = gateViolations(db)
        #expect(violations.isEmpty, "\(violations.prefix(10))")
        let bytes = DatabaseCodec.encode(db)
        let decoded = try DatabaseCodec.decode(bytes)
        #expect(decoded == db)
        #expect(DatabaseCodec.encode(decoded) == bytes)
    }

    @Test("dated by any festival day, on the festival's clock", arguments: ["2026-06-20", "2026-11-25", "2031-03-29"])
    func datedByTheFestivalDay(_ text: String) throws {
        let day = try #require(Day(text: text))
        let zone = TestZones.vilnius
        let db = Generator.database(ideas: 400, seed: 9, festivalDay: day, zone: zone)
        #expect(db.festival.day == day && db.festival.title.hasSuffix(String(day.year)))
        #expect(Validator.problems(in: db).isEmpty)
        let violations = gateViolations(db, zone: zone)
        #expect(violations.isEmpty, "\(violations.prefix(10))")
        // Nothing is later than the festival afternoon, and each delivered idea was
        // delivered after its slot ended on the wall clock in Kaunas.
        let snapshot = Generator.snapshot(festivalDay: day, zone: zone)
        #expect(db.log.allSatisfy { $0.at <= snapshot })
        for slot in db.festival.slots {
            guard let idea = db.ideas.first(where: { $0.id == slot.ideaId }), idea.stage == .delivered,
                  let delivered = idea.history.last?.at else { continue }
            #expect(zone.local(delivered).day == day && zone.local(delivered).clock >= slot.end)
        }
    }

    @Test("no ideas still makes a valid database")
    func empty() {
        let db = Generator.database(ideas: 0, seed: 1)
        #expect(db.ideas.isEmpty)
        #expect(Validator.problems(in: db).isEmpty)
        #expect(gateViolations(db).isEmpty)
    }

    @Test("every stage, sector and most districts appear once there are enough ideas")
    func coverage() {
        let db = Generator.database(ideas: 1000, seed: 5)
        let stages = Set(db.ideas.map(\.stage))
        #expect(stages == Set(Stage.allCases))
        #expect(Set(db.ideas.flatMap(\.sectors)) == Set(Sector.allCases))
        #expect(Set(db.ideas.map(\.district)).count == Database.kaunasDistricts.count)
        #expect(Set(db.venues.map(\.district)).count >= 8)
        #expect(Set(db.sponsors.map(\.kind)) == Set(SponsorKind.allCases))
        #expect(db.teams.contains { $0.mentorIds.isEmpty && !$0.openRoles.isEmpty })
    }

    @Test("mentors, teams and venues grow with the number of ideas")
    func scaling() {
        let small = Generator.database(ideas: 200, seed: 9)
        let large = Generator.database(ideas: 5000, seed: 9)
        let mentors = { (db: Database) in db.people.filter { $0.mentor != nil }.count }
        #expect(mentors(small) >= 40)
        #expect(mentors(large) >= 5000 / 25)
        #expect(large.venues.count >= 5000 / 60)
        #expect(large.teams.count > small.teams.count * 10)
        #expect(large.festival.slots.count > small.festival.slots.count)
        #expect(large.forums.count >= 5000 / 20)
    }

    @Test("contact details are fictional: example domains and +370 600 00xxx")
    func fictionalContacts() {
        let db = Generator.database(ideas: 2000, seed: 77)
        let domains = ["example.org", "example.com", "example.lt"]
        var emails: Set<String> = []
        for person in db.people {
            if let email = person.contact?.email {
                let domain = email.split(separator: "@").last.map(String.init) ?? ""
                #expect(domains.contains(domain), "\(email)")
                #expect(emails.insert(email).inserted, "\(email) is used twice")
            }
            if let phone = person.contact?.phone {
                #expect(phone.hasPrefix("+370 600 00") && phone.count == 14, "\(phone)")
            }
        }
        #expect(emails.count > db.people.count / 2)
    }

    @Test("names and texts are Lithuanian and English, with diacritics")
    func language() {
        let db = Generator.sample(zone: TestZones.vilnius)
        let text = (db.ideas.map { $0.title + $0.summary + $0.problem } + db.people.map(\.name)).joined().lowercased()
        for letter in ["ą", "č", "ę", "ė", "į", "š", "ų", "ū", "ž"] {
            let found = text.contains(letter)
            #expect(found, "no \(letter)")
        }
        #expect(db.ideas.contains { $0.title.hasSuffix("in Šančiai") || $0.title.contains(" in ") })
        let female = db.people.filter { $0.name.hasSuffix("ienė") || $0.name.hasSuffix("aitė") || $0.name.hasSuffix("ytė") }
        #expect(female.count > 20)
    }

    @Test("a few morning interventions are delivered, the rest scheduled")
    func festivalStory() {
        let db = Generator.sample(zone: TestZones.vilnius)
        let delivered = db.ideas.filter { $0.stage == .delivered }
        let scheduled = db.ideas.filter { $0.stage == .scheduled }
        #expect(!delivered.isEmpty && delivered.count < scheduled.count)
        #expect(db.festival.slots.contains { $0.pinned })
        #expect(db.people.allSatisfy { !$0.has(.mentor) || ($0.mentor.map { (1...4).contains($0.capacity) } ?? false) })
    }
}
