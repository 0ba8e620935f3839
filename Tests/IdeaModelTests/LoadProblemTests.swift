import Foundation
import Testing
@testable import IdeaModel

/// One test per kind of bad file: each must be refused with a message that says where.
struct LoadProblemTests {
    @Test func theFixtureIsValid() throws {
        #expect(StoreFixtures.problems(StoreFixtures.validBytes).isEmpty)
        #expect(Validator.problems(in: StoreFixtures.valid).isEmpty)
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        var text = StoreFixtures.validText
        let range = try #require(text.range(of: "\"stage\": \"shared\","))
        text.replaceSubrange(range, with: "\"stage\": \"shared\"")
        let problems = StoreFixtures.problems(text)
        let p = try #require(problems.first)
        #expect(p.line != nil && p.column != nil)
        #expect(p.message.contains("expected , or }"))
        let expectedLine = text[..<range.lowerBound].filter { $0 == "\n" }.count + 2
        #expect(p.line == expectedLine)
    }

    @Test func wrongTypeAndMissingFieldNameThePath() {
        let bytes = StoreFixtures.mutated { top in
            top["people"]?.edit([0, "name"]) { $0 = .int(7) }
            top["ideas"]?.edit([1]) { v in if case .object(var o) = v { o["title"] = nil; v = .object(o) } }
            top["venues"]?.edit([0, "capacity"]) { $0 = .string("many") }
        }
        let text = StoreFixtures.problems(bytes).map(\.pathAndMessage)
        #expect(text.contains("people[0].name: expected text, found a whole number"))
        #expect(text.contains("ideas[1].title: missing field \"title\": expected text"))
        #expect(text.contains("venues[0].capacity: expected a whole number, found text"))
        // A missing field is placed at the object that should hold it.
        let missing = StoreFixtures.problems(bytes).first { $0.path == "ideas[1].title" }
        #expect(missing?.line != nil && missing?.column == 5)
    }

