/// The programme as iCalendar (RFC 5545): one VEVENT per intervention with a UID that
/// stays the same between exports, times in Europe/Vilnius with the zone described from
/// the tz database,
/// text escaped, CRLF line ends, and lines folded at 75 octets without splitting a
/// UTF-8 character.
public enum ICalendar {
    /// `stamp` (DTSTAMP) dates the export: the newest change in the log, so the same file
    /// gives the same bytes. Each event's SEQUENCE and LAST-MODIFIED come from the log of
    /// its intervention, so a calendar replaces an event that moved.
    public static func text(_ p: Programme, stamp: Timestamp, words: ExportWords) -> String {
        let tzid = p.zone.name
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kaunas Ideas//idea-tui//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(p.title), "X-WR-TIMEZONE:" + tzid,
        ]
        lines += timeZone(p)
        let dtstamp = utc(stamp)
        for item in p.items {
            var description = item.summary
            if !item.people.isEmpty { description += (description.isEmpty ? "" : "\n\n") + item.people.joined(separator: ", ") }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(item.slotId)-\(item.ideaId)@kaunas-ideas",
                "DTSTAMP:" + dtstamp,
                "SEQUENCE:\(item.revision)",
            ]
            if let changed = item.lastModified { lines.append("LAST-MODIFIED:" + utc(changed)) }
            lines += [
                "DTSTART;TZID=\(tzid):" + local(p.day, item.start),
                "DTEND;TZID=\(tzid):" + local(p.day, item.end),
                "SUMMARY:" + escape(item.title),
                "LOCATION:" + escape(Programme.location(item.venue)),
                "DESCRIPTION:" + escape(description),
                "CATEGORIES:" + item.sectors.map { escape(words.sector($0)) }.joined(separator: ","),
            ]
            if let contact = item.contact, let email = contact.email {
                lines.append("CONTACT:" + escape([item.people.first, email, contact.phone].compactMap { $0 }.joined(separator: ", ")))
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The zone as the tz database has it for the festival's year: the observance in force
    /// when the year begins, then each change during it, at its wall-clock moment.
    static func timeZone(_ p: Programme) -> [String] {
        let zone = p.zone
        let yearStart = Timestamp(day: Day(year: p.day.year, month: 1, day: 1) ?? p.day).seconds
        let yearEnd = Timestamp(day: Day(year: p.day.year + 1, month: 1, day: 1) ?? p.day).seconds
        var changes = zone.transitions(from: yearStart, to: yearEnd)
        if let before = zone.lastTransition(atOrBefore: yearStart - 1) { changes.insert(before, at: 0) }
        var out = ["BEGIN:VTIMEZONE", "TZID:" + zone.name]
        if changes.isEmpty {
            let offset = zone.offset(atSecond: yearStart)
            out += ["BEGIN:STANDARD", "TZOFFSETFROM:" + offset.compactText, "TZOFFSETTO:" + offset.compactText,
                    "TZNAME:" + escape(offset.abbreviation), "DTSTART:19700101T000000", "END:STANDARD"]
        }
        for change in changes {
            let kind = change.after.isDST ? "DAYLIGHT" : "STANDARD"
            // DTSTART is the moment of the change on the clock as it read before it.
            let localSeconds = change.at + change.before.seconds
            let day = Day(daysSinceEpoch: Int((Double(localSeconds) / 86_400).rounded(.down)))
            let second = localSeconds - day.daysSinceEpoch * 86_400
            out += ["BEGIN:" + kind, "TZOFFSETFROM:" + change.before.compactText, "TZOFFSETTO:" + change.after.compactText,
                    "TZNAME:" + escape(change.after.abbreviation),
                    "DTSTART:" + pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) + "T"
                        + pad(second / 3600, 2) + pad(second / 60 % 60, 2) + pad(second % 60, 2),
                    "END:" + kind]
        }
        out.append("END:VTIMEZONE")
        return out
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped; other control
    /// characters dropped (they may not appear in iCalendar text).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.isControlCode { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a content line into lines of at most 75 octets, each continuation starting
    /// with one space, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out: [String] = []
        var current = "", octets = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out.append(current)
                current = " "
                octets = 1
                limit = 75
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        out.append(current)
        return out.joined(separator: "\r\n")
    }

    static func local(_ day: Day, _ time: ClockTime) -> String {
        pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) + "T" + pad(time.minutes / 60, 2) + pad(time.minutes % 60, 2) + "00"
    }

    static func utc(_ t: Timestamp) -> String {
        // "2026-06-20T13:00:00Z" → "20260620T130000Z".
        String(t.text.filter { $0 != "-" && $0 != ":" })
    }
}
