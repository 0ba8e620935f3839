import IdeaModel

/// The forms of the festival's venues and of its settings.
enum FestivalForms {
    static func venue(_ venue: Venue?, _ db: Database, _ s: Strings) -> Form {
        let f = s.festival
        return Form(title: venue.map { s.forms.titled(f.actEditVenue, $0.name) } ?? String(f.actNewVenue.dropLast()),
                    kind: venue.map { .editVenue($0.id) } ?? .newVenue, fields: [
            .line("name", f.fName, venue?.name ?? ""),
            .choice("district", f.fDistrict, venue.map { [$0.district] } ?? [], options: FormOptions.districts(db)),
            .line("address", f.fAddress, venue?.address ?? ""),
            .line("capacity", f.fCapacity, venue.map { String($0.capacity) } ?? ""),
            .choice("features", f.fFeatures, venue?.features.map(\.rawValue) ?? [], options: FormOptions.features(s), multiple: true),
            .line("opens", f.fOpens, (venue?.opens ?? db.festival.dayStart).text),
            .line("closes", f.fCloses, (venue?.closes ?? db.festival.dayEnd).text),
        ])
    }

    static func submitVenue(_ form: Form, id: String?, _ s: Strings) -> Result<Command, FormProblems> {
        var c = FormCheck(form, s.forms)
        let name = c.text("name")
        let district = c.choice("district")
        let address = c.text("address", required: false)
        let capacity = c.number("capacity", minimum: 1) ?? 0
        let features = c.choices("features").compactMap(VenueFeature.init(rawValue:))
        let opens = required(&c, "opens", s), closes = required(&c, "closes", s)
        if let opens, let closes, closes <= opens { c.problem("closes", s.festival.closesAfterOpening) }
        let venue = Venue(id: id ?? "", name: name, district: district, address: address, capacity: capacity,
                          features: features, opens: opens ?? ClockTime(0), closes: closes ?? ClockTime(0))
        return c.result(id == nil ? .addVenue(venue) : .editVenue(venue))
    }

    static func settings(_ db: Database, _ s: Strings) -> Form {
        let f = s.festival, fest = db.festival
        return Form(title: f.settingsTitle, kind: .festival, fields: [
            .line("title", f.fTitle, fest.title),
            .line("date", f.fDate, fest.day.text),
            .line("target", f.fTarget, String(fest.target)),
            .line("dayStart", f.fDayStart, fest.dayStart.text),
            .line("dayEnd", f.fDayEnd, fest.dayEnd.text),
            .line("grid", f.fGrid, String(fest.gridMinutes)),
            .line("changeover", f.fChangeover, String(fest.changeoverMinutes)),
            .line("travel", f.fTravel, String(fest.travelMinutes)),
            .line("maxMentors", f.fMaxMentors, String(fest.maxMentorsPerTeam)),
        ])
    }

    static func submitSettings(_ form: Form, _ db: Database, _ s: Strings) -> Result<Command, FormProblems> {
        var c = FormCheck(form, s.forms)
        var settings = FestivalSettings(db.festival)
        settings.title = c.text("title")
        settings.day = c.day("date") ?? settings.day
        settings.target = c.number("target", minimum: 1) ?? settings.target
        settings.dayStart = required(&c, "dayStart", s) ?? settings.dayStart
        settings.dayEnd = required(&c, "dayEnd", s) ?? settings.dayEnd
        if settings.dayEnd <= settings.dayStart { c.problem("dayEnd", s.festival.closesAfterOpening) }
        settings.gridMinutes = c.number("grid", minimum: 1) ?? settings.gridMinutes
        settings.changeoverMinutes = c.number("changeover") ?? settings.changeoverMinutes
        settings.travelMinutes = c.number("travel") ?? settings.travelMinutes
        settings.maxMentorsPerTeam = c.number("maxMentors", minimum: 1) ?? settings.maxMentorsPerTeam
        return c.result(.setFestival(settings))
    }

    /// A time that must be given.
    private static func required(_ c: inout FormCheck, _ id: String, _ s: Strings) -> ClockTime? {
        let time = c.time(id)
        if time == nil, c.problems[id] == nil { c.problem(id, s.festival.timeNeeded) }
        return time
    }
}
