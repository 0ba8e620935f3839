/// Curated phrases the generator composes ideas from. All of it is invented: the
/// places are ordinary kinds of places in Kaunas districts, never real projects.

/// Text in the two languages ideas are written in.
struct Bilingual {
    let lt: String
    let en: String

    init(_ lt: String, _ en: String) {
        self.lt = lt
        self.en = en
    }

    func text(_ lithuanian: Bool) -> String { lithuanian ? lt : en }
}

/// One kind of idea: a title, what it is, and what it needs on festival day.
struct Concept {
    let title: Bilingual
    let summary: Bilingual
    let tags: [String]
    let sectors: [Sector]
    let features: [VenueFeature]
    let skills: [String]
}

enum GeneratorText {
    /// `Database.kaunasDistricts` in the locative ("in Šančiai" → "Šančiuose"), same order.
    static let districtLocatives = [
        "Centre", "Senamiestyje", "Žaliakalnyje", "Šančiuose", "Aleksote", "Vilijampolėje",
        "Dainavoje", "Eiguliuose", "Šilainiuose", "Petrašiūnuose", "Panemunėje", "Gričiupyje",
    ]

    static func locative(_ district: String) -> String {
        guard let i = Database.kaunasDistricts.firstIndex(of: district), i < districtLocatives.count else { return district }
        return districtLocatives[i]
    }

