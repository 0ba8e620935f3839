import IdeaModel

extension ScreenStrings {
    public static let lt = ScreenStrings(
        textFilter: "tekstas", textFilterHelp: "filtras: palikti tik eilutes, kuriose yra tekstas (F jį išvalo)",
        choose: "rinktis", chooseHelp: "pasirinkti pažymėtą eilutę",
        tick: "žymėti", tickHelp: "pažymėti ar atžymėti filtrą (veikia iš karto)",
        keepDrop: "palikti/atmesti", keepDropHelp: "palikti ar atmesti pažymėtą pasiūlymą",
        assignKept: "priskirti", assignKeptHelp: "priskirti paliktus pasiūlymus (kiekvieną galima atšaukti atskirai)",
        yes: "taip", yesHelp: "taip: atlikti",
        no: "ne", noHelp: "ne: nieko nekeisti",
        done: "baigti", doneHelp: "palikti tai, kas įvesta, ir užverti eilutę",
        clearLine: "valyti", clearLineHelp: "išvalyti eilutę",
        messages: "pranešimai", messagesHelp: "paskutiniai būsenos eilutės pranešimai visu tekstu",
        closeTheHelp: "uždaryti šią pagalbą",
        helpNotesTitle: "Verta žinoti",
        noteTyped: "Čia ? įrašo klaustuką, išskyrus tuščios eilutės pradžią (ar sąrašo lauką) – ten jis atveria šią pagalbą; F1 ją atveria visada.",
        noteLists: "/ ieško: šokinėja tarp radinių (n, N) ir nieko neslepia. Filtras sąrašą siaurina: f – filtrų langas, \\ palieka tik eilutes, kuriose yra tekstas; galiojantys filtrai rodomi virš sąrašo, F juos visus išvalo.",
        noteTyping: "Paieška rašant sustoja ties kiekvienu radiniu; Enter ten ir lieka, Esc grįžta. Teksto filtras siaurina sąrašą rašant; Enter jį palieka, Esc grąžina ankstesnį.",
        noteChecklist: "Tos pačios rūšies filtrams pakanka bet kurio (komanda arba su mentoriumi); skirtingų rūšių filtrai turi tikti visi. Pažymėtas filtras veikia iš karto; galiojantys filtrai rodomi virš sąrašo.",
        noteSuggestions: "Kiekvienoje eilutėje – siūlomas mentorius, tinkamumas ir kodėl; pažymėti paliekami. Niekas nesikeičia, kol a jų nepriskiria.",
        noteForm: "Teksto lauke: ←/→ po raidę, Ctrl-←/→ po žodį, Home/End, Ctrl-W ištrina žodį, Ctrl-U/Ctrl-K – likusią eilutės dalį; ↑/↓ ar Enter – į aukštesnį ar žemesnį lauką. Sąrašo lauke (▾) Enter ar tarpas atveria sąrašą, Backspace jį išvalo.",
        notePicker: "Rašykite, ir sąrašas susiaurės (raidžių dydis ir diakritikai nesvarbūs). ↑/↓ juda, Enter pasirenka; kur galima rinktis kelis, Tab pažymi, o Enter paima pažymėtus.",
        notePlacePicker: "✓ tinka žymeklio vietai ir laikui; ✗ nurodo pirmą taisyklę, kurią idėja ten pažeistų (pasirinkus – visas). Tinkančios idėjos eina pirmos; apačioje – pažymėtosios priežastis visu tekstu.",
        notePrompt: "Įrašykite atsakymą: jis pateks į istoriją. Enter pateikia, Esc nieko nekeičia.",
        noteDashboard: { points in
            "Sektoriai: „idėjų“ – visos idėjos su tuo sektoriumi; „suplanuota“ – festivalio tinklelio intervencijos su juo ir jų dalis nuo visų intervencijų; „parengta+“ – jo dalis tarp parengtų, suplanuotų ir įgyvendintų idėjų. Idėja su keliais sektoriais skaičiuojama kiekviename, todėl dalių suma viršija 100 %. ▼ žymi atsiliekantį sektorių: jo suplanuota dalis daugiau nei \(points) procentiniais punktais mažesnė už „parengta+“ dalį. „Aktyvios komandos be mentoriaus“ – dar vykdomų idėjų komandos, neturinčios nė vieno mentoriaus."
        },
        noteMentoring: "Tinkamumas: taškai už kiekvieną jūsų kompetenciją tarp idėjos žymių ir kiekvieną įgūdį, kurio ieško atviras vaidmuo, už kiekvieną bendrą sektorių, už mėgstamą seniūniją; atimama už kiekvieną komandos jau turimą mentorių. Prie kiekvienos priežasties parodyti jos taškai. „Komandos, kurias galite imti“ – komandos nuo „komanda“ iki „parengta“ etapo, kur dar telpa mentorius, taip pat ir jau turinčios mentorių.",
        noteGrid: { points in [
            ("✓", "įgyvendinta (ženklas bloko pradžioje)"),
            ("!", "prisegta: automatinis planavimas jos nejudina"),
            ("   ·", "atviras stulpelis toje vietoje, po tašką kiekvienam"),
            ("····", "vieta tuo metu uždaryta"),
            ("■", "parengta idėja, dar laukianti vietos (sąraše šalia ar po tinkleliu)"),
            ("", "Blokas – intervencija, jos idėjos pirmojo sektoriaus spalva. Apverstas langelis – žymeklis; pabrauktas blokas – perkeliama intervencija."),
            ("", "Antraštėje: sektoriaus dalis tarp suplanuotų intervencijų / tarp parengtų ir vėlesnių idėjų; ▼ – atsilieka daugiau nei \(points) procentiniais punktais."),
        ] },
        messagesTitle: "Pranešimai, naujausi viršuje",
        noMessages: "pranešimų dar nebuvo",
        textFilterPrompt: "Filtras, tekstas: ",
        textContains: { text in "su tekstu „\(text)“" },
        textHeading: "Tekstas",
        textItemEmpty: "su tekstu… (įveskite, \\)",
        textItemSet: { text in "su tekstu „\(text)“ (\\ – keisti)" },
        searchAt: { q, i, n in "/\(q) · radinys \(i) iš \(n)" },
        searchCount: { q, n in "/\(q) · radinių: \(n)" },
        searchNone: { q in "/\(q) · nerasta" },
        balanceScheduled: "suplanuota", balanceReady: "parengta+",
        balanceScheduledShort: "supl.", balanceReadyShort: "pareng.+",
        balanceLegend: "% supl./pareng.+:",
        behindMark: "▼",
        fitLegend: "tinkamumas: " + signed(MentorFit.Points.tag) + " jūsų kompetencija idėjos žymėse, "
            + signed(MentorFit.Points.skill) + " atviro vaidmens įgūdžiuose, " + signed(MentorFit.Points.sector)
            + " bendras sektorius, " + signed(MentorFit.Points.district) + " mėgstama seniūnija, "
            + signed(MentorFit.Points.perMentor) + " už kiekvieną turimą mentorių",
        couldTake: { most in "komandos nuo „komanda“ iki „parengta“ etapo, kur dar telpa mentorius (daugiausia \(most))" },
        points: { n in signed(n) },
        colLength: "Trukmė", colAudience: "Žiūrovų", colDistricts: "Seniūnijos", colHere: "Čia",
        fits: "✓ tinka", fitsHere: "✓ čia tinka: Enter padeda",
        problemShort: { problem, s in
            switch problem {
            case .noPlan: return "nėra plano"
            case .offGrid, .lengthOffGrid: return "ne tinklelyje"
            case .outsideDay: return "už dienos ribų"
            case .venueClosed(_, let opens, let closes): return "dirba \(opens.text)–\(closes.text)"
            case .tooSmall(_, let holds, _): return "telpa \(holds)"
            case .missingFeatures(_, let features): return "nėra: " + features.map(s.feature).joined(separator: ", ")
            case .tooEarly(let earliest): return "nuo \(earliest.text)"
            case .tooLate(let latest): return "baigti iki \(latest.text)"
            case .clash: return "užimta"
            case .personBusy: return "žmogus užimtas"
            case .travelFrom, .travelTo: return "kelionės laikas"
            }
        },
        problemLong: { problem, _ in Strings.lithuanianPlacement(problem) }
    )
}
