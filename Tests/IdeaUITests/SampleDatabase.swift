import IdeaModel

/// A small, fictional season for screen tests: every stage, all five sectors, Lithuanian
/// names, a CJK and an emoji title, mentors at and under capacity, a partly scheduled
/// festival, and one log entry with pasted terminal escapes. `Tests/Fixtures/dashboard.db.json`
/// is this value written out (the end-to-end test opens it); a test keeps the two in step.
enum SampleDatabase {
    static let day = Day(year: 2026, month: 6, day: 20) ?? Day(daysSinceEpoch: 0)

    static func at(_ month: Int, _ d: Int, _ hour: Int, _ minute: Int = 0) -> Timestamp {
        Timestamp(day: Day(year: 2026, month: month, day: d) ?? day, hour: hour, minute: minute)
    }

    static let people: [Person] = [
        Person(id: "p-ruta", name: "Rūta Žemaitytė", organisation: "Idėjų platforma", sectors: [.cultural], roles: [.facilitator]),
        Person(id: "p-jonas", name: "Jonas Petraitis", sectors: [.youth], roles: [.author, .talent]),
        Person(id: "p-egle", name: "Eglė Kazlauskaitė", organisation: "KTU verslo praktikų centras", sectors: [.business],
               roles: [.mentor], mentor: MentorProfile(expertise: ["finance", "pitching"], capacity: 2)),
        Person(id: "p-mindaugas", name: "Mindaugas Šimkus", sectors: [.educational], roles: [.mentor],
               mentor: MentorProfile(expertise: ["education", "workshops"], capacity: 6)),
        Person(id: "p-aiste", name: "Aistė Vaitkutė", sectors: [.social], roles: [.mentor],
               mentor: MentorProfile(expertise: ["community"], capacity: 2)),
        Person(id: "p-tomas", name: "Tomas Grigas", sectors: [.cultural], roles: [.mentor],
               mentor: MentorProfile(expertise: ["stage", "sound"], capacity: 1)),
        Person(id: "p-gintare", name: "Gintarė Balčiūnė", sectors: [.youth, .social], roles: [.mentor],
               mentor: MentorProfile(expertise: ["youth work"], capacity: 3)),
        Person(id: "p-lukas", name: "Lukas Čepas", sectors: [.youth], roles: [.author, .talent]),
        Person(id: "p-ieva", name: "Ieva Būtėnaitė", sectors: [.educational], roles: [.author, .talent]),
        Person(id: "p-dovydas", name: "Dovydas Ąžuolas", sectors: [.business], roles: [.author, .talent]),
        Person(id: "p-yuki", name: "Yuki Tanaka", sectors: [.cultural], roles: [.author, .talent]),
    ]

