import Foundation
import Testing
@testable import IdeaModel

/// The save encoder (`DatabaseEncoder`) writes exactly what `DatabaseCodec.encode` writes,
/// whatever it kept from the databases it wrote before: generated databases of several
/// sizes and seeds, changed by random commands and by random edits of their records
/// (added, removed, moved, odd text), sometimes an older version again, each compared
/// byte for byte after every change; and the same through the real `EditSession` saves,
/// with another program saving in between and undo.
@Suite struct SaveEncoderTests {
    @Test(arguments: [(0, 1 as UInt64), (12, 2), (180, 3), (180, 4), (1000, 5)])
    func matchesTheCodecAfterEveryChange(ideas: Int, seed: UInt64) {
        var db = ideas == 0 ? Fx.base() : Generator.database(ideas: ideas, seed: seed)
        var changes = RandomChanges(seed: seed)
        var encoder = DatabaseEncoder()
        var history = [db]
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
        for step in 0..<(ideas >= 1000 ? 25 : 60) {
            if step % 3 == 0 { changes.edit(&db) } else { changes.command(&db) }
            history.append(db)
            // Now and then a version written before comes back (undo, another's save read in).
            let written = step % 7 == 6 ? history[changes.draw(history.count)] : db
            let bytes = encoder.encode(written)
            #expect(bytes == DatabaseCodec.encode(written), "step \(step)")
            if bytes != DatabaseCodec.encode(written) { return }
        }
    }

    @Test func knowsEveryKeyTheCodecWrites() {
        guard case .object(let top) = DatabaseCodec.json(Fx.base()) else {
            Issue.record("not an object")
            return
        }
        #expect(Set(top.keys) == Set(DatabaseEncoder.keys.map(\.rawValue)))
        #expect(DatabaseEncoder.keys.count == top.count)
    }

    @Test func emptyListsAndOddTextAreWrittenAsTheCodecDoes() {
        var db = Fx.base()
        var encoder = DatabaseEncoder()
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
        db.people[0].name = "quote \" backslash \\ newline \n tab \t bell \u{07} delete \u{7F} Ąžuolas 🌳"
        db.districts = []
        db.venues = []
        db.tracks = []
        db.festival.slots = [Slot(id: "slot-1", ideaId: "idea-x", venueId: "venue-x", start: ClockTime(10), end: ClockTime(11))]
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
        db.people = []
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
        #expect(encoder.encode(Fx.base()) == DatabaseCodec.encode(Fx.base()))
    }

    @Test func recordsWithTheSameIdTwiceAreWrittenAsTheyAre() {
        var db = Fx.base()
        var encoder = DatabaseEncoder()
        _ = encoder.encode(db)
        var twin = db.people[1]
        twin.name = "Another with the same id"
        db.people.insert(twin, at: 0)
        db.people.append(db.people[1])
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
        db.people.swapAt(0, 1)
        #expect(encoder.encode(db) == DatabaseCodec.encode(db))
    }

    /// Through the real saves: the file holds exactly what the codec writes for the
    /// session's database after every change, merge and undo.
    @Test(arguments: [7 as UInt64, 8])
    func everySaveWritesWhatTheCodecWrites(seed: UInt64) throws {
        let file = DatabaseFile(path: StoreFixtures.tempDir() + "/ideas.db.json")
        try file.save(Generator.database(ideas: 60, seed: seed), expected: nil)
        var session = try EditSession.open(file)
        // Every other step prepared as the app does after a save (a spare file made
        // ahead, of the size then), so saves go both ways.
        session.prepareSaving(for: file)
        var changes = RandomChanges(seed: seed)
        var saved = 0
        for step in 0..<40 {
            if step % 5 == 4 {
                // Another program saves meanwhile.
                var (theirs, stamp) = try file.load()
                changes.command(&theirs)
                try file.save(theirs, expected: stamp)
            }
            let context = changes.context(in: session.database)
            let outcome: EditSession.Outcome?
            if step % 6 == 5, session.canUndo {
                outcome = try? session.undo(context: context, store: file)
            } else if let command = changes.nextCommand(in: session.database) {
                outcome = try? session.apply(command, context: context, store: file)
            } else {
                outcome = nil
            }
            if step % 2 == 1 { session.prepareSaving(for: file) }
            if case .saved? = outcome {
                saved += 1
                #expect(try file.readBytes() == DatabaseCodec.encode(session.database), "step \(step)")
            } else {
                // Refused or clashing: the file keeps what is there; the session reads it in.
                _ = try session.reloadIfChanged(file)
            }
        }
        #expect(saved > 10)
    }
}

