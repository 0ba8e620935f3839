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

    @Test func vilniusIsTwoHoursAheadInWinterAndThreeInSummer() {
        func offset(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> Int {
            VilniusTime.offsetMinutes(on: Day(year: y, month: m, day: d) ?? Day(daysSinceEpoch: 0), at: ClockTime(h))
        }
        #expect(offset(2027, 1, 15, 12) == 120)
        #expect(offset(2027, 6, 19, 12) == 180)
        // 2027: summer time from Sunday 28 March 03:00 to Sunday 31 October 04:00.
        #expect(VilniusTime.lastSunday(of: 3, in: 2027) == Day(year: 2027, month: 3, day: 28))
        #expect(VilniusTime.lastSunday(of: 10, in: 2027) == Day(year: 2027, month: 10, day: 31))
        #expect(offset(2027, 3, 28, 2) == 120 && offset(2027, 3, 28, 3) == 180)
        #expect(offset(2027, 10, 31, 3) == 180 && offset(2027, 10, 31, 4) == 120)
        #expect(VilniusTime.offsetText(on: Day(year: 2027, month: 6, day: 19) ?? Day(daysSinceEpoch: 0), at: ClockTime(10)) == "+03:00")
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
        let text = ICalendar.text(p, stamp: Timestamp(day: p.day, hour: 9))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == p.items.count)
        #expect(text.contains("DTSTAMP:\(p.day.text.replacingOccurrences(of: "-", with: ""))T090000Z"))
        let first = p.items[0]
        #expect(text.contains("UID:\(first.slotId)-\(first.ideaId)@kaunas-ideas\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func frabIdsGuidsAndSlugsAreUniqueAndStable() {
        let p = Programme(Self.db)
        let xml = FrabSchedule.xml(p, version: "1")
        let ids = xml.components(separatedBy: "<event id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        let guids = xml.components(separatedBy: "guid=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        let slugs = xml.components(separatedBy: "<slug>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ids.count == p.items.count && Set(ids).count == ids.count && ids.allSatisfy { (Int($0) ?? 0) > 0 })
        #expect(Set(guids).count == guids.count && guids.allSatisfy { $0.count == 36 })
        #expect(Set(slugs).count == slugs.count)
        #expect(FrabSchedule.xml(p, version: "1") == xml)
        #expect(FrabSchedule.slug("Kiemo šventė! <Šančiuose> & co") == "kiemo-svente-sanciuose-co")
        #expect(FrabSchedule.esc("a<b & \"c\"\u{1B}") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test func contactsOnlyWhenAsked() {
        let plain = Programme(Self.db)
        let with = Programme(Self.db, includeContacts: true)
        #expect(!ProgrammeFormats.csv(plain, includeContacts: false).contains("@"))
        #expect(!ProgrammeFormats.json(plain, includeContacts: false).contains("@"))
        #expect(with.items.contains { $0.contact?.email != nil })
        #expect(ProgrammeFormats.csv(with, includeContacts: true).contains("@"))
    }

    @Test func markdownAndHTMLEscapeWhatTheyShow() {
        #expect(ProgrammeFormats.md("<b>*x*</b> | #1") == "\\<b\\>\\*x\\*\\</b\\> \\| \\#1")
        #expect(ProgrammeFormats.html("<script>\"'&") == "&lt;script&gt;&quot;&#39;&amp;")
    }
}