    /// (id, title, stage, sectors, district)
    static let ideaRows: [(String, String, Stage, [Sector], String)] = [
        ("i01", "Kiemų šventė Šančiuose", .shared, [.social, .cultural], "Šančiai"),
        ("i02", "Dviračių taisykla jaunimui", .shared, [.youth, .business], "Dainava"),
        ("i03", "Senamiesčio garsų žemėlapis", .shared, [.cultural], "Senamiestis"),
        ("i04", "Knygų mainų spintos", .shared, [.educational, .social], "Eiguliai"),
        ("i05", "Upės pakrantės pikniko stalai", .shared, [.social], "Aleksotas"),
        ("i06", "Žaliakalnio laiptų galerija", .refined, [.cultural, .youth], "Žaliakalnis"),
        ("i07", "Robotikos būrelis kieme", .refined, [.educational, .youth], "Šilainiai"),
        ("i08", "Vietinių ūkininkų turgelis", .refined, [.business, .social], "Vilijampolė"),
        ("i09", "漢字 kaligrafijos dirbtuvės", .refined, [.cultural, .educational], "Centras"),
        ("i10", "Pirmas darbas: CV klinika", .team, [.youth, .business], "Centras"),
        ("i11", "Senjorų ir moksleivių skaitymai", .team, [.social, .educational], "Dainava"),
        ("i12", "Gatvės krepšinio lyga", .team, [.youth], "Šilainiai"),
        ("i13", "Kauno modernizmo pasivaikščiojimai", .mentored, [.cultural, .educational], "Centras"),
        ("i14", "Socialinio verslo kavinė", .mentored, [.business, .social], "Vilijampolė"),
        ("i15", "Jaunimo podkastų studija", .mentored, [.youth, .cultural], "Žaliakalnis"),
        ("i16", "Šokių vakaras 🎉 prie Nemuno", .workshops, [.cultural, .youth], "Aleksotas"),
        ("i17", "Mokyklų sodų tinklas", .workshops, [.educational, .social], "Eiguliai"),
        ("i18", "Amatų mugė", .workshops, [.business, .cultural], "Senamiestis"),
        ("i19", "Kiemo kinas", .ready, [.cultural, .social], "Šančiai"),
        ("i20", "Mokslo šou vaikams", .ready, [.educational, .youth], "Dainava"),
        ("i21", "Laisvės alėjos piešiniai", .scheduled, [.cultural, .youth], "Centras"),
        ("i22", "Verslumo pusryčiai", .scheduled, [.business], "Centras"),
        ("i23", "Bendruomenės daržas", .scheduled, [.social, .educational], "Žaliakalnis"),
        ("i24", "Jaunimo teatro etiudai", .scheduled, [.youth, .cultural], "Senamiestis"),
        ("i25", "Plaukiojanti scena", .parked, [.cultural], "Aleksotas"),
        ("i26", "Nakties bėgimas", .withdrawn, [.youth, .social], "Petrašiūnai"),
    ]

    static let ideas: [Idea] = ideaRows.enumerated().map { n, row in
        let authors = ["p-jonas", "p-lukas", "p-ieva", "p-dovydas", "p-yuki"]
        let plan: InterventionPlan? = [.ready, .scheduled].contains(row.2)
            ? InterventionPlan(durationMinutes: 60, features: [.outdoor], audience: 40, districts: [row.4]) : nil
        let reason: String? = row.2 == .parked ? "waiting for a summer venue" : row.2 == .withdrawn ? "the team moved away" : nil
        return Idea(id: row.0, title: row.1, summary: "", authorId: authors[n % authors.count], sectors: row.3,
                    district: row.4, stage: row.2, createdAt: at(3, 1 + n, 12), reason: reason, plan: plan)
    }

    /// Mentors per team, by idea id; ideas at "team" have none yet.
    static let mentoring: [(String, [String])] = [
        ("i10", []), ("i11", []), ("i12", []),
        ("i13", ["p-mindaugas"]), ("i14", ["p-egle", "p-aiste"]), ("i15", ["p-gintare"]),
        ("i16", ["p-tomas"]), ("i17", ["p-mindaugas"]), ("i18", ["p-egle"]),
        ("i19", ["p-aiste"]), ("i20", ["p-mindaugas"]), ("i21", ["p-gintare"]),
        ("i22", ["p-mindaugas"]), ("i23", ["p-gintare"]), ("i24", ["p-mindaugas"]),
    ]

    static let teams: [Team] = mentoring.enumerated().map { n, row in
        let talents = ["p-jonas", "p-lukas", "p-ieva", "p-dovydas", "p-yuki"]
        let lead = talents[n % talents.count]
        let members = talents.filter { $0 != lead }.prefix(2).map { Member(personId: $0, role: "member") }
        return Team(id: "t-" + row.0, ideaId: row.0, leadId: lead, members: members,
                    openRoles: n % 3 == 0 ? [OpenRole(id: "r1", title: "Dizaineris", skills: ["design"])] : [],
                    mentorIds: row.1, trackId: n >= 6 ? "track-1" : nil)
    }

