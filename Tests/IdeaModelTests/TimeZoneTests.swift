import Foundation
import IdeaModel
import Testing

/// Zones from the system's tz database, for tests.
enum TestZones {
    static func load(_ name: String) throws -> TimeZoneRules {
        let dir = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        return try TimeZoneRules(name: name, tzif: [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))))
    }

    static let vilnius: TimeZoneRules = (try? load("Europe/Vilnius")) ?? .utc
}

/// The TZif reader against glibc's `localtime_r` (an independent reader of the same
/// database) in zones with summer time north and south, half-hour offsets and none.
@Suite("Time zones", .serialized)
struct TimeZoneTests {
    /// glibc's offset for `seconds` in `zone`.
    static func glibcOffset(_ zone: String, _ seconds: Int) -> (Int, Bool) {
        setenv("TZ", zone, 1)
        tzset()
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        return (Int(parts.tm_gmtoff), parts.tm_isdst > 0)
    }

    @Test(arguments: ["Europe/Vilnius", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "America/New_York", "UTC"])
    func offsetsAgreeWithGlibc(_ name: String) throws {
        let zone = try TestZones.load(name)
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        var mismatches: [String] = []
        // Every 7 hours 13 minutes from 1975 to 2060: both sides of every change.
        var s = 157_766_400
        while s < 2_840_140_800 {
            let ours = zone.offset(atSecond: s)
            let (seconds, dst) = Self.glibcOffset(name, s)
            if ours.seconds != seconds || ours.isDST != dst { mismatches.append("\(Timestamp(seconds: s).text): \(ours.seconds) vs \(seconds)") }
            s += 7 * 3600 + 13 * 60
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func vilniusInSummerAndWinter() throws {
        let zone = try TestZones.load("Europe/Vilnius")
        let june = zone.local(Timestamp(text: "2026-06-20T10:30:00Z") ?? Timestamp(seconds: 0))
        #expect(june.day.text == "2026-06-20" && june.hhmm == "13:30" && june.offset.abbreviation == "EEST")
        let november = zone.local(Timestamp(text: "2026-11-25T23:30:00Z") ?? Timestamp(seconds: 0))
        #expect(november.day.text == "2026-11-26" && november.hhmm == "01:30" && november.offset.isoText == "+02:00")
        // Wall clock to UTC, and the changes of 2026 (last Sundays of March and October).
        #expect(zone.timestamp(Day(year: 2026, month: 6, day: 20)!, ClockTime(14)).text == "2026-06-20T11:00:00Z")
        let changes = zone.transitions(from: Timestamp(day: Day(year: 2026, month: 1, day: 1)!).seconds,
                                       to: Timestamp(day: Day(year: 2027, month: 1, day: 1)!).seconds)
        #expect(changes.map { Timestamp(seconds: $0.at).text } == ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"])
        #expect(changes.first?.after.abbreviation == "EEST" && changes.first?.before.compactText == "+0200")
    }

    @Test func aSpringGapAndAnAutumnRepeat() throws {
        let zone = try TestZones.load("Europe/Vilnius")
        let march = Day(year: 2026, month: 3, day: 29)!
        // 03:30 does not exist that night: read with the offset before the change.
        #expect(zone.timestamp(march, ClockTime(3, 30)).text == "2026-03-29T01:30:00Z")
        let october = Day(year: 2026, month: 10, day: 25)!
        // 03:30 happens twice: the first is summer time.
        #expect(zone.timestamp(october, ClockTime(3, 30)).text == "2026-10-25T00:30:00Z")
    }

    @Test func badFilesAreRefusedWithAReason() {
        #expect(throws: TimeZoneRules.DataError.self) { try TimeZoneRules(name: "x", tzif: Array("hello".utf8)) }
        #expect(throws: TimeZoneRules.DataError.self) { try TimeZoneRules(name: "x", tzif: Array("TZif2".utf8) + [UInt8](repeating: 0, count: 10)) }
    }
}