    @Test func pathProblemsAlsoGetLineAndColumnInFileOrder() throws {
        var text = StoreFixtures.validText
        let stage = try #require(text.range(of: "\"stage\": \"shared\""))
        text.replaceSubrange(stage, with: "\"stage\": \"done\"")
        let capacity = try #require(text.range(of: "\"capacity\": 2"))
        text.replaceSubrange(capacity, with: "\"capacity\": -2")
        func lineOf(_ needle: String) -> Int? {
            text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }.map { $0 + 1 }
        }
        let problems = StoreFixtures.problems(text)
        #expect(problems.count == 2)
        #expect(problems.map(\.path) == ["ideas[0].stage", "people[1].mentor.capacity"])
        #expect(problems[0].line == lineOf("\"stage\": \"done\""))
        #expect(problems[0].column == 7)
        #expect(problems[1].line == lineOf("\"capacity\": -2"))
        #expect(problems[1].description.hasPrefix("line \(problems[1].line ?? 0), column 9 (people[1].mentor.capacity): -2 is too small"))
    }

    @Test func unknownSectorStageAndField() {
        let bytes = StoreFixtures.mutated { top in
            top["ideas"]?.edit([0, "sectors", 1]) { $0 = .string("sports") }
            top["ideas"]?.edit([1, "stage"]) { $0 = .string("done") }
            top["ideas"]?.edit([0]) { v in if case .object(var o) = v { o["titel"] = .string("x"); v = .object(o) } }
        }
        let text = StoreFixtures.problems(bytes).map(\.pathAndMessage).joined(separator: "\n")
        #expect(text.contains("ideas[0].sectors[1]: \"sports\" is not one of \"youth\""))
        #expect(text.contains("ideas[1].stage: \"done\" is not one of \"shared\""))
        #expect(text.contains("ideas[0].titel: unknown field \"titel\""))
    }

    @Test func duplicateIds() {
        var db = StoreFixtures.valid
        db.people[2].id = "person-0001"
        let text = StoreFixtures.problems(DatabaseCodec.encode(db)).map(\.pathAndMessage)
        #expect(text.contains("people[2].id: the person id \"person-0001\" is used twice (first at people[0])"))
    }

    @Test func danglingReferences() {
        var db = StoreFixtures.valid
        db.ideas[0].authorId = "person-9999"
        db.teams[0].mentorIds = ["person-0003"]
        db.festival.slots[0].venueId = "venue-99"
        db.forums[0].discussions[0].ideaId = "idea-0404"
        let text = StoreFixtures.problems(DatabaseCodec.encode(db)).map(\.pathAndMessage)
        #expect(text.contains("ideas[0].authorId: \"person-9999\" is not a person in this file"))
        #expect(text.contains("teams[0].mentorIds[0]: \"person-0003\" has no mentor profile"))
        #expect(text.contains("festival.slots[0].venueId: \"venue-99\" is not a venue in this file"))
        #expect(text.contains("forums[0].discussions[0].ideaId: \"idea-0404\" is not a idea in this file") == false)
        #expect(text.contains("forums[0].discussions[0].ideaId: \"idea-0404\" is not an idea in this file"))
    }

    @Test func impossibleValues() {
        let bytes = StoreFixtures.mutated { top in
            top["people"]?.edit([1, "mentor", "capacity"]) { $0 = .int(-1) }
        }
        #expect(StoreFixtures.problems(bytes).map(\.pathAndMessage)
            .contains("people[1].mentor.capacity: -1 is too small: \"capacity\" must be at least 0"))
    }

    @Test func slotOffTheGrid() {
        var db = StoreFixtures.valid
        db.festival.slots[0].start = ClockTime(12, 10)
        let text = StoreFixtures.problems(DatabaseCodec.encode(db)).map(\.pathAndMessage)
        #expect(text.contains("festival.slots[0].start: 12:10 is off the 15-minute grid that starts at 10:00"))
    }

    @Test func overlappingSlots() {
        var db = StoreFixtures.valid
        db.ideas[0].stage = .scheduled
        db.festival.slots.append(Slot(id: "slot-0002", ideaId: "idea-0001", venueId: "venue-01", start: ClockTime(12, 30), end: ClockTime(14)))
        let text = StoreFixtures.problems(DatabaseCodec.encode(db)).map(\.pathAndMessage)
        #expect(text.contains { $0.hasPrefix("festival.slots[1]: overlaps festival.slots[0] at the venue \"venue-01\"") })
    }

    @Test func newerSchemaVersion() throws {
        let bytes = StoreFixtures.mutated { $0["schemaVersion"] = .int(99) }
        let p = try #require(StoreFixtures.problems(bytes).first)
        #expect(p.path == "schemaVersion")
        #expect(p.message.contains("newer than the version 1"))
    }

    @Test func notUTF8() throws {
        var bytes = StoreFixtures.validBytes
        let at = try #require(bytes.firstIndex(of: 0xC5))
        bytes[at] = 0xFF
        let p = try #require(StoreFixtures.problems(bytes).first)
        #expect(p.message.contains("not UTF-8"))
        #expect(p.line != nil)
    }

    @Test func utf16AndHugeNumbersAndHugeTextSayWhat() throws {
        #expect(StoreFixtures.problems([0xFF, 0xFE, 0x7B, 0x00]).first?.message == "the file is UTF-16 text; save it as UTF-8")
        var text = StoreFixtures.validText
        let capacity = try #require(text.range(of: "\"capacity\": 2"))
        text.replaceSubrange(capacity, with: "\"capacity\": 123456789012345678901234567890")
        #expect(StoreFixtures.problems(text).first?.message == "the whole number 123456789012345678901234… is too large (at most 9223372036854775807)")
        for (length, refused) in [(TextLimit.characters, false), (TextLimit.characters + 1, true)] {
            let bytes = StoreFixtures.mutated { top in top["ideas"]?.edit([0, "summary"]) { $0 = .string(String(repeating: "ž", count: length)) } }
            let p = StoreFixtures.problems(bytes).first
            #expect((p?.message == TextLimit.message) == refused)
            if refused { #expect(p?.line != nil) }
        }
    }

    @Test func emptyFile() throws {
        let p = try #require(StoreFixtures.problems([]).first)
        #expect(p.message.contains("the file is empty"))
    }

    @Test func enormousFileIsRefusedBeforeReading() throws {
        let dir = StoreFixtures.tempDir()
        let path = dir + "/huge.db.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(DatabaseCodec.maxFileBytes + 1))
        try handle.close()
        #expect(throws: StoreError.self) { try DatabaseFile(path: path).load() }
        do {
            _ = try DatabaseFile(path: path).load()
        } catch {
            #expect(error.description.contains("more than the 512 MB"))
        }
    }

    @Test func notAnObjectAtTheTop() throws {
        let p = try #require(StoreFixtures.problems("[1, 2]").first)
        #expect(p.message.contains("expected the file to hold an object"))
    }

    @Test func manyProblemsAreReportedAtOnce() {
        var db = StoreFixtures.valid
        db.ideas[0].authorId = "nobody"
        db.ideas[1].district = "Atlantis"
        db.venues[0].district = "Mars"
        #expect(StoreFixtures.problems(DatabaseCodec.encode(db)).count == 3)
    }

    @Test func stageAndSlotMustAgree() {
        var db = StoreFixtures.valid
        db.ideas[1].stage = .ready
        let text = StoreFixtures.problems(DatabaseCodec.encode(db)).map(\.pathAndMessage)
        #expect(text.contains("festival.slots[0].ideaId: the idea \"idea-0002\" has a slot but its stage is ready, not scheduled"))
    }
}
