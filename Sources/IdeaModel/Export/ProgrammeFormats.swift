/// The programme as CSV, JSON, Markdown and one self-contained HTML page, in the words
/// of the chosen language. Times are local (Europe/Vilnius); ISO date-times carry the
/// offset the tz database gives for that moment.
public enum ProgrammeFormats {
    static func isoStart(_ p: Programme, _ time: ClockTime) -> String {
        p.day.text + "T" + time.text + ":00" + p.offset(at: time).isoText
    }

    // MARK: CSV

    /// Lists inside one cell (sectors, tags, people) are all joined the same way.
    static let cellList = "; "

    public static func csv(_ p: Programme, includeContacts: Bool, words: ExportWords,
                           options: CSVWriter.Options = CSVWriter.Options()) -> String {
        let columns = words.programmeColumns
        var out = CSVWriter(header: Array(columns.prefix(includeContacts ? 15 : 13)), options: options)
        for item in p.items {
            var row = [item.slotId, p.day.text, item.start.text, item.end.text, String(item.minutes), item.title,
                       item.venue.name, item.venue.district, item.venue.address,
                       item.sectors.map(words.sector).joined(separator: cellList),
                       item.tags.joined(separator: cellList), item.people.joined(separator: cellList), item.summary]
            if includeContacts { row += [item.contact?.email ?? "", item.contact?.phone ?? ""] }
            out.row(row)
        }
        return out.text
    }

    // MARK: JSON (documented in docs/EXPORTS.md)

    public static func json(_ p: Programme, includeContacts: Bool) -> String {
        let venues: [JSONValue] = p.venues.map { v in
            .object(["id": .string(v.id), "name": .string(v.name), "district": .string(v.district), "address": .string(v.address),
                     "capacity": .int(v.capacity), "features": .array(v.features.map { .string($0.rawValue) })])
        }
        let items: [JSONValue] = p.items.map { item in
            var o: [String: JSONValue] = [
                "slot": .string(item.slotId), "idea": .string(item.ideaId), "title": .string(item.title),
                "summary": .string(item.summary), "sectors": .array(item.sectors.map { .string($0.rawValue) }),
                "tags": .array(item.tags.map(JSONValue.string)), "venue": .string(item.venue.id),
                "start": .string(isoStart(p, item.start)), "end": .string(isoStart(p, item.end)),
                "minutes": .int(item.minutes), "people": .array(item.people.map(JSONValue.string)),
            ]
            if includeContacts {
                o["contact"] = .object(["email": item.contact?.email.map(JSONValue.string) ?? .null,
                                        "phone": item.contact?.phone.map(JSONValue.string) ?? .null])
            }
            return .object(o)
        }
        let festival: JSONValue = .object([
            "title": .string(p.title), "date": .string(p.day.text), "timezone": .string(p.zone.name),
            "start": .string(isoStart(p, p.dayStart)), "end": .string(isoStart(p, p.dayEnd)),
            "target": .int(p.target), "scheduled": .int(p.items.count), "gridMinutes": .int(p.gridMinutes),
        ])
        let doc: JSONValue = .object(["format": .string("kaunas-ideas-programme/1"), "festival": festival,
                                      "venues": .array(venues), "interventions": .array(items)])
        return String(decoding: JSONWriter().write(doc), as: UTF8.self)
    }

    // MARK: Markdown

    /// Text safe in Markdown: the characters that start formatting, links or HTML are
    /// backslash-escaped, line breaks become spaces.
    static func md(_ text: String) -> String {
        var out = ""
        for c in text {
            if c.isNewline { out += " "; continue }
            if "\\`*_{}[]()<>#+-.!|~&".contains(c) { out += "\\" }
            if c.unicodeScalars.count == 1, c.unicodeScalars.first?.isControlCode == true { continue }
            out.append(c)
        }
        return out
    }