    static let concepts: [Concept] = [
        Concept(title: Bilingual("Kiemo kino vakarai", "Courtyard cinema nights"),
                summary: Bilingual("Vasaros vakarais daugiabučio kieme rodome trumpametražius filmus ant paklodės ekrano.",
                                   "On summer evenings we screen short films on a bedsheet screen in an apartment-block courtyard."),
                tags: ["kiemai", "kinas"], sectors: [.cultural, .social], features: [.outdoor, .projector, .power],
                skills: ["video montažas", "garso technika"]),
        Concept(title: Bilingual("Nemuno krantinės pikniko biblioteka", "Riverbank picnic library"),
                summary: Bilingual("Prie Nemuno stovi spintelė su knygomis ir pledais: pasiimi, skaitai, grąžini.",
                                   "A cabinet of books and blankets on the Nemunas riverbank: take one, read, bring it back."),
                tags: ["nemunas", "bibliotekos", "skaitymas"], sectors: [.educational, .cultural], features: [.outdoor, .seating],
                skills: ["edukacija", "renginių organizavimas"]),
        Concept(title: Bilingual("Gatvės meno dirbtuvės paaugliams", "Street art workshops for teenagers"),
                summary: Bilingual("Paaugliai su menininkais piešia sieną, kurią kaimynai patys išsirinko.",
                                   "Teenagers paint a wall the neighbours chose themselves, guided by working artists."),
                tags: ["gatvės menas", "jaunimas"], sectors: [.youth, .cultural], features: [.outdoor, .kids],
                skills: ["gatvės menas", "darbas su jaunimu"]),
        Concept(title: Bilingual("Nulinių atliekų mainų turgelis", "Zero-waste swap market"),
                summary: Bilingual("Kartą per mėnesį kaimynai mainosi daiktais, drabužiais ir sėklomis, o ne perka naujus.",
                                   "Once a month neighbours swap things, clothes and seeds instead of buying new ones."),
                tags: ["žiedinė ekonomika", "mainai"], sectors: [.social, .business], features: [.outdoor, .seating],
                skills: ["renginių organizavimas", "socialiniai tinklai"]),
        Concept(title: Bilingual("Senjorų ir studentų pokalbių suolai", "Seniors-and-students talking benches"),
                summary: Bilingual("Pažymėti suolai, ant kurių studentai ir senjorai kartą per savaitę susitinka pasikalbėti.",
                                   "Marked benches where students and seniors meet for a weekly conversation."),
                tags: ["senjorai", "studentai", "kartos"], sectors: [.social, .educational], features: [.outdoor, .accessible, .seating],
                skills: ["savanorių koordinavimas", "prieinamumas"]),
        Concept(title: Bilingual("Dviračių taisymo stotelė", "Pop-up bike repair stop"),
                summary: Bilingual("Savanoriai mechanikai taiso dviračius ir moko tai daryti patiems.",
                                   "Volunteer mechanics fix bikes and teach people to do it themselves."),
                tags: ["dviračiai", "judumas"], sectors: [.youth, .social], features: [.outdoor],
                skills: ["dviračių remontas", "edukacija"]),
        Concept(title: Bilingual("Bendruomenės daržas tarp daugiabučių", "Community garden between the blocks"),
                summary: Bilingual("Apleistą vejos plotą paverčiame pakeltomis lysvėmis, kurias prižiūri kaimynai.",
                                   "We turn a neglected lawn into raised beds that the neighbours look after."),
                tags: ["bendruomenės sodai", "žaluma", "kiemai"], sectors: [.social, .educational], features: [.outdoor, .kids],
                skills: ["sodininkystė", "savanorių koordinavimas"]),
        Concept(title: Bilingual("Jaunimo klubo garso studija", "Youth club sound studio"),
                summary: Bilingual("Jaunimo klube įrengiame paprastą įrašų studiją ir padedame paaugliams įrašyti pirmą dainą.",
                                   "We set up a simple recording studio in a youth club and help teenagers record their first song."),
                tags: ["jaunimo klubai", "muzika"], sectors: [.youth, .cultural], features: [.indoor, .power, .sound],
                skills: ["garso technika", "darbas su jaunimu"]),
        Concept(title: Bilingual("Bibliotekos stalo žaidimų naktis", "Library board-game night"),
                summary: Bilingual("Biblioteka dirba iki vidurnakčio: stalo žaidimai, arbata ir pasakojimai.",
                                   "The library stays open till midnight for board games, tea and stories."),
                tags: ["bibliotekos", "žaidimai"], sectors: [.educational, .social], features: [.indoor, .seating, .accessible],
                skills: ["renginių organizavimas", "edukacija"]),
        Concept(title: Bilingual("Laisvės alėjos gyvoji galerija", "Living gallery on Laisvės alėja"),
                summary: Bilingual("Tuščios vitrinos Laisvės alėjoje tampa jaunųjų menininkų galerija.",
                                   "Empty shop windows on Laisvės alėja become a gallery for young artists."),
                tags: ["laisvės alėja", "menas", "vitrinos"], sectors: [.cultural, .business], features: [.indoor, .accessible],
                skills: ["grafinis dizainas", "partnerysčių paieška"]),
        Concept(title: Bilingual("Kiemo muzikos popietės", "Courtyard music afternoons"),
                summary: Bilingual("Vietiniai muzikantai groja kiemuose, o kaimynai atsineša kėdes ir pyragų.",
                                   "Local musicians play in courtyards while neighbours bring chairs and cake."),
                tags: ["kiemai", "muzika"], sectors: [.cultural, .social], features: [.outdoor, .sound, .power],
                skills: ["garso technika", "renginių organizavimas"]),
        Concept(title: Bilingual("Pirmojo darbo mugė moksleiviams", "First-job fair for pupils"),
                summary: Bilingual("Rajono verslai pristato vasaros darbus ir praktikas moksleiviams.",
                                   "Local businesses present summer jobs and internships to school pupils."),
                tags: ["jaunimas", "darbas", "verslas"], sectors: [.youth, .business, .educational], features: [.indoor, .seating],
                skills: ["partnerysčių paieška", "viešas kalbėjimas"]),
        Concept(title: Bilingual("Tyli diskoteka prie upės", "Silent disco by the river"),
                summary: Bilingual("Ausinių diskoteka, kuri netrukdo kaimynams miegoti.",
                                   "A headphone disco that lets the neighbours sleep."),
                tags: ["nemunas", "muzika", "jaunimas"], sectors: [.youth, .cultural], features: [.outdoor, .power],
                skills: ["garso technika", "socialiniai tinklai"]),
        Concept(title: Bilingual("Kalbų kavinė naujiems kauniečiams", "Language café for newcomers"),
                summary: Bilingual("Atvykėliai ir vietiniai prie kavos puodelio praktikuoja lietuvių ir anglų kalbas.",
                                   "Newcomers and locals practise Lithuanian and English over coffee."),
                tags: ["kalbos", "atvykėliai"], sectors: [.educational, .social], features: [.indoor, .seating],
                skills: ["vertimas", "edukacija"]),
        Concept(title: Bilingual("Vaikų eksperimentų laboratorija kieme", "Courtyard science lab for kids"),
                summary: Bilingual("Studentai rodo vaikams paprastus eksperimentus su vandeniu, šviesa ir garsu.",
                                   "Students show children simple experiments with water, light and sound."),
                tags: ["mokslas", "vaikai", "studentai"], sectors: [.educational, .youth], features: [.outdoor, .kids],
                skills: ["edukacija", "darbas su jaunimu"]),
        Concept(title: Bilingual("Gatvių istorijų pasivaikščiojimai", "Street story walks"),
                summary: Bilingual("Vyresni gyventojai veda pasivaikščiojimus ir pasakoja savo gatvės istorijas.",
                                   "Older residents lead walks and tell the stories of their own streets."),
                tags: ["istorija", "senjorai", "pasivaikščiojimai"], sectors: [.cultural, .social], features: [.outdoor, .accessible],
                skills: ["viešas kalbėjimas", "fotografija"]),
        Concept(title: Bilingual("Remonto kavinė", "Repair café"),
                summary: Bilingual("Kartą per mėnesį meistrai padeda sutaisyti lempas, drabužius ir smulkią elektroniką.",
                                   "Once a month makers help fix lamps, clothes and small electronics."),
                tags: ["žiedinė ekonomika", "remontas"], sectors: [.social, .business], features: [.indoor, .power, .seating],
                skills: ["savanorių koordinavimas", "biudžetas"]),
        Concept(title: Bilingual("Išmaniųjų telefonų pamokos senjorams", "Smartphone lessons for seniors"),
                summary: Bilingual("Moksleiviai moko senjorus naudotis išmaniuoju telefonu ir e. paslaugomis.",
                                   "Pupils teach seniors to use a smartphone and online public services."),
                tags: ["senjorai", "skaitmena", "kartos"], sectors: [.educational, .social], features: [.indoor, .power, .accessible, .seating],
                skills: ["edukacija", "programavimas"]),
        Concept(title: Bilingual("Riedlenčių aikštelė iš antrinių medžiagų", "Skate spot from reclaimed materials"),
                summary: Bilingual("Paaugliai kartu su architektais suprojektuoja ir sukala nedidelę riedlenčių aikštelę.",
                                   "Teenagers and architects design and build a small skate spot together."),
                tags: ["jaunimas", "sportas", "žiedinė ekonomika"], sectors: [.youth, .business], features: [.outdoor],
                skills: ["urbanistika", "darbas su jaunimu"]),
        Concept(title: Bilingual("Laiptinės koncertai", "Stairwell concerts"),
                summary: Bilingual("Akustiniai koncertai daugiabučių laiptinėse, kur garsas skamba netikėtai gražiai.",
                                   "Acoustic concerts in apartment stairwells, where the sound is unexpectedly good."),
                tags: ["muzika", "kaimynai"], sectors: [.cultural], features: [.indoor, .seating],
                skills: ["garso technika", "fotografija"]),
        Concept(title: Bilingual("Kiemų sporto lyga", "Courtyard sports league"),
                summary: Bilingual("Kiemų komandos žaidžia krepšinį ir futbolą, o teisėjauja vyresni jaunuoliai.",
                                   "Courtyard teams play basketball and football, refereed by older teens."),
                tags: ["sportas", "kiemai", "jaunimas"], sectors: [.youth, .social], features: [.outdoor],
                skills: ["darbas su jaunimu", "renginių organizavimas"]),
        Concept(title: Bilingual("Ilgasis kaimynų stalas", "The long neighbours' table"),
                summary: Bilingual("Viena gatvė, vienas ilgas stalas, ir kiekvienas atneša po patiekalą.",
                                   "One street, one long table, and everyone brings a dish."),
                tags: ["maistas", "kaimynai"], sectors: [.social, .cultural], features: [.outdoor, .seating],
                skills: ["renginių organizavimas", "teisė ir leidimai"]),
        Concept(title: Bilingual("Bibliotekos podkastų kabina", "Library podcast booth"),
                summary: Bilingual("Bibliotekoje įrengiame tylią kabiną, kurioje jaunimas įrašo podkastus apie savo rajoną.",
                                   "A quiet booth in the library where young people record podcasts about their district."),
                tags: ["bibliotekos", "podkastai", "jaunimas"], sectors: [.youth, .educational], features: [.indoor, .power, .sound],
                skills: ["garso technika", "socialiniai tinklai"]),
        Concept(title: Bilingual("Startuolių pusryčiai studentams", "Startup breakfasts for students"),
                summary: Bilingual("Jauni verslininkai pusryčiauja su studentais ir aptaria pirmųjų idėjų klaidas.",
                                   "Young founders share breakfast with students and talk through first-idea mistakes."),
                tags: ["verslas", "studentai"], sectors: [.business, .educational], features: [.indoor, .projector, .seating],
                skills: ["verslo planavimas", "viešas kalbėjimas"]),
        Concept(title: Bilingual("Lietaus sodas mokyklos kieme", "Rain garden in a schoolyard"),
                summary: Bilingual("Mokiniai su kraštovaizdžio architektais įrengia sodą, kuris sugeria liūčių vandenį.",
                                   "Pupils and landscape architects build a garden that soaks up storm water."),
                tags: ["žaluma", "mokyklos", "klimatas"], sectors: [.educational, .social], features: [.outdoor, .kids],
                skills: ["sodininkystė", "urbanistika"]),
        Concept(title: Bilingual("Teatras languose", "Theatre in the windows"),
                summary: Bilingual("Aktoriai vaidina pro daugiabučio langus, o žiūrovai stovi kieme.",
                                   "Actors perform from apartment windows while the audience stands in the courtyard."),
                tags: ["teatras", "kiemai"], sectors: [.cultural], features: [.outdoor, .sound],
                skills: ["garso technika", "renginių organizavimas"]),
        Concept(title: Bilingual("Šokių pamokos aikštėje", "Open-air dance lessons"),
                summary: Bilingual("Kiekvieną sekmadienį aikštėje mokomės vis kito šokio: nuo tango iki breiko.",
                                   "Every Sunday the square learns a new dance, from tango to breaking."),
                tags: ["šokis", "aikštės"], sectors: [.cultural, .youth], features: [.outdoor, .sound, .power],
                skills: ["renginių organizavimas", "socialiniai tinklai"]),
        Concept(title: Bilingual("Mažųjų gamintojų kiemo mugė", "Courtyard makers' market"),
                summary: Bilingual("Rajono amatininkai ir mažieji verslai vienai dienai atidaro prekystalius kieme.",
                                   "Local makers and small businesses open stalls in a courtyard for one day."),
                tags: ["verslas", "amatai", "kiemai"], sectors: [.business, .cultural], features: [.outdoor, .power],
                skills: ["verslo planavimas", "grafinis dizainas"]),
        Concept(title: Bilingual("Jaunimo debatų klubas", "Youth debate club"),
                summary: Bilingual("Moksleiviai debatuoja apie miesto sprendimus, o sprendimus priimantys žmonės klausosi.",
                                   "Pupils debate city decisions while the people who make them listen."),
                tags: ["jaunimas", "debatai", "pilietiškumas"], sectors: [.youth, .educational], features: [.indoor, .sound, .seating],
                skills: ["viešas kalbėjimas", "darbas su jaunimu"]),
        Concept(title: Bilingual("Pojūčių takas parke", "Sensory trail in the park"),
                summary: Bilingual("Parke įrengiame kvapų, garsų ir tekstūrų taką, sukurtą kartu su neregiais.",
                                   "A park trail of scents, sounds and textures, designed together with blind residents."),
                tags: ["prieinamumas", "parkai"], sectors: [.social, .educational], features: [.outdoor, .accessible],
                skills: ["prieinamumas", "urbanistika"]),
        Concept(title: Bilingual("Vaikiškų knygų mainų dėžės", "Children's book swap boxes"),
                summary: Bilingual("Spalvingos dėžės prie darželių, kuriose tėvai mainosi vaikiškomis knygomis.",
                                   "Colourful boxes by kindergartens where parents swap children's books."),
                tags: ["skaitymas", "vaikai", "mainai"], sectors: [.educational, .social], features: [.outdoor, .kids],
                skills: ["grafinis dizainas", "savanorių koordinavimas"]),
        Concept(title: Bilingual("Nemuno švarinimo talka baidarėmis", "Kayak clean-up of the Nemunas"),
                summary: Bilingual("Baidarėmis plaukiame Nemunu ir renkame šiukšles, o vakare kuriame laužą ir dainuojame.",
                                   "We paddle the Nemunas collecting litter, then end the day with a campfire and songs."),
                tags: ["nemunas", "žiedinė ekonomika", "talka"], sectors: [.youth, .social], features: [.outdoor],
                skills: ["savanorių koordinavimas", "teisė ir leidimai"]),
    ]

