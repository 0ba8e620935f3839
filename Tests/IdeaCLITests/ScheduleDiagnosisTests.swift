import Foundation
import IdeaModel
import IdeaUI
import Testing

/// `schedule --auto` on a tight festival: under every idea it leaves out, the places
/// closest to fitting with what is in the way, and the one change that lets it in (or
/// that none does), in the language asked for.
@Suite struct ScheduleDiagnosisTests {
    /// A generated festival of 30 ready ideas and 6 venues: 9 are left out, each for want
    /// of a feature a free venue could be given.
    static func festival() throws -> String {
        let (dir, _) = try CLI.folderWithDatabase()
        let path = dir + "/festival.db.json"
        #expect(try CLI.run(["generate", "--ready", "30", "--venues", "6", "--seed", "30", "--output", path]).code == 0)
        return path
    }

    /// The lines under each "not placed" line: 1–3 near misses, then the change or "none".
    static func blocks(_ out: String, notPlaced: String) -> [[String]] {
        var blocks: [[String]] = []
        for line in out.split(separator: "\n").map(String.init) {
            if line.hasPrefix(notPlaced) { blocks.append([line]) } else if line.hasPrefix("  "), !blocks.isEmpty { blocks[blocks.count - 1].append(line) }
        }
        return blocks
    }

    @Test func everyIdeaLeftOutHasItsNearestMissesAndAChange() throws {
        let path = try Self.festival()
        let db = try DatabaseFile(path: path).load().0
        let r = try CLI.run(["schedule", "--auto", "--dry-run", "--db", path])
        #expect(r.code == 0, "\(r.err)")
        let blocks = Self.blocks(r.out, notPlaced: "not placed: ")
        #expect(blocks.count == 9, "\(r.out)")
        for block in blocks {
            let nearest = block.dropFirst().filter { $0.hasPrefix("  nearest: ") }
            #expect((1...3).contains(nearest.count), "\(block)")
            #expect(block.last?.hasPrefix("  change: ") == true || block.last == "  no single change lets it in", "\(block)")
        }
        // What the model finds, said as the table says it, for the festival the placements leave.
        let result = AutoScheduler.run(db)
        let after = result.applied(to: db, reflow: false)
        let diagnoses = PlacementDiagnosis.of(result.unplaced.map(\.ideaId), in: after)
        let first = try #require(diagnoses.first { !$0.suggestions.isEmpty })
        let said = "  change: " + DiagnosisStrings.en.suggestion(try #require(first.suggestions.first))
        #expect(r.out.contains(said), "\(said) not in \(r.out)")
        #expect(r.out.contains("  nearest: " + DiagnosisStrings.en.miss(try #require(first.misses.first))))
        #expect(r.out.contains("; then it fits at "))
    }

    @Test func theReasonsFollowLang() throws {
        let path = try Self.festival()
        let r = try CLI.run(["schedule", "--auto", "--dry-run", "--db", path, "--lang", "lt"])
        let blocks = Self.blocks(r.out, notPlaced: "nesuplanuota: ")
        #expect(blocks.count == 9, "\(r.out)")
        for block in blocks {
            #expect(block.dropFirst().contains { $0.hasPrefix("  arčiausiai: ") }, "\(block)")
            #expect(block.last?.hasPrefix("  pakeitimas: ") == true || block.last == "  nė vienas pavienis pakeitimas jos neįtrauktų")
        }
        for word in ["nearest", "change:", "lacks", "venue", "then it fits", "in the way"] {
            #expect(!r.out.contains(word), "“\(word)” in \(r.out)")
        }
    }

    /// Saved, the same report: the change is read from the festival as saved.
    @Test func afterSavingTheReasonsAreTheSame() throws {
        let path = try Self.festival()
        let db = try DatabaseFile(path: path).load().0
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.id)
        let dry = try CLI.run(["schedule", "--auto", "--dry-run", "--db", path])
        let real = try CLI.run(["schedule", "--auto", "--db", path, "--as", facilitator])
        #expect(real.code == 0, "\(real.err)")
        #expect(Self.blocks(real.out, notPlaced: "not placed: ") == Self.blocks(dry.out, notPlaced: "not placed: "))
    }
}
