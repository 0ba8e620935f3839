/// The programme as iCalendar (RFC 5545): one VEVENT per intervention with a UID that
/// stays the same between exports, times in Europe/Vilnius with the zone described,
/// text escaped, CRLF line ends, and lines folded at 75 octets without splitting a
/// UTF-8 character.
public enum ICalendar {
    public static func text(_ p: Programme, stamp: Timestamp) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kaunas Ideas//idea-tui//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(p.title), "X-WR-TIMEZONE:Europe/Vilnius",
            "BEGIN:VTIMEZONE", "TZID:Europe/Vilnius",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ]
        let dtstamp = utc(stamp)
        for item in p.items {
            var location = [item.venue.name, item.venue.district]
            if !item.venue.address.isEmpty { location.append(item.venue.address) }
            var description = item.summary
            if !item.people.isEmpty { description += (description.isEmpty ? "" : "\n\n") + item.people.joined(separator: ", ") }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(item.slotId)-\(item.ideaId)@kaunas-ideas",
                "DTSTAMP:" + dtstamp,
                "DTSTART;TZID=Europe/Vilnius:" + local(p.day, item.start),
                "DTEND;TZID=Europe/Vilnius:" + local(p.day, item.end),
                "SUMMARY:" + escape(item.title),
                "LOCATION:" + escape(location.joined(separator: ", ")),
                "DESCRIPTION:" + escape(description),
                "CATEGORIES:" + item.sectors.map { escape($0.rawValue) }.joined(separator: ","),
            ]
            if let contact = item.contact, let email = contact.email {
                lines.append("CONTACT:" + escape([item.people.first, email, contact.phone].compactMap { $0 }.joined(separator: ", ")))
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
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
        // "2027-06-19T13:00:00Z" → "20270619T130000Z".
        String(t.text.filter { $0 != "-" && $0 != ":" })
    }
}
