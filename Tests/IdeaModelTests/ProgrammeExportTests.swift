import Testing
@testable import IdeaModel

/// The programme exports' own rules: order, Vilnius time, iCalendar escaping and folding,
/// frab ids, guids and slugs; the full read-back by independent readers runs in
/// scripts/e2e/exports.sh.
@Suite struct ProgrammeExportTests {
    static let db = Generator.database(ideas: 120, seed: 8)

    @Test func itemsAreScheduledOnlyInAStableOrder() {
        let p = Programme(Self.db)
        #expect(p.items.count == Self.db.festival.slots.count)
        #expect(zip(p.items, p.items.dropFirst()).allSatisfy { $0.start <= $1.start })
        #expect(p.items.allSatisfy { $0.contact == nil })
        #expect(Programme(Self.db) == p)
        #expect(Set(p.venues.map(\.id)) == Set(Self.db.festival.slots.map(\.venueId)))
    }

    /// Plain words for the model's own tests (the interface's tables are tested in IdeaUITests).
    static let words = ExportWords(
        language: "en", byTime: "By time", byVenue: "By venue", venuesByDistrict: "Venues by district",
        count: { n, v in "\(n) interventions at \(v) venues" }, sector: { $0.rawValue },
        programmeColumns: ["slot", "date", "start", "end", "minutes", "title", "venue", "district", "address",
                           "sectors", "tags", "people", "summary", "email", "phone"],
        invitationColumns: ["invitation", "team", "idea", "role", "person", "invited_by", "invited_at", "team_lead", "email", "phone"],
        spreadsheetSeparator: ",")

    @Test func isoTimesCarryTheOffsetOfTheTzDatabase() throws {
        var db = Self.db
        let summer = Programme(db, zone: TestZones.vilnius)
        #expect(ProgrammeFormats.isoStart(summer, ClockTime(10)) == "2026-06-20T10:00:00+03:00")
        db.festival.day = try #require(Day(year: 2027, month: 1, day: 15))
        #expect(ProgrammeFormats.isoStart(Programme(db, zone: TestZones.vilnius), ClockTime(10)) == "2027-01-15T10:00:00+02:00")
        // The night summer time starts: 03:30 does not exist, 04:00 is summer time.
        db.festival.day = try #require(Day(year: 2027, month: 3, day: 28))
        #expect(ProgrammeFormats.isoStart(Programme(db, zone: TestZones.vilnius), ClockTime(4)) == "2027-03-28T04:00:00+03:00")
    }

    @Test func theCalendarDescribesTheZoneFromTheTzDatabase() {
        let text = ICalendar.text(Programme(Self.db, zone: TestZones.vilnius), stamp: Timestamp(seconds: 0), words: Self.words)
        let zone = text.components(separatedBy: "BEGIN:VTIMEZONE\r\n")[1].components(separatedBy: "END:VTIMEZONE")[0]
        // In force on 1 January (winter time since October 2025), then the two changes of 2026.
        #expect(zone == "TZID:Europe/Vilnius\r\n"
            + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nTZNAME:EET\r\nDTSTART:20251026T040000\r\nEND:STANDARD\r\n"
            + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nTZNAME:EEST\r\nDTSTART:20260329T030000\r\nEND:DAYLIGHT\r\n"
            + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nTZNAME:EET\r\nDTSTART:20261025T040000\r\nEND:STANDARD\r\n")
    }

    @Test func aDistrictIsNotRepeatedInAPlace() {
        let named = Venue(id: "v", name: "Parko estrada, Šančiai", district: "Šančiai", address: "Kranto al. 1", capacity: 1,
                          features: [], opens: ClockTime(10), closes: ClockTime(20))
        #expect(Programme.place(named) == "Parko estrada, Šančiai")
        #expect(Programme.location(named) == "Parko estrada, Šančiai, Kranto al. 1")
        var plain = named
        plain.name = "Kiemo scena"
        plain.address = ""
        #expect(Programme.location(plain) == "Kiemo scena, Šančiai")
    }

    @Test func iCalendarTextIsEscapedAndFoldedAt75Octets() {
        #expect(ICalendar.escape("a,b;c\\d\ne\u{1B}[0m") == "a\\,b\\;c\\\\d\\ne[0m")
        let long = "SUMMARY:" + String(repeating: "ž", count: 100)
        let folded = ICalendar.fold(long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == long)
        #expect(ICalendar.fold("short") == "short")
    }

    @Test func iCalendarHasOneEventPerSlotWithStableUIDs() {
        let p = Programme(Self.db)
        let text = ICalendar.text(p, stamp: Timestamp(day: p.day, hour: 9), words: Self.words)
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == p.items.count)
        #expect(text.contains("DTSTAMP:\(p.day.text.replacingOccurrences(of: "-", with: ""))T090000Z"))
        let first = p.items[0]
        #expect(text.contains("UID:\(first.slotId)-\(first.ideaId)@kaunas-ideas\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func frabIdsGuidsAndSlugsAreUniqueAndStable() {
        let p = Programme(Self.db)
        let xml = FrabSchedule.xml(p, version: "1", words: Self.words)
        let ids = xml.components(separatedBy: "<event id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        let guids = xml.components(separatedBy: "guid=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        let slugs = xml.components(separatedBy: "<slug>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ids.count == p.items.count && Set(ids).count == ids.count && ids.allSatisfy { (Int($0) ?? 0) > 0 })
        #expect(Set(guids).count == guids.count && guids.allSatisfy { $0.count == 36 })
        #expect(Set(slugs).count == slugs.count)
        #expect(FrabSchedule.xml(p, version: "1", words: Self.words) == xml)
        #expect(FrabSchedule.slug("Kiemo šventė! <Šančiuose> & co") == "kiemo-svente-sanciuose-co")
        #expect(FrabSchedule.esc("a<b & \"c\"\u{1B}") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test func contactsOnlyWhenAsked() {
        let plain = Programme(Self.db)
        let with = Programme(Self.db, includeContacts: true)
        #expect(!ProgrammeFormats.csv(plain, includeContacts: false, words: Self.words).contains("@"))
        #expect(!ProgrammeFormats.json(plain, includeContacts: false).contains("@"))
        #expect(with.items.contains { $0.contact?.email != nil })
        #expect(ProgrammeFormats.csv(with, includeContacts: true, words: Self.words).contains("@"))
    }

    @Test func markdownAndHTMLEscapeWhatTheyShow() {
        #expect(ProgrammeFormats.md("<b>*x*</b> | #1") == "\\<b\\>\\*x\\*\\</b\\> \\| \\#1")
        #expect(ProgrammeFormats.html("<script>\"'&") == "&lt;script&gt;&quot;&#39;&amp;")
    }
}
