/// The programme as the schedule XML that frab and pretalx publish and festival apps
/// read: schedule > version, conference, day > room > event. Event ids are positive
/// integers and guids and slugs unique, all stable for the same slots.
public enum FrabSchedule {
    /// `words` name the sectors (subtitle, track) and their language is `<language>`.
    public static func xml(_ p: Programme, version: String, words: ExportWords) -> String {
        let acronym = "kaunas-100-\(p.day.year)"
        // Ids in slot-id order, so an event keeps its number when others move.
        let ids = Dictionary(p.items.map(\.slotId).sorted().enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        var personIds: [String: Int] = [:]
        for name in p.items.flatMap(\.people) where personIds[name] == nil { personIds[name] = personIds.count + 1 }

        var x = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<schedule>",
                 "  <version>\(esc(version))</version>",
                 "  <conference>",
                 "    <title>\(esc(p.title))</title>",
                 "    <acronym>\(acronym)</acronym>",
                 "    <start>\(p.day.text)</start>",
                 "    <end>\(p.day.text)</end>",
                 "    <days>1</days>",
                 "    <timeslot_duration>\(hhmm(p.gridMinutes))</timeslot_duration>",
                 "    <time_zone_name>\(esc(p.zone.name))</time_zone_name>",
                 "  </conference>",
                 "  <day index=\"1\" date=\"\(p.day.text)\" start=\"\(ProgrammeFormats.isoStart(p, p.dayStart))\" end=\"\(ProgrammeFormats.isoStart(p, p.dayEnd))\">"]
        for venue in p.venues {
            x.append("    <room name=\"\(esc(venue.name))\">")
            for item in p.items where item.venue.id == venue.id {
                let id = ids[item.slotId] ?? 0
                x += [
                    "      <event id=\"\(id)\" guid=\"\(guid(acronym, item))\">",
                    "        <room>\(esc(venue.name))</room>",
                    "        <title>\(esc(item.title))</title>",
                    "        <subtitle>\(esc([venue.district, item.sectors.map(words.sector).joined(separator: ", ")].filter { !$0.isEmpty }.joined(separator: " · ")))</subtitle>",
                    "        <type>intervention</type>",
                    "        <date>\(ProgrammeFormats.isoStart(p, item.start))</date>",
                    "        <start>\(item.start.text)</start>",
                    "        <duration>\(hhmm(item.minutes))</duration>",
                    "        <abstract>\(esc(item.summary))</abstract>",
                    "        <slug>\(acronym)-\(id)-\(slug(item.title))</slug>",
                    "        <track>\(esc(item.sectors.first.map(words.sector) ?? "other"))</track>",
                    "        <language>\(esc(words.language))</language>",
                    "        <persons>",
                ]
                for name in item.people { x.append("          <person id=\"\(personIds[name] ?? 1)\">\(esc(name))</person>") }
                x += ["        </persons>", "      </event>"]
            }
            x.append("    </room>")
        }
        x += ["  </day>", "</schedule>"]
        return x.joined(separator: "\n") + "\n"
    }

    static func hhmm(_ minutes: Int) -> String { pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2) }

    static func esc(_ text: String) -> String { ProgrammeFormats.markup(text, apostrophe: "&apos;") }

    /// Lower-case ASCII letters and digits joined by dashes: "Kiemo šventė!" → "kiemo-svente".
    static func slug(_ title: String) -> String {
        var out = "", dash = false
        for scalar in SearchText.fold(title).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if dash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
            if out.utf8.count >= 60 { break }
        }
        return out.isEmpty ? "intervention" : out
    }

    /// A UUID-shaped guid from the slot and idea: the same for the same event.
    static func guid(_ acronym: String, _ item: Programme.Item) -> String {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325, h2: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in (acronym + "/" + item.slotId + "/" + item.ideaId).utf8 {
            h1 = (h1 ^ UInt64(byte)) &* 0x100_0000_01b3
            h2 = (h2 &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
        }
        let hex = String(h1, radix: 16).leftPadded(16) + String(h2, radix: 16).leftPadded(16)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
