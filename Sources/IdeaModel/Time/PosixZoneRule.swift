/// The POSIX TZ rule a TZif file ends with, e.g. "EET-2EEST,M3.5.0/3,M10.5.0/4": the
/// zone's offsets and the yearly days on which summer time starts and ends. It governs
/// every moment after the file's last explicit transition (RFC 8536, section 3.3).
struct PosixZoneRule: Equatable, Sendable {
    /// A day of the year as the rule names it.
    enum DateRule: Equatable, Sendable {
        /// `Jn`: day 1…365, February 29 never counted.
        case julian(Int)
        /// `n`: day 0…365, February 29 counted in leap years.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday d (0 = Sunday) of week w (5 = the last) of month m.
        case month(Int, week: Int, weekday: Int)
    }

    var standard: TimeZoneRules.Offset
    var daylight: TimeZoneRules.Offset?
    var start = DateRule.month(3, week: 2, weekday: 0)
    var startTime = 7200
    var end = DateRule.month(11, week: 1, weekday: 0)
    var endTime = 7200

    /// Parses the footer's text; nil when it is not a rule this reader understands.
    init?(text: String) {
        var p = Scanner(Array(text.unicodeScalars))
        guard let stdName = p.name(), let stdOffset = p.offset() else { return nil }
        standard = .init(seconds: -stdOffset, isDST: false, abbreviation: stdName)
        guard !p.atEnd else { daylight = nil; return }
        guard let dstName = p.name() else { return nil }
        // Summer time is one hour ahead unless the rule says otherwise.
        var dstOffset = stdOffset - 3600
        if !p.peek(","), !p.atEnd {
            guard let given = p.offset() else { return nil }
            dstOffset = given
        }
        daylight = .init(seconds: -dstOffset, isDST: true, abbreviation: dstName)
        guard !p.atEnd else { return }
        guard p.take(","), let s = p.dateRule() else { return nil }
        start = s
        if p.take("/") { guard let t = p.offset() else { return nil }; startTime = t }
        guard p.take(","), let e = p.dateRule() else { return nil }
        end = e
        if p.take("/") { guard let t = p.offset() else { return nil }; endTime = t }
        guard p.atEnd else { return nil }
    }

    /// The offset in force at `seconds` since 1970 UTC.
    func offset(atSecond seconds: Int) -> TimeZoneRules.Offset {
        guard let daylight else { return standard }
        let year = TimeZoneRules.year(ofSecond: seconds + standard.seconds)
        let (on, off) = switches(in: year, daylight)
        let inSummer = on < off ? (seconds >= on && seconds < off) : !(seconds >= off && seconds < on)
        return inSummer ? daylight : standard
    }

    /// The two changes of `year`, oldest first (none without summer time).
    func transitions(in year: Int) -> [TimeZoneRules.Transition] {
        guard let daylight else { return [] }
        let (on, off) = switches(in: year, daylight)
        let both = [TimeZoneRules.Transition(at: on, before: standard, after: daylight),
                    TimeZoneRules.Transition(at: off, before: daylight, after: standard)]
        return both.sorted { $0.at < $1.at }
    }

    /// When summer time starts and ends in `year`, in seconds since 1970 UTC.
    private func switches(in year: Int, _ daylight: TimeZoneRules.Offset) -> (Int, Int) {
        let on = Self.day(start, in: year).daysSinceEpoch * 86_400 + startTime - standard.seconds
        let off = Self.day(end, in: year).daysSinceEpoch * 86_400 + endTime - daylight.seconds
        return (on, off)
    }

    static func day(_ rule: DateRule, in year: Int) -> Day {
        let jan1 = Day(year: year, month: 1, day: 1) ?? Day(daysSinceEpoch: 0)
        switch rule {
        case .julian(let n):
            let leap = Day.daysIn(month: 2, year: year) == 29
            return jan1.adding(days: n - 1 + (leap && n >= 60 ? 1 : 0))
        case .zeroBased(let n):
            return jan1.adding(days: n)
        case .month(let m, let week, let weekday):
            let first = Day(year: year, month: m, day: 1) ?? jan1
            // 1970-01-01 was a Thursday (weekday 4, Sunday = 0).
            let firstWeekday = ((first.daysSinceEpoch + 4) % 7 + 7) % 7
            var d = 1 + (weekday - firstWeekday + 7) % 7 + 7 * (week - 1)
            while d > Day.daysIn(month: m, year: year) { d -= 7 }
            return first.adding(days: d - 1)
        }
    }

    /// Reads the parts of a TZ string.
    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }
        func peek(_ c: Unicode.Scalar) -> Bool { i < s.count && s[i] == c }

        mutating func take(_ c: Unicode.Scalar) -> Bool {
            guard peek(c) else { return false }
            i += 1
            return true
        }

        /// "EET", or "<+03>" (quoted, may hold digits and signs).
        mutating func name() -> String? {
            var out = ""
            if take("<") {
                while i < s.count, s[i] != ">" { out.unicodeScalars.append(s[i]); i += 1 }
                guard take(">"), !out.isEmpty else { return nil }
                return out
            }
            while i < s.count, s[i].properties.isAlphabetic { out.unicodeScalars.append(s[i]); i += 1 }
            return out.count >= 3 ? out : nil
        }

        /// [+-]hh[:mm[:ss]] in seconds (hours may go to 167 in a time of day).
        mutating func offset() -> Int? {
            var sign = 1
            if take("-") { sign = -1 } else { _ = take("+") }
            guard let h = number() else { return nil }
            var total = h * 3600
            if take(":") { guard let m = number() else { return nil }; total += m * 60 }
            if take(":") { guard let sec = number() else { return nil }; total += sec }
            return sign * total
        }

        mutating func number() -> Int? {
            var n = 0, digits = 0
            while i < s.count, let v = s[i].properties.numericType == .decimal ? Int(String(s[i])) : nil {
                n = n * 10 + v
                digits += 1
                i += 1
                if digits > 4 { return nil }
            }
            return digits == 0 ? nil : n
        }

        mutating func dateRule() -> DateRule? {
            if take("J") {
                guard let n = number(), (1...365).contains(n) else { return nil }
                return .julian(n)
            }
            if take("M") {
                guard let m = number(), (1...12).contains(m), take("."), let w = number(), (1...5).contains(w),
                      take("."), let d = number(), (0...6).contains(d) else { return nil }
                return .month(m, week: w, weekday: d)
            }
            guard let n = number(), (0...365).contains(n) else { return nil }
            return .zeroBased(n)
        }
    }
}
