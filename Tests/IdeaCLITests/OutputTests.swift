import Foundation
import IdeaModel
import IdeaUI
import Testing

@Suite(.serialized)
struct OutputTests {
    @Test func statsShowsEveryStageSectorAndTheFestival() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 120)
        let db = try DatabaseFile(path: path).load().0
        let r = try CLI.run(["stats", "--db", path])
        #expect(r.code == 0)
        #expect(r.out.contains("\(db.festival.slots.count)/\(db.festival.target) scheduled"))
        for stage in Stage.allCases {
            let count = db.ideas.filter { $0.stage == stage }.count
            #expect(r.out.split(separator: "\n").contains { line in
                line.split(separator: " ").map(String.init) == [stage.rawValue, String(count)]
            }, "stage \(stage.rawValue) should show \(count)")
        }
        for sector in Sector.allCases { #expect(r.out.contains(sector.rawValue)) }
        #expect(r.out.contains("Mentors:"))
        #expect(r.out.contains("Teams without a mentor:"))
    }

    /// Titles that carry escape sequences, BEL and bidi overrides reach neither stdout nor
    /// stderr raw in any human-readable output (the table, the scheduler's report, a
    /// refusal, a file that cannot be loaded); wide characters keep the columns aligned.
    @Test func hostileTextNeverReachesTheTerminalRaw() throws {
        let (dir, path) = try CLI.folderWithDatabase(ideas: 120)
        var db = try DatabaseFile(path: path).load().0
        let hostile = ["\u{1B}]2;pwned\u{07}", "\u{1B}[2J漢字", "a\u{202E}evil", "\u{9B}31m"]
        for i in db.ideas.indices { db.ideas[i].title = hostile[i % hostile.count] + " \(i)" }
        let file = DatabaseFile(path: path)
        try file.save(db, expected: file.load().1)
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.id)
        var bad = db
        bad.ideas[0].stage = .scheduled  // scheduled without a slot: refused with the title in the message
        let badPath = dir + "/bad.db.json"
        try DatabaseFile(path: badPath).save(bad, expected: nil)
        let runs = [["list", "--db", path], ["schedule", "--auto", "--dry-run", "--db", path, "--as", facilitator],
                    ["mentors", "suggest", "--db", path], ["stats", "--db", path], ["validate", "--db", badPath],
                    ["mentors", "take", db.teams[0].id, "--db", path, "--as", facilitator]]
        for args in runs {
            let r = try CLI.run(args)
            let raw = (r.out + r.err).unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) || $0.value == 0x202E }
            #expect(raw.isEmpty, "\(args[0]) \(args.count > 1 ? args[1] : ""): \(raw.count) raw control characters")
        }
        let list = try CLI.run(["list", "--db", path])
        #expect(list.out.contains("␛[2J漢字") && list.out.contains("⸮evil"))
        // The stage column starts at the same display column on every row.
        let columns = Set(list.out.split(separator: "\n").dropFirst().dropLast().compactMap { line -> Int? in
            guard let r = line.range(of: "  \(Stage.allCases.map(\.rawValue).first { line.contains("  \($0)  ") } ?? "?")  ") else { return nil }
            return IdeaUI.DisplayWidth.of(String(line[..<r.lowerBound]))
        })
        #expect(columns.count == 1, "\(columns)")
    }

    @Test func listFiltersCombine() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 120)
        let db = try DatabaseFile(path: path).load().0
        let expected = db.ideas.filter { $0.stage == .team && $0.sectors.contains(.youth) }
        let r = try CLI.run(["list", "--db", path, "--stage", "team", "--sector", "youth", "--format", "csv"])
        #expect(r.code == 0)
        let lines = r.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,title,stage,sectors,district,tags,author")
        #expect(Set(lines.dropFirst().map { String($0.prefix { $0 != "," }) }) == Set(expected.map(\.id)))
    }

    @Test func listTextSearchIgnoresDiacritics() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 120)
        let db = try DatabaseFile(path: path).load().0
        let district = try #require(db.ideas.first { $0.district.contains("Ž") || $0.district.contains("Š") }?.district)
        let plain = SearchText.fold(district)
        let r = try CLI.run(["list", "--db", path, "--district", plain, "--format", "json"])
        #expect(r.code == 0)
        let value = try JSONParser.parse(Array(r.out.utf8))
        guard case .array(let items) = value else { Issue.record("not a list"); return }
        #expect(items.count == db.ideas.filter { $0.district == district }.count)
    }

    @Test func listTableEndsWithACount() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 50)
        let r = try CLI.run(["list", "--db", path, "--stage", "parked"])
        #expect(r.code == 0)
        #expect(r.out.hasPrefix("ID"))
        #expect(r.out.contains(" of 50 ideas"))
    }
}