    public static func markdown(_ p: Programme, words: ExportWords) -> String {
        var lines = ["# " + md(p.title), "", "\(p.day.text) · \(md(words.count(p.items.count, p.venues.count)))", "",
                     "## " + md(words.byTime), ""]
        for item in p.items {
            lines.append("- **\(item.start.text)–\(item.end.text)** \(md(item.title)) — \(md(Programme.place(item.venue)))"
                         + (item.sectors.isEmpty ? "" : " · " + md(item.sectors.map(words.sector).joined(separator: ", "))))
        }
        lines += ["", "## " + md(words.byVenue)]
        for venue in p.venues {
            lines += ["", "### " + md(venue.name), "", md([venue.district, venue.address].filter { !$0.isEmpty }.joined(separator: ", ")), ""]
            for item in p.items where item.venue.id == venue.id {
                lines.append("- **\(item.start.text)–\(item.end.text)** \(md(item.title))")
            }
        }
        lines += ["", "## " + md(words.venuesByDistrict)]
        for district in orderedDistricts(p) {
            lines += ["", "### " + md(district), ""]
            for venue in p.venues where venue.district == district {
                lines.append("- \(md(venue.name))" + (venue.address.isEmpty ? "" : " — " + md(venue.address)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func orderedDistricts(_ p: Programme) -> [String] {
        var seen: [String] = []
        for venue in p.venues where !seen.contains(venue.district) { seen.append(venue.district) }
        return seen
    }

    // MARK: HTML

    /// Text for HTML content and attribute values: & < > " ' escaped, control
    /// characters dropped.
    static func html(_ text: String) -> String { markup(text, apostrophe: "&#39;") }

    /// Text for XML or HTML: markup characters escaped, and the characters XML 1.0 does
    /// not allow (controls other than tab and line feed, U+FFFE, U+FFFF) dropped.
    static func markup(_ text: String, apostrophe: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.isControlCode || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func htmlPage(_ p: Programme, words: ExportWords) -> String {
        var body: [String] = []
        body.append("<h1>\(html(p.title))</h1>")
        body.append("<p class=\"meta\">\(html(p.day.text)) · \(html(words.count(p.items.count, p.venues.count)))</p>")
        body.append("<h2>\(html(words.byTime))</h2>\n<ol class=\"programme\">")
        for item in p.items {
            body.append("<li><time datetime=\"\(html(isoStart(p, item.start)))\">\(item.start.text)–\(item.end.text)</time> "
                        + "<strong>\(html(item.title))</strong> <span class=\"where\">\(html(Programme.place(item.venue)))</span>"
                        + (item.summary.isEmpty ? "" : "<br><span class=\"summary\">\(html(item.summary))</span>") + "</li>")
        }
        body.append("</ol>\n<h2>\(html(words.byVenue))</h2>")
        for venue in p.venues {
            body.append("<h3>\(html(venue.name))</h3>\n<p class=\"meta\">\(html([venue.district, venue.address].filter { !$0.isEmpty }.joined(separator: ", ")))</p>\n<ul>")
            for item in p.items where item.venue.id == venue.id {
                body.append("<li><time>\(item.start.text)–\(item.end.text)</time> \(html(item.title))</li>")
            }
            body.append("</ul>")
        }
        body.append("<h2>\(html(words.venuesByDistrict))</h2>")
        for district in orderedDistricts(p) {
            body.append("<h3>\(html(district))</h3>\n<ul>")
            for venue in p.venues where venue.district == district {
                body.append("<li>\(html(venue.name))" + (venue.address.isEmpty ? "" : " — \(html(venue.address))") + "</li>")
            }
            body.append("</ul>")
        }
        return """
        <!DOCTYPE html>
        <html lang="\(html(words.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(html(p.title))</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1b1b1b;background:#fff}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-bottom:.2rem}
        ol,ul{padding-left:1.2rem}li{margin:.35rem 0;overflow-wrap:anywhere}
        time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.3rem}
        .meta,.where,.summary{color:#555}
        @media (prefers-color-scheme:dark){body{background:#111;color:#eee}.meta,.where,.summary{color:#aaa}}
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}
