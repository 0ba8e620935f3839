import IdeaModel

extension CommandLineStrings {
    /// "3 idėjos": the noun's form after `n`.
    static func lt(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) " + Strings.lithuanianPlural(n, one, few, many)
    }

    /// "iš 100": a count after "iš", with the noun in the genitive.
    static func ltOf(_ n: Int, _ one: String, _ many: String) -> String { "iš " + lt(n, one, many, many) }

    public static let lt = CommandLineStrings(
        badLang: { value in "--lang turi būti lt (lietuvių) arba en (anglų), ne \"\(value)\"" },
        sayWho: { doing in
            let who: String
            switch doing {
            case .importing: who = "kas importuoja"
            case .assigning: who = "kas skiria mentorius"
            case .scheduling: who = "kas planuoja"
            case .mentoring: who = "kas jūs esate"
            }
            return "nurodykite, \(who), su --as VARDAS (arba IDEA_TUI_USER): žurnale įrašoma, kas padarė kiekvieną pakeitimą."
        },
        excelIsForCSV: "--excel ir --separator skirti CSV: --format csv arba invitations",
        addAuto: "pridėkite --auto: rankomis intervencijos dedamos terminalo sąsajoje",
        ideasRange: { n in "--ideas turi būti nuo 1 iki 100 000, ne \(n)" },
        readyWithVenues: "--ready nurodomas kartu su --venues arba --load: planuojamam festivaliui reikia ir idėjų, ir vietų",
        readyRange: { n in "--ready turi būti nuo 1 iki 30 000, ne \(n)" },
        venuesRange: { n in "--venues turi būti nuo 1 iki 1 000, ne \(n)" },
        venuesOrLoad: "nurodykite --venues arba --load, ne abu",
        loadRange: { x in "--load turi būti nuo 0,1 iki 10, ne \(String(String(x).map { $0 == "." ? "," : $0 }))" },
        festivalDayFormat: { text in "--festival-day turi būti data, pvz. 2026-06-20, ne \"\(text)\"" },
        unknownStage: { value, all in "nežinomas etapas \"\(value)\"; galimi: \(all)" },
        unknownSector: { value, all in "nežinomas sektorius \"\(value)\"; galimi: \(all)" },
        waitingForLock: { who, name in "idea-tui: laukiama, kol \(who) atleis \(name)…" },
        notSaved: { why in "neišsaugota: \(why)" },
        changedMeanwhile: { reasons in "neišsaugota: per tą laiką kažkas kitas tai pakeitė: \(reasons); paleiskite dar kartą." },
        standardOutput: { why in "idea-tui: standartinė išvestis: nepavyko įrašyti: \(why)." },
        noSuchFile: { path in "\(path): tokio failo nėra." },
        standardInputName: "standartinė įvestis",
        standardInputUnreadable: { why in "standartinė įvestis: nepavyko perskaityti: \(why)." },
        alreadyThere: { path in "\(path): failas jau yra; jis neperrašytas (kad pakeistumėte, pridėkite --force)." },
        isTheDatabase: { path in "\(path): tai pati duomenų bazė; ji neperrašyta (pasirinkite kitą --output)." },
        wrote: { path, what in "\(path): įrašyta \(what)." },
        noTimeZone: { path, name in "\(path): nepavyko perskaityti laiko juostos \(name) (įdiekite paketą tzdata)" },
        badTimeZone: { path, name, why in "\(path): nepavyko perskaityti laiko juostos \(name): \(why)" },
        chosenInUTC: { why, output in "pastaba: \(why); laikai faile \(output) parenkami pagal UTC" },
        valid: { name, db in
            "\(name): tinkamas. " + [lt(db.ideas.count, "idėja", "idėjos", "idėjų"), lt(db.people.count, "žmogus", "žmonės", "žmonių"),
                                     lt(db.teams.count, "komanda", "komandos", "komandų"), lt(db.venues.count, "vieta", "vietos", "vietų")]
                .joined(separator: ", ")
                + "; festivalio tinklelyje " + lt(db.festival.slots.count, "intervencija", "intervencijos", "intervencijų")
                + " (tikslas – \(db.festival.target))."
        },
        generated: { output, db in
            "\(output): įrašyta " + [lt(db.ideas.count, "idėja", "idėjos", "idėjų"), lt(db.people.count, "žmogus", "žmonės", "žmonių"),
                                     lt(db.teams.count, "komanda", "komandos", "komandų"),
                                     lt(db.festival.slots.count, "festivalio laikas", "festivalio laikai", "festivalio laikų")]
                .joined(separator: ", ") + "."
        },
        ideasShown: { shown, all in "\(shown) \(ltOf(all, "idėjos", "idėjų"))" },
        listHeader: ["ID", "PAVADINIMAS", "ETAPAS", "SEKTORIAI", "RAJONAS"],
        mentorsHeader: ["ID", "VARDAS", "KRŪVIS", "SRITYS", "RAJONAI"],
        mentorsSummary: { mentors, load, capacity, full in
            lt(mentors, "mentorius", "mentoriai", "mentorių") + "; užimta \(load) \(ltOf(capacity, "vietos", "vietų")); "
                + "visiškai užimtų: \(full)"
        },
        suggestHeader: ["KOMANDA", "IDĖJA", "MENTORIUS", "TINKA", "KODĖL"],
        noMentorFor: { teamId, title, why in "\(teamId) „\(title)“: be mentoriaus, \(why)" },
        suggestSummary: { given, needing, fit in
            "\(given) \(ltOf(needing, "komandos", "komandų")) be mentoriaus jį gauna; bendras tikimas \(fit)"
        },
        nothingToAssign: { path in "Nėra ko paskirti; \(path) nepakeistas." },
        assigned: { n, path in "Paskirta mentorių: \(n) (\(path))." },
        scheduleHeader: ["PRADŽIA", "PABAIGA", "VIETA", "IDĖJA"],
        notPlaced: { ideaId, title, why in "nesuplanuota: \(ideaId) „\(title)“: \(why)" },
        placedSummary: { placed, all, saved, scheduled, target in
            "suplanuota \(placed) \(ltOf(all, "idėjos", "idėjų")); festivalyje "
                + (saved ? "dabar suplanuota" : "būtų suplanuota") + " \(scheduled)/\(target)"
        },
        dryRun: "Bandomasis paleidimas: nieko neišsaugota.",
        nothingToPlace: { path in "Nėra ko suplanuoti; \(path) nepakeistas." },
        stats: { s, db, words in
            var out = "\(db.festival.title), \(db.festival.day.text): suplanuota \(s.scheduled)/\(s.target)\n"
            out += "  pusiausvyra: " + Sector.allCases.map { "\(words.sector($0)) \(s.scheduledBySector[$0] ?? 0)" }.joined(separator: ", ") + "\n\n"
            out += "Idėjos pagal etapą (iš viso \(s.ideaCount))\n"
            out += figures(Stage.allCases.map { (words.stage($0), s.byStage[$0] ?? 0) })
            out += "\nIdėjos pagal sektorių (idėja gali turėti kelis)\n"
            out += figures(Sector.allCases.map { (words.sector($0), s.bySector[$0] ?? 0) })
            out += "\nIdėjos pagal rajoną\n"
            out += figures(s.districtsByCount.map { ($0.district, $0.count) })
            let loads = s.mentorLoads
            let taken = loads.reduce(0) { $0 + $1.teams }, capacity = loads.reduce(0) { $0 + $1.capacity }
            out += "\nMentoriai: \(loads.count), užimta \(taken) \(ltOf(capacity, "vietos", "vietų")); visiškai užimtų: \(s.mentorsAtCapacity)\n"
            out += "Komandos be mentoriaus: \(s.teamsWithoutMentor.count)\n"
            return out
        },
        scheduledInterventions: { n in lt(n, "suplanuota intervencija", "suplanuotos intervencijos", "suplanuotų intervencijų") },
        withLeadsContacts: ", su vadovų el. paštu ir telefonu",
        pendingInvitations: { n in lt(n, "neatsakytas kvietimas", "neatsakyti kvietimai", "neatsakytų kvietimų") },
        withContacts: ", su el. paštu ir telefonu",
        contactsLeftOut: " (be kontaktų; el. paštui ir telefonui pridėkite --include-contacts)",
        importRow: { row, text in "\(row) eilutė: \(text)" },
        newPerson: { id, name in "naujas asmuo \(id) \(name)" },
        skipped: { skip in
            switch skip {
            case .sameAsRow(let row): return "praleista: ta pati idėja kaip \(row) eilutėje"
            case .alreadyThere(let id, let title): return "praleista: duomenų bazėje jau yra kaip \(id) („\(title)“)"
            }
        },
        columnsNotUsed: { names in "nenaudoti stulpeliai: " + names.map { "„\($0)“" }.joined(separator: ", ") },
        nothingImported: { problems, rows, db in
            "nieko neimportuota: " + lt(problems, "problema", "problemos", "problemų")
                + (rows > 0 ? " (eilučių: \(rows))" : "") + "; \(db) nepakeistas."
        },
        imported: { ideas, people, skipped in
            lt(ideas, "idėja", "idėjos", "idėjų") + " (naujų žmonių: \(people))"
                + (skipped == 0 ? "" : ", praleista eilučių: \(skipped)")
        },
        importDryRun: { what in "Bandomasis paleidimas: būtų importuota \(what); nieko neišsaugota." },
        nothingToImport: { skipped, db in
            "Nėra ką importuoti" + (skipped == 0 ? "" : " (praleista eilučių: \(skipped))") + "; \(db) nepakeistas."
        },
        importedInto: { what, db in "Importuota \(what) į \(db)." }
    )
}
