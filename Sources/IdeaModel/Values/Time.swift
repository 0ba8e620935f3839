/// A calendar day, kept as text "YYYY-MM-DD" in the file.
public struct Day: Hashable, Comparable, Sendable, TextForm {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var text: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
    public static let expectation = "a date like 2026-06-20"

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }
}

/// A time of day in minutes since midnight, kept as "HH:MM". 24:00 is allowed as an end.
public struct ClockTime: Hashable, Comparable, Sendable, TextForm {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }
    public init(_ hour: Int, _ minute: Int = 0) { minutes = hour * 60 + minute }

    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard text.utf8.count == 5, parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
              h * 60 + m <= 24 * 60 else { return nil }
        minutes = h * 60 + m
    }

    public var text: String { pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2) }
    public static let expectation = "a time of day like 14:30"

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// A moment, in whole seconds since 1970 UTC, kept as "2026-05-14T10:30:00Z".
public struct Timestamp: Hashable, Comparable, Sendable, TextForm {
    public var seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        seconds = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
    }

    public init?(text: String) {
        let u = Array(text.utf8)
        guard u.count == 20, u[10] == UInt8(ascii: "T"), u[19] == UInt8(ascii: "Z"),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
              let day = Day(text: String(decoding: u[0..<10], as: UTF8.self)),
              let h = Int(String(decoding: u[11..<13], as: UTF8.self)),
              let m = Int(String(decoding: u[14..<16], as: UTF8.self)),
              let s = Int(String(decoding: u[17..<19], as: UTF8.self)),
              (0...23).contains(h), (0...59).contains(m), (0...59).contains(s) else { return nil }
        self.init(day: day, hour: h, minute: m, second: s)
    }

    public var day: Day { Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down))) }

    public var text: String {
        let secOfDay = seconds - day.daysSinceEpoch * 86_400
        return day.text + "T" + pad(secOfDay / 3600, 2) + ":" + pad(secOfDay / 60 % 60, 2) + ":" + pad(secOfDay % 60, 2) + "Z"
    }

    public static let expectation = "a UTC time like 2026-05-14T10:30:00Z"

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