    static let venues: [Venue] = [
        Venue(id: "v-laisves", name: "Laisvės alėja, fontanas", district: "Centras", address: "Laisvės al.", capacity: 300,
              features: [.outdoor, .power], opens: ClockTime(10), closes: ClockTime(22)),
        Venue(id: "v-santaka", name: "Santakos parkas", district: "Senamiestis", address: "Papilio g.", capacity: 500,
              features: [.outdoor, .stage], opens: ClockTime(10), closes: ClockTime(22)),
        Venue(id: "v-kiemas", name: "Žaliakalnio kiemas", district: "Žaliakalnis", address: "Savanorių pr.", capacity: 80,
              features: [.outdoor, .kids], opens: ClockTime(10), closes: ClockTime(20)),
    ]

    static let slots: [Slot] = [
        Slot(id: "s1", ideaId: "i21", venueId: "v-laisves", start: ClockTime(11), end: ClockTime(12), pinned: true),
        Slot(id: "s2", ideaId: "i22", venueId: "v-laisves", start: ClockTime(13), end: ClockTime(14)),
        Slot(id: "s3", ideaId: "i23", venueId: "v-kiemas", start: ClockTime(15), end: ClockTime(16)),
        Slot(id: "s4", ideaId: "i24", venueId: "v-santaka", start: ClockTime(18), end: ClockTime(19, 30)),
    ]

    static let log: [LogEntry] = [
        LogEntry(id: "l01", at: at(5, 2, 9), by: "p-ruta", kind: "stage", ideaId: "i06", summary: "moved from shared to refined"),
        LogEntry(id: "l02", at: at(5, 4, 14, 30), by: "p-ruta", kind: "stage", ideaId: "i10", summary: "moved from refined to team"),
        LogEntry(id: "l03", at: at(5, 6, 10), by: "p-ruta", kind: "mentor", ideaId: "i14", summary: "Eglė Kazlauskaitė became a mentor"),
        LogEntry(id: "l04", at: at(5, 9, 16, 15), by: "p-ruta", kind: "stage", ideaId: "i16", summary: "moved from mentored to workshops"),
        LogEntry(id: "l05", at: at(5, 12, 11), by: "p-ruta", kind: "note", ideaId: "i18",
                 summary: "note pasted from a terminal: \u{1B}[31mred\u{1B}[0m\u{07}"),
        LogEntry(id: "l06", at: at(5, 14, 10, 30), by: "p-ruta", kind: "schedule", ideaId: "i21", summary: "placed at Laisvės alėja, 11:00–12:00"),
        LogEntry(id: "l07", at: at(5, 15, 12), by: "p-ruta", kind: "schedule", ideaId: "i22", summary: "placed at Laisvės alėja, 13:00–14:00"),
        LogEntry(id: "l08", at: at(5, 18, 9, 45), by: "p-ruta", kind: "stage", ideaId: "i25", summary: "parked", reason: "waiting for a summer venue"),
        LogEntry(id: "l09", at: at(5, 20, 17), by: "p-ruta", kind: "schedule", ideaId: "i23", summary: "placed at Žaliakalnio kiemas, 15:00–16:00"),
        LogEntry(id: "l10", at: at(5, 21, 8), by: "p-ruta", kind: "stage", ideaId: "i26", summary: "withdrawn", reason: "the team moved away"),
        LogEntry(id: "l11", at: at(5, 22, 19, 5), by: "p-ruta", kind: "schedule", ideaId: "i24", summary: "placed at Santakos parkas, 18:00–19:30"),
        LogEntry(id: "l12", at: at(5, 23, 13), by: "p-ruta", kind: "idea", ideaId: "i05", summary: "shared a new idea"),
    ]

    static let database = Database(
        districts: Database.kaunasDistricts,
        people: people,
        ideas: ideas,
        teams: teams,
        tracks: [WorkshopTrack.standard],
        venues: venues,
        festival: Festival(title: "100 in 1 day", day: day, slots: slots),
        log: log
    )

    /// A database with nothing in it yet.
    static let empty = Database(districts: Database.kaunasDistricts, festival: Festival(title: "100 in 1 day", day: day))
}
