import IdeaModel

extension Strings {
    public static let lt = Strings(
        dashboard: "Apžvalga", ideas: "Idėjos", board: "Lenta", people: "Žmonės", teams: "Komandos",
        mentors: "Mentoriai", venues: "Vietos", forums: "Forumai ir dirbtuvės",
        quit: "išeiti", quitHelp: "išeiti iš Kaunas Ideas",
        help: "pagalba", helpHelp: "rodyti šio ekrano ar lango klavišus",
        close: "uždaryti", closeHelp: "uždaryti šį langą",
        redraw: "perpiešti", redrawHelp: "perpiešti ekraną",
        back: "atgal", backHelp: "grįžti atgal",
        open: "atverti", openHelp: "atverti pasirinktą įrašą",
        search: "ieškoti", searchHelp: "ieškoti (raidžių dydis ir diakritikai nesvarbūs)",
        nextMatch: "kitas", nextMatchHelp: "kitas radinys",
        previousMatch: "ankstesnis", previousMatchHelp: "ankstesnis radinys",
        filter: "filtrai", filterHelp: "pasirinkti filtrus",
        clearFilters: "valyti", clearFiltersHelp: "išvalyti visus filtrus",
        sort: "rikiuoti", sortHelp: "pasirinkti rikiavimo stulpelį (dar kartą: atvirkščiai)",
        move: "judėti", moveHelp: "perkelti žymeklį",
        page: "puslapis", pageHelp: "puslapis aukštyn ar žemyn",
        firstLast: "pirmas/paskutinis", firstLastHelp: "pirmas ar paskutinis įrašas",
        nextScreen: "ekranai", nextScreenHelp: "kitas ar ankstesnis ekranas",
        screenNumberHelp: "eiti į ekraną 1–9",
        columns: "stulpeliai", columnsHelp: "judėti tarp stulpelių",
        keysTitle: "Klavišai",
        terminalTooSmall: "terminalas per mažas:",
        needsHave: { need, have in "reikia \(need), yra \(have)" },
        scheduledOf: { n, target in "suplanuota \(n)/\(target)" },
        ideaCount: { n in "idėjų: \(n)" },
        shownOf: { shown, total in "\(shown) iš \(total)" },
        noMatches: { q in "„\(q)“ nerasta" },
        searchPrompt: "Paieška: ",
        filtersLabel: "Filtrai:",
        sortTitle: "Rikiuoti pagal",
        filterTitle: "Filtrai",
        noneMatchFilters: "Nė viena eilutė neatitinka filtrų (F juos išvalo).",
        nothingHere: "Kol kas nieko nėra.",
        yes: "taip", no: "ne", none: "nėra",
        stage: { stage in
            switch stage {
            case .shared: return "pasidalinta"
            case .refined: return "išgryninta"
            case .team: return "komanda"
            case .mentored: return "su mentoriumi"
            case .workshops: return "dirbtuvės"
            case .ready: return "parengta"
            case .scheduled: return "suplanuota"
            case .delivered: return "įgyvendinta"
            case .parked: return "atidėta"
            case .withdrawn: return "atsiimta"
            }
        },
        sector: { sector in
            switch sector {
            case .youth: return "jaunimas"
            case .cultural: return "kultūra"
            case .educational: return "švietimas"
            case .business: return "verslas"
            case .social: return "socialinis"
            }
        },
        role: { role in
            switch role {
            case .facilitator: return "moderatorius"
            case .mentor: return "mentorius"
            case .talent: return "talentas"
            case .author: return "autorius"
            }
        },
        feature: { feature in
            switch feature {
            case .outdoor: return "lauke"
            case .indoor: return "viduje"
            case .stage: return "scena"
            case .power: return "elektra"
            case .projector: return "projektorius"
            case .sound: return "įgarsinimas"
            case .accessible: return "pritaikyta"
            case .kids: return "vaikams"
            case .seating: return "sėdimos vietos"
            }
        },
        date: { Strings.lithuanianDate($0) },
        needsTeam: "reikia komandos", needsMentor: "reikia mentoriaus",
        colTitle: "Pavadinimas",
        colStage: "Etapas",
        colSectors: "Sektoriai",
        colDistrict: "Rajonas",
        colTeam: "Kom.",
        colMentors: "Mentoriai",
        needsLabel: "Trūksta",
        colName: "Vardas",
        colOrganisation: "Organizacija",
        colRoles: "Vaidmenys",
        colSkills: "Įgūdžiai",
        colIdea: "Idėja",
        colLead: "Vadovas",
        colSize: "Dydis",
        colOpenRoles: "Laisvų",
        colExpertise: "Kompetencija",
        colLoad: "Krūvis",
        colCapacity: "Vietų",
        colFeatures: "Įranga",
        colHours: "Valandos",
        colSlots: "Laikų",
        colKind: "Rūšis",
        colDate: "Data",
        colPlace: "Vieta",
        colCount: "Kiek",
        forumWord: "forumas",
        workshopWord: "dirbtuvės",
        hasOpenRoles: "yra laisvų vaidmenų",
        atCapacity: "pilnas krūvis",
        hasRoom: "yra vietos",
        forumsOnly: "forumai",
        workshopsOnly: "dirbtuvės",
        dashIdeasByStage: "Idėjos pagal etapą",
        dashSectors: "Sektoriai",
        dashIdeasColumn: "idėjų",
        dashTeamsMentors: "Komandos ir mentoriai",
        dashTeamsWithoutMentor: "Aktyvios komandos be mentoriaus",
        dashMentorsAtCapacity: "Mentoriai be laisvų vietų",
        dashFreePlaces: "Laisvos mentorių vietos",
        dashTopDistricts: "Rajonai",
        dashMentorLoad: "Mentorių krūvis",
        dashTeamsCapacity: "komandos/vietos",
        dashNoIdeas: "idėjų dar nėra",
        dashRecent: "Naujausi pakeitimai",
        dashNothingLogged: "pakeitimų dar nėra",
        dashInAll: { "iš viso \($0)" },
        dashWithIdeas: { "su idėjomis: \($0)" },
        dashOf: { "\($0) iš \($1)" },
        ideaAuthor: "Autorius",
        ideaTags: "Žymos",
        ideaSummary: "Idėja",
        ideaProblem: "Problema",
        ideaImpact: "Siekiamas poveikis",
        ideaReason: "Priežastis",
        ideaTeam: "Komanda",
        ideaNoTeam: "Komanda dar nesusibūrė.",
        ideaForums: "Forumų išvados",
        ideaNotDiscussed: "Forume dar neaptarta.",
        ideaFunding: "Finansavimas",
        ideaNeed: "Reikia",
        ideaPledged: "Pažadėta",
        ideaGap: "Trūksta",
        ideaInKind: "natūra",
        ideaFestival: "Festivalis",
        ideaSlot: "Laikas",
        ideaPlan: "Planas",
        ideaNoPlan: "Intervencijos plano dar nėra.",
        ideaAudience: "Žiūrovų",
        ideaFeatures: "Reikia įrangos",
        ideaPreferred: "Rajonai",
        ideaWindow: "Laiko langas",
        ideaNoNext: "Kito etapo nėra.",
        ideaHistory: "Etapų istorija",
        ideaActivity: "Veikla",
        ideaNoFunding: "Finansavimo poreikis neįrašytas.",
        ideaCovered: "padengta",
        ideaNextGate: { "Kad pereitų į etapą „\($0)“" },
        gate: { Strings.lithuanianGate($0) },
        euros: { Strings.grouped($0, " ") + " €" },
        detailNotFound: { id in "Įrašo su id „\(id)“ nėra; galbūt jis pašalintas." },
        detailEmail: "El. paštas",
        detailPhone: "Telefonas",
        detailContact: "Kontaktai · privatu",
        detailNoContact: "kontaktų nėra",
        detailMentorProfile: "Mentoriaus profilis",
        detailCapacity: "Gali priimti",
        detailOverCapacity: "viršytas krūvis",
        detailTeamsMentored: "Globojamos komandos",
        detailInTeams: "Komandose",
        detailLeadRole: "vadovas",
        detailIdeasAuthored: "Pateiktos idėjos",
        detailForumsHosted: "Vesti forumai",
        detailTeamTitle: { title in "Komanda · \(title)" },
        detailMembers: "Nariai",
        detailOneSector: { sector in "Visi nariai iš vieno sektoriaus (\(sector)): siekiame tarpsektorinių komandų." },
        detailOpenRoles: "Laisvi vaidmenys",
        detailWantedSkills: "įgūdžiai",
        detailWantedSectors: "sektoriai",
        detailWorkshops: "Dirbtuvės",
        detailTrack: "Programa",
        detailNoTrack: "neįtraukta į dirbtuvių programą",
        detailAttendedOn: { day in "dalyvavo \(day)" },
        detailNotYet: "dar ne",
        detailAddress: "Adresas",
        detailVenueCapacity: { n in "\(n) žm." },
        detailSlotsOn: { day in "Festivalio laikai · \(day)" },
        detailPinned: "prisegta",
        detailFreeTime: { open, used, free in "atvira \(open), užimta \(used), laisva \(free)" },
        detailDuration: { minutes in
            let h = minutes / 60, m = minutes % 60
            return h == 0 ? "\(m) min." : m == 0 ? "\(h) val." : "\(h) val. \(m) min."
        },
        detailHosts: "Vedėjai",
        detailIdeasDiscussed: "Aptartos idėjos",
        detailNoOutcome: "rezultatas neužrašytas",
        detailStageNow: { stage in "dabar \(stage)" },
        detailAttended: "Dalyvavusios komandos",
        detailAbsent: "Programoje, bet šio etapo nelankė",
        edit: .lt,
        forms: .lt,
        mentor: .lt,
        festival: .lt,
        saving: .lt,
        screen: .lt,
        live: .lt,
        work: .lt,
        model: .lt,
        cli: .lt,
        remote: .lt,
        server: .lt,
        diagnosis: .lt
    )
}
