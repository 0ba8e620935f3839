/// Names of invented people, organisations, sponsors and venues.
enum GeneratorNames {
    static let femaleFirst = [
        "Eglė", "Rūta", "Aistė", "Gabija", "Ieva", "Austėja", "Ugnė", "Goda", "Emilija", "Kotryna",
        "Milda", "Agnė", "Jurgita", "Dalia", "Rasa", "Vaida", "Inga", "Neringa", "Giedrė", "Živilė",
        "Laura", "Simona", "Justina", "Viltė", "Urtė", "Saulė", "Skaistė", "Dovilė", "Aušra", "Jūratė",
    ]

    static let maleFirst = [
        "Jonas", "Mantas", "Lukas", "Matas", "Tomas", "Dovydas", "Paulius", "Mindaugas", "Vytautas", "Darius",
        "Andrius", "Karolis", "Domantas", "Žygimantas", "Rokas", "Šarūnas", "Gediminas", "Kęstutis", "Arnas", "Ignas",
        "Julius", "Vilius", "Tadas", "Algirdas", "Ąžuolas", "Jokūbas", "Eimantas", "Justinas", "Rimvydas", "Aurimas",
    ]

    /// Surnames: the man's form, a married woman's (-ienė) and an unmarried woman's (-aitė, -ytė, -ūtė, -utė).
    static let surnames: [(male: String, married: String, maiden: String)] = [
        ("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"), ("Petrauskas", "Petrauskienė", "Petrauskaitė"),
        ("Jankauskas", "Jankauskienė", "Jankauskaitė"), ("Stankevičius", "Stankevičienė", "Stankevičiūtė"),
        ("Vasiliauskas", "Vasiliauskienė", "Vasiliauskaitė"), ("Žukauskas", "Žukauskienė", "Žukauskaitė"),
        ("Butkus", "Butkienė", "Butkutė"), ("Paulauskas", "Paulauskienė", "Paulauskaitė"),
        ("Urbonas", "Urbonienė", "Urbonaitė"), ("Kavaliauskas", "Kavaliauskienė", "Kavaliauskaitė"),
        ("Navickas", "Navickienė", "Navickaitė"), ("Rimkus", "Rimkienė", "Rimkutė"),
        ("Žemaitis", "Žemaitienė", "Žemaitytė"), ("Šimkus", "Šimkienė", "Šimkutė"),
        ("Adomaitis", "Adomaitienė", "Adomaitytė"), ("Vaitkus", "Vaitkienė", "Vaitkutė"),
        ("Mockus", "Mockienė", "Mockutė"), ("Kairys", "Kairienė", "Kairytė"),
        ("Jonaitis", "Jonaitienė", "Jonaitytė"), ("Grigas", "Grigienė", "Grigaitė"),
        ("Lukoševičius", "Lukoševičienė", "Lukoševičiūtė"), ("Čepulis", "Čepulienė", "Čepulytė"),
        ("Šaulys", "Šaulienė", "Šaulytė"), ("Bagdonas", "Bagdonienė", "Bagdonaitė"),
        ("Kučinskas", "Kučinskienė", "Kučinskaitė"), ("Jurkūnas", "Jurkūnienė", "Jurkūnaitė"),
        ("Mažeika", "Mažeikienė", "Mažeikaitė"), ("Ūsas", "Ūsienė", "Ūsaitė"),
        ("Dambrauskas", "Dambrauskienė", "Dambrauskaitė"), ("Vyšniauskas", "Vyšniauskienė", "Vyšniauskaitė"),
        ("Sakalauskas", "Sakalauskienė", "Sakalauskaitė"), ("Gudaitis", "Gudaitienė", "Gudaitytė"),
    ]

    static let englishFirst = [
        "Emma", "Oliver", "Sophie", "James", "Hannah", "Daniel", "Grace", "Liam", "Chloe", "Noah",
        "Amelia", "Ethan", "Isla", "Samuel", "Maya", "Leo",
    ]

    static let englishLast = [
        "Clarke", "Hughes", "Turner", "Walsh", "Price", "Reed", "Murphy", "O'Connor", "Bennett", "Fletcher",
        "Hayes", "Lawson", "Mitchell", "Palmer", "Shaw", "Doyle",
    ]

    static let emailDomains = ["example.org", "example.com", "example.lt"]

    static let facilitatorOrganisations = ["Kauno idėjų platforma", "Verslo praktikos centras"]

    static let mentorOrganisations = [
        "UAB „Nemuno dirbtuvės“", "Kūrybinė agentūra „Smalsu“", "VšĮ „Kiemo idėjos“", "UAB „Ąžuolo logika“",
        "Dizaino studija „Linija 7“", "Fondas „Šviesūs kiemai“", "UAB „Santakos sprendimai“", "Teisės kontora „Aiškiai“",
        "Garso studija „Aidas“", "VšĮ „Jaunimo tiltas“", "Northbank Design Co.", "Riverside Ventures Ltd.",
        "UAB „Žalias kvartalas“", "Architektų grupė „Erdvė“", "Kavinė „Trys puodeliai“", "VšĮ „Senjorų akademija“",
    ]