    static let formats: [Bilingual] = [
        Bilingual("Pirmas bandymas – festivalio dieną, vėliau – kas mėnesį.", "A first run on festival day, then once a month."),
        Bilingual("Viskas nemokama, o inventorių skolina kaimynai.", "Everything is free and the neighbours lend the equipment."),
        Bilingual("Kviečiame prisijungti mokyklas ir bendruomenės centrus.", "Schools and community centres are invited to join."),
        Bilingual("Veiklą kuria ir veda jauni žmonės, o suaugusieji padeda.", "Young people design and run it; adults lend a hand."),
        Bilingual("Norime, kad tai taptų kasmetine rajono tradicija.", "We want it to become a yearly tradition in the district."),
        Bilingual("Pradedame nuo vieno kiemo ir žiūrime, kas pasiteisina.", "We start with one courtyard and see what works."),
        Bilingual("Viską dokumentuojame, kad kiti rajonai galėtų pakartoti.", "We document everything so other districts can repeat it."),
        Bilingual("Reikės savanorių, leidimų ir kelių rėmėjų.", "It will take volunteers, a permit and a few sponsors."),
    ]

    static let problems: [Bilingual] = [
        Bilingual("Daugiabučių kiemai vakarais tušti, o kaimynai vieni kitų nepažįsta.",
                  "Apartment courtyards are empty in the evenings and neighbours do not know each other."),
        Bilingual("Paaugliai po pamokų neturi kur susitikti, išskyrus prekybos centrą.",
                  "After school, teenagers have nowhere to meet except the shopping centre."),
        Bilingual("Vieniši senjorai savaitėmis nesikalba su niekuo, išskyrus kasininkę.",
                  "Lonely seniors go weeks without talking to anyone but the cashier."),
        Bilingual("Nemuno krantinė sutvarkyta, bet joje beveik nieko nevyksta.",
                  "The Nemunas riverbank has been tidied up, yet almost nothing happens there."),
        Bilingual("Geri daiktai keliauja į konteinerius, nors kaimynams jų reikėtų.",
                  "Good things end up in the bins although the neighbours could use them."),
        Bilingual("Studentai mieste gyvena ketverius metus, bet taip ir nesusipažįsta su rajonu.",
                  "Students live in the city for four years but never get to know their district."),
        Bilingual("Bibliotekos turi erdvių, bet jaunimas jomis nesinaudoja.",
                  "Libraries have space to offer, but young people do not use it."),
        Bilingual("Dviračiu važiuoti norėtų daugelis, bet sugedęs dviratis taip ir lieka balkone.",
                  "Many would like to cycle, but a broken bike stays on the balcony."),
        Bilingual("Jauni menininkai neturi kur parodyti savo darbų už galerijų ribų.",
                  "Young artists have nowhere to show their work outside the galleries."),
        Bilingual("Rajono verslai ir jaunimas gyvena šalia, bet vieni apie kitus nieko nežino.",
                  "Local businesses and young people live side by side but know nothing of each other."),
        Bilingual("Atvykėliai jaučiasi svetimi ir neranda, kur praktikuoti kalbą.",
                  "Newcomers feel like strangers and find nowhere to practise the language."),
        Bilingual("Per liūtis kiemus užlieja, o žalių plotų vis mažėja.",
                  "Courtyards flood in heavy rain while green space keeps shrinking."),
        Bilingual("Vaikai rajone retai susiduria su mokslu už klasės ribų.",
                  "Children in the district rarely meet science outside the classroom."),
        Bilingual("Rajono istorijos išeina kartu su vyresniais gyventojais.",
                  "The district's stories are leaving with its older residents."),
        Bilingual("Kultūros renginiai vyksta centre, o miegamieji rajonai lieka nuošalyje.",
                  "Culture happens in the centre while the residential districts are left out."),
        Bilingual("Žmonės su negalia dažnai negali dalyvauti miesto renginiuose.",
                  "People with disabilities often cannot take part in city events."),
    ]

