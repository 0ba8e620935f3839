import Foundation
import Testing
@testable import IdeaModel

/// A small database that passes every check, and helpers to break it on purpose.
enum StoreFixtures {
    static let day = Day(year: 2027, month: 6, day: 19) ?? Day(daysSinceEpoch: 0)
    static let t0 = Timestamp(day: Day(year: 2027, month: 3, day: 1) ?? day, hour: 9)

    static var valid: Database {
        Database(
            districts: ["Centras", "Šančiai", "Žaliakalnis"],
            people: [
                Person(id: "person-0001", name: "Rūta Petrauskienė", sectors: [.cultural], roles: [.facilitator],
                       contact: Contact(email: "ruta@example.org")),
                Person(id: "person-0002", name: "Jonas Kazlauskas", sectors: [.business], skills: ["finance"],
                       roles: [.mentor], mentor: MentorProfile(expertise: ["finance", "events"], capacity: 2)),
                Person(id: "person-0003", name: "Eglė Žukauskaitė", sectors: [.youth], roles: [.talent, .author]),
            ],
            ideas: [
                Idea(id: "idea-0001", title: "Žalias kiemas", summary: "A courtyard garden", problem: "Grey yards",
                     impact: "Neighbours meet", authorId: "person-0003", sectors: [.social, .youth], district: "Šančiai",
                     tags: ["garden"], stage: .shared, createdAt: t0),
                Idea(id: "idea-0002", title: "Čiuožykla prie Nemuno", authorId: "person-0003", sectors: [.youth],
                     district: "Centras", stage: .scheduled, createdAt: t0,
                     history: [StageChange(from: .ready, to: .scheduled, at: t0, by: "person-0001")],
                     plan: InterventionPlan(durationMinutes: 60, audience: 40, districts: ["Centras"])),
            ],
            teams: [Team(id: "team-0001", ideaId: "idea-0002", leadId: "person-0003", mentorIds: ["person-0002"])],
            forums: [Forum(id: "forum-01", title: "Kiemų forumas", day: day.adding(days: -90), place: "Šančių biblioteka",
                           hostIds: ["person-0001"], discussions: [Discussion(ideaId: "idea-0001", outcome: "Refine the plan")])],
            tracks: [WorkshopTrack.standard],
            sessions: [WorkshopSession(id: "session-01", trackId: "track-1", stageId: "concept", day: day.adding(days: -60),
                                       place: "Kauno menų inkubatorius", attendance: ["team-0001"])],
            sponsors: [Sponsor(id: "sponsor-01", name: "UAB Pavyzdys", kind: .business,
                               pledges: [Pledge(id: "pledge-0001", ideaId: "idea-0002", amount: 500)])],
            venues: [Venue(id: "venue-01", name: "Kiemo scena", district: "Šančiai", address: "Juozapavičiaus pr. 1",
                           capacity: 120, features: [.outdoor, .stage], opens: ClockTime(10), closes: ClockTime(22))],
            festival: Festival(title: "100 in 1 day", day: day, slots: [
                Slot(id: "slot-0001", ideaId: "idea-0002", venueId: "venue-01", start: ClockTime(12), end: ClockTime(13), pinned: true),
            ]),
            log: [LogEntry(id: "log-000001", at: t0, by: "person-0001", kind: "stage", ideaId: "idea-0002",
                           summary: "moved “Čiuožykla prie Nemuno” from ready to scheduled")]
        )
    }

    static var validBytes: [UInt8] { DatabaseCodec.encode(valid) }
    static var validText: String { String(decoding: validBytes, as: UTF8.self) }

    /// Decodes text expecting failure; returns the problems.
    static func problems(_ text: String) -> [Problem] {
        problems(Array(text.utf8))
    }

    /// Also checks the two passes of a load agree on these bytes: the fast pass refuses
    /// what the precise pass refuses, and reads the same database from the rest.
    static func problems(_ bytes: [UInt8]) -> [Problem] {
        let fast = DatabaseCodec.decodeFast(bytes)
        let precise = Result { () throws(LoadFailure) in try DatabaseCodec.decodePrecisely(bytes) }
        let loaded = Result { () throws(LoadFailure) in try DatabaseCodec.decode(bytes) }
        #expect(loaded == precise, "a load gives what the precise pass gives")
        switch precise {
        case .success(let db):
            #expect(fast == db, "the fast pass reads what the precise pass reads")
            return []
        case .failure(let failure):
            #expect(fast == nil, "the fast pass refuses what the precise pass refuses")
            return failure.problems
        }
    }

    /// The valid database with one change made to its JSON tree.
    static func mutated(_ change: (inout [String: JSONValue]) -> Void) -> [UInt8] {
        guard case .object(var top) = DatabaseCodec.json(valid) else { return [] }
        change(&top)
        return JSONWriter(leadingKeys: ["schemaVersion"]).write(.object(top))
    }

    /// A temporary folder, removed when the test ends.
    static func tempDir() -> String {
        let path = NSTemporaryDirectory() + "idea-tui-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension JSONValue {
    /// Edits a nested value by a path of object keys and array indices.
    mutating func edit(_ path: [PathStep], _ change: (inout JSONValue) -> Void) {
        guard let first = path.first else { change(&self); return }
        let rest = Array(path.dropFirst())
        switch (first, self) {
        case (.key(let k), .object(var fields)):
            var child = fields[k] ?? .null
            child.edit(rest, change)
            fields[k] = child
            self = .object(fields)
        case (.index(let i), .array(var items)) where i < items.count:
            items[i].edit(rest, change)
            self = .array(items)
        default:
            break
        }
    }

    enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String), index(Int)
        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }
}

extension Problem {
    /// The problem without its line and column, for assertions about what and where.
    var pathAndMessage: String { path.isEmpty ? message : "\(path): \(message)" }
}