/// Random changes to a database: commands as people make them (refused ones change
/// nothing), and edits of records a command never makes (records removed, moved,
/// duplicated, odd text), which the encoder must write as the codec does all the same.
struct RandomChanges {
    var random: SplitMix64
    var made = 0

    init(seed: UInt64) { random = SplitMix64(seed: seed &* 7919 &+ 1) }

    mutating func draw(_ n: Int) -> Int { Int(random.next() % UInt64(max(n, 1))) }

    mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[draw(items.count)] }

    static let texts = ["Žalias kiemas", "Quote \" and \\ slash", "Two\nlines\tand a tab", "Ąčęėįšųūž 🌳", "", "x"]

    mutating func text() -> String { Self.texts[draw(Self.texts.count)] + " \(made)" }

    func context(in db: Database) -> CommandContext {
        let actor = db.people.first { $0.roles.contains(.facilitator) }?.id ?? Fx.facilitator
        return Fx.context(on: db.festival.day.adding(days: -30), actor: actor)
    }

    /// Applies a random command when it is allowed; true when it was.
    @discardableResult
    mutating func command(_ db: inout Database) -> Bool {
        guard let command = nextCommand(in: db) else { return false }
        return (try? db.apply(command, context: context(in: db))) != nil
    }

    /// A random command for `db`; it may break a rule (then it is refused).
    mutating func nextCommand(in db: Database) -> Command? {
        made += 1
        let idea = pick(db.ideas)
        let district = pick(db.districts) ?? "Centras"
        switch draw(11) {
        case 0, 1:
            guard let author = pick(db.people)?.id else { return nil }
            return .addIdea(IdeaDraft(title: text(), summary: text(), authorId: author, sectors: [.youth], district: district,
                                      tags: [text()]))
        case 2:
            guard let idea else { return nil }
            return .editIdea(ideaId: idea.id, IdeaDraft(title: text(), summary: idea.summary, problem: idea.problem,
                                                         impact: idea.impact, authorId: idea.authorId, sectors: idea.sectors,
                                                         district: idea.district, tags: idea.tags, fundingNeed: idea.fundingNeed))
        case 3: return idea.map { .park(ideaId: $0.id, reason: text()) }
        case 4: return idea.map { .reopen(ideaId: $0.id, reason: text()) }
        case 5: return idea.map { .moveForward(ideaId: $0.id) }
        case 6: return .addPerson(Person(id: "person-r\(made)", name: text(), sectors: [.cultural], roles: [.talent]))
        case 7: return .createForum(title: text(), day: db.festival.day.adding(days: -40), place: text())
        case 8:
            guard let forum = pick(db.forums), let idea else { return nil }
            return .recordDiscussion(forumId: forum.id, ideaId: idea.id, outcome: text())
        case 9: return .addSponsor(name: text(), kind: .business)
        default:
            var settings = FestivalSettings(db.festival)
            settings.title = text()
            return .setFestival(settings)
        }
    }

    /// A random edit no command makes.
    mutating func edit(_ db: inout Database) {
        made += 1
        switch draw(8) {
        case 0: if !db.ideas.isEmpty { db.ideas.remove(at: draw(db.ideas.count)) }
        case 1:
            if var person = pick(db.people) {
                person.id = "person-e\(made)"
                person.name = text()
                db.people.insert(person, at: draw(db.people.count + 1))
            }
        case 2: if db.teams.count > 1 { db.teams.swapAt(draw(db.teams.count), draw(db.teams.count)) }
        case 3: if !db.log.isEmpty { db.log.removeLast(draw(min(db.log.count, 3)) + 1) }
        case 4: if !db.ideas.isEmpty { db.ideas[draw(db.ideas.count)].title = text() }
        case 5: db.districts.append(text())
        case 6: db.festival.slots.reverse()
        default: if !db.people.isEmpty { db.people[draw(db.people.count)].skills.append(text()) }
        }
    }
}