    static let impacts: [Bilingual] = [
        Bilingual("Kaimynai pažįsta vieni kitus ir kitą vasarą veiklą tęsia patys.",
                  "Neighbours know each other and carry the activity on by themselves next summer."),
        Bilingual("Bent 30 paauglių įgyja patirties, kurią gali įrašyti į gyvenimo aprašymą.",
                  "At least 30 teenagers gain experience they can put on their CV."),
        Bilingual("Senjorai ir jaunimas susitinka reguliariai, ne tik per šventes.",
                  "Seniors and young people meet regularly, not only on holidays."),
        Bilingual("Kas mėnesį išvengiame šimtų kilogramų atliekų.",
                  "Hundreds of kilograms of waste are avoided every month."),
        Bilingual("Upės krantinė tampa vieta, kur kas savaitgalį kas nors vyksta.",
                  "The riverbank becomes a place where something happens every weekend."),
        Bilingual("Rajono verslai randa jaunų darbuotojų ir savanorių.",
                  "Local businesses find young staff and volunteers."),
        Bilingual("Biblioteka pritraukia naujų lankytojų, kurie sugrįžta.",
                  "The library draws new visitors who come back."),
        Bilingual("Rajone atsiranda nauja erdvė, kurią žmonės prižiūri patys.",
                  "The district gains a new space that its people look after themselves."),
        Bilingual("Jauni menininkai sulaukia pirmosios viešos auditorijos.",
                  "Young artists find their first public audience."),
        Bilingual("Daugiau žmonių kasdien važiuoja dviračiu.", "More people cycle every day."),
        Bilingual("Vaikai pamato, kad mokslas gali būti žaidimas.", "Children see that science can be play."),
        Bilingual("Atvykėliai susiranda pirmų draugų ir jaučiasi laukiami.",
                  "Newcomers make their first friends and feel welcome."),
        Bilingual("Renginys tampa prieinamas visiems, ir tai pastebi kiti organizatoriai.",
                  "The event is open to everyone, and other organisers take note."),
        Bilingual("Komanda išmoksta planuoti biudžetą ir kalbėtis su rėmėjais.",
                  "The team learns to plan a budget and talk to sponsors."),
    ]