    static let talentOrganisations = [
        "Šilainių jaunimo klubas „Kibirkštis“", "Dainavos bendruomenės centras", "Studentų atstovybė „Aušrinė“",
        "Žaliakalnio skautų draugovė", "Vilijampolės kiemų klubas", "Aleksoto jaunimo erdvė", "Meno mokykla „Spalva“",
        "Eigulių savanorių būrelis",
    ]

    static let sponsorWords = ["Ąžuolo", "Nemuno", "Kiemo", "Santakos", "Šviesos", "Liepų", "Žaliakalnio", "Rasos", "Vėjo", "Gintaro", "Saulės", "Upės"]

    static let businessNouns = ["kepykla", "dirbtuvės", "spaustuvė", "logistika", "IT sprendimai", "kavinė", "statyba", "energija"]

    static let foundationNames = [
        "Fondas „Kauno kiemai“", "Jaunimo iniciatyvų fondas „Pirmas žingsnis“", "Kultūros fondas „Tiltai“",
        "Bendruomenių fondas „Kartu“",
    ]

    static let municipalNames = [
        "Miesto jaunimo iniciatyvų programa", "Seniūnijos bendruomenių programa", "Miesto kultūros mėnesio programa",
    ]

    static let communityNames = [
        "Kaimynų bendrija „Mūsų kiemas“", "Namo bendrija „Liepų 12“", "Bendruomenės kasa „Kartu“",
    ]

    /// A kind of festival venue: what it is called, what it has, how big, when open.
    struct VenueKind {
        let name: String
        let features: [VenueFeature]
        let capacity: ClosedRange<Int>
        let opens: Int
        let closes: Int
    }

    static let venueKinds = [
        VenueKind(name: "Kiemo scena", features: [.outdoor, .stage, .power, .sound], capacity: 60...150, opens: 10, closes: 22),
        VenueKind(name: "Bibliotekos salė", features: [.indoor, .projector, .seating, .accessible, .power, .sound], capacity: 40...80, opens: 10, closes: 19),
        VenueKind(name: "Jaunimo klubas", features: [.indoor, .sound, .power, .stage, .projector], capacity: 50...120, opens: 12, closes: 22),
        VenueKind(name: "Bendruomenės namai", features: [.indoor, .seating, .kids, .accessible, .power], capacity: 30...80, opens: 10, closes: 20),
        VenueKind(name: "Mokyklos kiemas", features: [.outdoor, .kids, .power, .seating], capacity: 100...300, opens: 10, closes: 18),
        VenueKind(name: "Parko estrada", features: [.outdoor, .stage, .sound, .power, .seating, .accessible], capacity: 150...400, opens: 11, closes: 22),
        VenueKind(name: "Krantinės pieva", features: [.outdoor, .kids, .seating], capacity: 200...500, opens: 10, closes: 22),
        VenueKind(name: "Turgaus aikštelė", features: [.outdoor, .power, .accessible], capacity: 80...200, opens: 10, closes: 16),
        VenueKind(name: "Galerijos erdvė", features: [.indoor, .projector, .accessible, .power, .seating], capacity: 30...60, opens: 11, closes: 20),
        VenueKind(name: "Sporto aikštynas", features: [.outdoor, .kids, .power], capacity: 60...200, opens: 10, closes: 21),
        VenueKind(name: "Kavinės terasa", features: [.outdoor, .seating, .power, .sound], capacity: 30...70, opens: 10, closes: 22),
        VenueKind(name: "Kultūros centro kiemelis", features: [.outdoor, .stage, .power, .sound, .accessible, .seating, .projector], capacity: 80...200, opens: 10, closes: 22),
    ]

    /// A few venues with names of their own, placed first.
    static let landmarkVenues: [(name: String, district: String, kind: Int)] = [
        ("Žaliakalnio funikulieriaus aikštelė", "Žaliakalnis", 7),
        ("Laisvės alėjos skveras", "Centras", 5),
        ("Rotušės aikštės kampas", "Senamiestis", 0),
        ("Santakos pievelė", "Senamiestis", 6),
        ("Nemuno krantinės terasa, Aleksotas", "Aleksotas", 10),
    ]

    static let streets = [
        "Liepų g.", "Klevų g.", "Ąžuolų g.", "Beržų al.", "Kalnų g.", "Upės g.", "Sodų g.", "Mokyklos g.",
        "Parko g.", "Šviesos g.", "Kiemų g.", "Vėjo g.",
    ]

    /// Lowercase ASCII for e-mail addresses: Lithuanian letters lose their marks.
    static func ascii(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            switch ch {
            case "ą": out.append("a")
            case "č": out.append("c")
            case "ę", "ė": out.append("e")
            case "į": out.append("i")
            case "š": out.append("s")
            case "ų", "ū": out.append("u")
            case "ž": out.append("z")
            case "a"..."z", "0"..."9": out.append(ch)
            default: break
            }
        }
        return out
    }
}
