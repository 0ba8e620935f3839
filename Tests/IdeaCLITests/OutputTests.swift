import Foundation
import IdeaModel
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