    /// What a forum concluded about an idea it moved on.
    static let outcomes: [Bilingual] = [
        Bilingual("Sutarta susiaurinti tikslinę grupę ir pirmiausia pasikalbėti su kiemo gyventojais.",
                  "Agreed to narrow the audience and talk to the courtyard's residents first."),
        Bilingual("Problema aiški; ieškoma partnerio bibliotekoje ar bendruomenės centre.",
                  "The problem is clear; looking for a partner library or community centre."),
        Bilingual("Forumas pasiūlė įtraukti senjorus kaip bendraautorius, ne tik kaip žiūrovus.",
                  "The forum suggested involving seniors as co-authors, not only as an audience."),
        Bilingual("Idėja sujungta su panašia iniciatyva iš kito rajono.",
                  "The idea was joined with a similar initiative from another district."),
        Bilingual("Aptartas poveikis: matuosime, kiek žmonių sugrįžta antrą kartą.",
                  "Impact discussed: we will measure how many people come back a second time."),
        Bilingual("Trys dalyviai pasisiūlė prisijungti prie komandos.", "Three participants offered to join the team."),
        Bilingual("Sutarta pradėti mažiau ir išbandyti festivalio dieną.",
                  "Agreed to start smaller and test it on festival day."),
        Bilingual("Reikia leidimo naudoti viešąją erdvę; tuo pasirūpins komanda.",
                  "A permit for the public space is needed; the team will see to it."),
    ]

