import Foundation
import IdeaModel
import Testing

/// The committed sample `ideas.db.json` is exactly what the generator makes for the
/// sample seed and size. Run with REGENERATE_SAMPLE=1 to rewrite it after a deliberate
/// change to the generator or the format.
@Suite("Sample database")
struct SampleTests {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ideas.db.json")

    @Test("ideas.db.json equals the generator's output, byte for byte")
    func committedFileMatches() throws {
        let bytes = DatabaseCodec.encode(Generator.sample(zone: TestZones.vilnius))
        if ProcessInfo.processInfo.environment["REGENERATE_SAMPLE"] == "1" {
            try Data(bytes).write(to: Self.url, options: .atomic)
        }
        let committed = try [UInt8](Data(contentsOf: Self.url))
        let same = committed == bytes
        #expect(same, "ideas.db.json differs from the generator from line \(Self.firstDifferentLine(committed, bytes)); run REGENERATE_SAMPLE=1 swift test --filter SampleTests")
        let decoded = try DatabaseCodec.decode(committed)
        let roundTrips = decoded == Generator.sample(zone: TestZones.vilnius)
        #expect(roundTrips)
    }

    static func firstDifferentLine(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var line = 1
        for (x, y) in zip(a, b) {
            if x != y { return line }
            if x == 0x0A { line += 1 }
        }
        return line
    }

    @Test("the sample is big enough to show every screen")
    func sizes() {
        let db = Generator.sample(zone: TestZones.vilnius)
        #expect(db.ideas.count >= 150)
        #expect(db.teams.count >= 60)
        #expect(db.people.filter { $0.mentor != nil }.count >= 40)
        #expect(db.people.filter { $0.has(.facilitator) }.count >= 3)
        #expect(db.forums.count >= 6)
        #expect(db.venues.count >= 12)
        #expect(db.sponsors.count >= 10)
        #expect((50...70).contains(db.festival.slots.count), "\(db.festival.slots.count) slots")
        #expect(db.festival.target == 100)
        for stage in Stage.allCases {
            #expect(db.ideas.contains { $0.stage == stage }, "no idea is \(stage.rawValue)")
        }
        #expect(Set(db.ideas.flatMap(\.sectors)) == Set(Sector.allCases))
        #expect(Set(db.ideas.map(\.district)).count >= 8)
        #expect(db.teams.contains { !$0.openRoles.isEmpty })
        #expect(db.teams.contains { team in
            db.ideas.first { $0.id == team.ideaId }?.stage == .team && team.mentorIds.isEmpty
        })
        #expect(db.sponsors.flatMap(\.pledges).contains { $0.amount != nil })
        #expect(db.sponsors.flatMap(\.pledges).contains { $0.inKind != nil })
        #expect(!db.sessions.isEmpty)
        #expect(Validator.problems(in: db).isEmpty)
        #expect(gateViolations(db, zone: TestZones.vilnius).isEmpty)
    }
}
