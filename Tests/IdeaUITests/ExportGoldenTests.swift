import IdeaModel
@testable import IdeaUI
import Testing

/// Every programme export in English and Lithuanian as golden files: headings, counts,
/// column and sector names in the language, `lang`/`<language>` saying which, places
/// without a repeated district, the zone from the tz database, SEQUENCE from the log.
@Suite struct ExportGoldenTests {
    static let zone = TestZones.vilnius
    static let db = Generator.database(ideas: 40, seed: 7, zone: zone)

    static func exports(_ lang: Lang) -> [(String, String)] {
        let words = ExportWords.of(lang)
        let p = Programme(db, zone: zone)
        let stamp = db.log.map(\.at).max() ?? Timestamp(seconds: 0)
        let excel = CSVWriter.Options(separator: words.spreadsheetSeparator, byteOrderMark: true)
        return [
            ("md", ProgrammeFormats.markdown(p, words: words)),
            ("html", ProgrammeFormats.htmlPage(p, words: words)),
            ("csv", ProgrammeFormats.csv(p, includeContacts: false, words: words)),
            ("excel.csv", ProgrammeFormats.csv(p, includeContacts: false, words: words, options: excel)),
            ("ics", ICalendar.text(p, stamp: stamp, words: words)),
            ("frab.xml", FrabSchedule.xml(p, version: stamp.text, words: words)),
            ("invitations.csv", InvitationExport.csv(db, includeContacts: false, words: words, zone: zone)),
        ]
    }

    @Test(arguments: Lang.allCases)
    func everyExportInBothLanguages(_ lang: Lang) {
        for (name, text) in Self.exports(lang) {
            // Line ends are kept as written (CRLF where the format asks for it); the byte
            // order mark is shown as [BOM], since reading the golden file as text drops it.
            Golden.check(text.replacingOccurrences(of: "\u{FEFF}", with: "[BOM]"), "export-\(lang.rawValue).\(name)")
        }
    }

    @Test func theLanguageIsSaidAndUsed() throws {
        let p = Programme(Self.db, zone: Self.zone)
        let lt = ExportWords.of(.lt), en = ExportWords.of(.en)
        #expect(ProgrammeFormats.htmlPage(p, words: lt).contains("<html lang=\"lt\">"))
        #expect(ProgrammeFormats.htmlPage(p, words: en).contains("<html lang=\"en\">"))
        #expect(FrabSchedule.xml(p, version: "1", words: lt).contains("<language>lt</language>"))
        #expect(FrabSchedule.xml(p, version: "1", words: en).contains("<time_zone_name>Europe/Vilnius</time_zone_name>"))
        let md = ProgrammeFormats.markdown(p, words: lt)
        #expect(md.contains("## Pagal laiką") && md.contains("## Pagal vietą") && md.contains("## Vietos pagal seniūniją"))
        #expect(!md.contains("By time"))
        #expect(md.contains("\(p.items.count) intervencij"))
    }

    @Test(arguments: [(1, 1, "1 intervencija 1 vietoje"), (66, 14, "66 intervencijos 14 vietose"),
                      (10, 21, "10 intervencijų 21 vietoje"), (12, 11, "12 intervencijų 11 vietose")])
    func lithuanianCountsAgreeWithTheirNumbers(_ n: Int, _ v: Int, _ text: String) {
        #expect(ExportWords.of(.lt).count(n, v) == text)
    }

    @Test func englishCounts() {
        #expect(ExportWords.of(.en).count(66, 14) == "66 interventions at 14 venues")
        #expect(ExportWords.of(.en).count(1, 1) == "1 intervention at 1 venue")
    }

    /// A moved intervention gets a higher SEQUENCE and its LAST-MODIFIED, so calendars
    /// replace it; the others stay as they were.
    @Test func aMovedInterventionsSequenceGrows() throws {
        var db = Self.db
        let facilitator = try #require(db.people.first { $0.has(.facilitator) })
        let slot = try #require(db.festival.slots.first { s in db.ideas.first { $0.id == s.ideaId }?.stage == .scheduled })
        let words = ExportWords.of(.en)
        let before = ICalendar.text(Programme(db, zone: Self.zone), stamp: Timestamp(seconds: 0), words: words)
        let uid = "UID:\(slot.id)-\(slot.ideaId)@kaunas-ideas"
        #expect(Self.event(uid, in: before).contains("SEQUENCE:0"))
        let now = Timestamp(day: db.festival.day.adding(days: -2), hour: 9)
        // Moved by 15 minutes, if that is free; else lengthened by 15 (both are changes of the event).
        let moved = db.applying(.schedule(ideaId: slot.ideaId, venueId: slot.venueId, start: ClockTime(minutes: slot.start.minutes + 15)),
                                context: CommandContext(actor: facilitator.id, now: now, today: now.day))
        switch moved {
        case .success(let applied): db = applied.database
        case .failure:
            try db.apply(.setLength(ideaId: slot.ideaId, minutes: slot.minutes + 15),
                         context: CommandContext(actor: facilitator.id, now: now, today: now.day))
        }
        let after = ICalendar.text(Programme(db, zone: Self.zone), stamp: Timestamp(seconds: 0), words: words)
        let event = Self.event(uid, in: after)
        #expect(event.contains("SEQUENCE:1") && event.contains("LAST-MODIFIED:" + now.text.filter { $0 != "-" && $0 != ":" }), "\(event)")
        let others = before.components(separatedBy: "BEGIN:VEVENT").filter { !$0.contains(uid) }
        #expect(others.allSatisfy { after.contains($0) })
    }

    static func event(_ uid: String, in text: String) -> String {
        text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains(uid) } ?? ""
    }
}