    /// What a forum said about an idea that is not ready to move on yet.
    static let openOutcomes: [Bilingual] = [
        Bilingual("Problemą reikia aprašyti aiškiau; idėja grįš į kitą forumą.",
                  "The problem needs a clearer description; the idea comes back to the next forum."),
        Bilingual("Dar neaišku, kam skirta idėja; autorius pasikalbės su kaimynais.",
                  "It is not yet clear who the idea is for; the author will talk to the neighbours."),
    ]

    static let parkReasons: [Bilingual] = [
        Bilingual("Komanda šiemet neturi laiko; grįš rudenį.", "The team has no time this year; back in the autumn."),
        Bilingual("Laukiama leidimo iš namo bendrijos.", "Waiting for permission from the homeowners' association."),
        Bilingual("Trūksta lėšų; ieškoma rėmėjo.", "Funding is short; looking for a sponsor."),
        Bilingual("Lyderis išvyko studijuoti; ieškoma naujo lyderio.", "The lead has left to study; a new lead is being sought."),
    ]

    static let withdrawReasons: [Bilingual] = [
        Bilingual("Autorius nusprendė idėją įgyvendinti savarankiškai.", "The author decided to carry the idea out independently."),
        Bilingual("Sujungta su kita idėja.", "Merged with another idea."),
        Bilingual("Vieta, kuriai idėja buvo skirta, parduota.", "The place the idea was meant for has been sold."),
        Bilingual("Komanda išsiskirstė.", "The team broke up."),
    ]

    static let forumThemes = [
        "kiemai ir kaimynai", "jaunimas ir miestas", "upė ir krantinės", "kartų susitikimai",
        "žiedinė ekonomika", "kultūra rajonuose", "mokslas už klasės ribų", "judumas ir dviračiai",
        "verslas ir bendruomenė", "prieinamas miestas",
    ]

    static let extraTags = ["festivalis", "savanoriai", "vasara", "šeimos", "rajonas", "bendrystė"]

    /// Shared vocabulary of skills, open-role needs and mentor expertise.
    static let skills = [
        "renginių organizavimas", "grafinis dizainas", "fotografija", "garso technika", "lėšų paieška",
        "socialiniai tinklai", "biudžetas", "teisė ir leidimai", "darbas su jaunimu", "urbanistika",
        "sodininkystė", "dviračių remontas", "gatvės menas", "viešas kalbėjimas", "programavimas",
        "video montažas", "prieinamumas", "edukacija", "vertimas", "savanorių koordinavimas",
        "partnerysčių paieška", "verslo planavimas",
    ]

    static let memberRoles = [
        "komunikacija", "logistika", "dizainas", "finansai", "savanoriai", "garsas", "fotografija",
        "partnerystės", "programa", "leidimai",
    ]

    /// Open roles: a title and the skills it asks for.
    static let openRoles: [(title: String, skills: [String])] = [
        ("Garso technikas (-ė)", ["garso technika"]),
        ("Fotografas (-ė)", ["fotografija", "video montažas"]),
        ("Savanorių koordinatorius (-ė)", ["savanorių koordinavimas", "renginių organizavimas"]),
        ("Grafikos dizaineris (-ė)", ["grafinis dizainas"]),
        ("Social media volunteer", ["socialiniai tinklai"]),
        ("Finansų planuotojas (-a)", ["biudžetas", "lėšų paieška"]),
        ("Vertėjas (-a)", ["vertimas"]),
        ("Workshop host", ["edukacija", "viešas kalbėjimas"]),
        ("Web helper", ["programavimas"]),
    ]

    static let inKind = [
        "Garso įranga visai dienai", "Dažai ir teptukai", "500 lankstinukų spauda", "Mikroautobusas su vairuotoju",
        "Kava ir užkandžiai savanoriams", "Palapinės ir stalai", "Projektorius ir ekranas", "Sodinukai ir žemė",
        "Sound system for the day", "Printing of 200 posters",
    ]

    static let workshopPlaces = [
        "Verslo praktikos centras, 2 aukštas", "Bendruomenės namų salė, Šančiai", "Jaunimo erdvė, Dainava",
        "Bibliotekos skaitykla, Žaliakalnis", "Kūrybinės dirbtuvės, Vilijampolė",
    ]
}
