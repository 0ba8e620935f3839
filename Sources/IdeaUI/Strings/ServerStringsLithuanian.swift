import IdeaModel

extension ServerStrings {
    public static let lt = ServerStrings(
        error: Lithuanian.error,
        created: { name, version in "\(name): sukurtos idea-tui lentelės (schemos versija \(version))." },
        upToDate: { name, version in "\(name): idea-tui schemos versija jau \(version); nieko daryti nereikia." },
        upgraded: { name, from, to in "\(name): schema atnaujinta nuo versijos \(from) iki \(to)." },
        copied: { from, to, db, version in
            "Nukopijuota iš \(from) į \(to): " + Lithuanian.contents(db)
                + (version.map { "; duomenų bazės versija dabar \($0)." } ?? ".")
        },
        replaced: { name, ideas, records in
            "\(name): pakeista tai, kas joje buvo (\(Lithuanian.count(ideas, "idėja", "idėjos", "idėjų")), "
                + "iš viso \(Lithuanian.count(records, "įrašas", "įrašai", "įrašų")))."
        },
        fileThere: { path in
            "\(path): failas jau yra; nieko nenukopijuota. Kad jį pakeistumėte, pridėkite --replace "
                + "(ankstesnė versija išliks kaip \(StoreError.name(of: path)).bak)."
        },
        twoFiles: "db copy: bent vienas iš dviejų (iš kur ar į kur) turi būti PostgreSQL adresas (postgresql://…); "
            + "failą į failą kopijuokite su cp.",
        sameDatabase: { name in "db copy: iš kur ir į kur – ta pati duomenų bazė (\(name)); nieko nenukopijuota." },
        passwordInKey: { name in
            "\(name): adrese yra slaptažodis, kuris būtų įrašytas į authorized_keys; nieko neįrašyta. "
                + "Nurodykite adresą be jo, o slaptažodį įrašykite į paskyros ~/.pgpass."
        },
        connectionLost: { name in "Ryšys su \(name) nutrūko; bandoma kas sekundę. Kol jis neatsikurs, pakeitimai neišsaugomi." },
        connectionBack: { name in "Vėl prisijungta prie \(name); nuskaitomi kitų tuo metu padaryti pakeitimai." }
    )

    private enum Lithuanian {
        static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
            "\(n) " + Strings.lithuanianPlural(n, one, few, many)
        }

        static func q(_ text: String) -> String { "\u{201E}\(text)\u{201C}" }

        static func contents(_ db: Database) -> String {
            [count(db.ideas.count, "idėja", "idėjos", "idėjų"), count(db.people.count, "žmogus", "žmonės", "žmonių"),
             count(db.teams.count, "komanda", "komandos", "komandų"), count(db.forums.count, "forumas", "forumai", "forumų"),
             count(db.tracks.count, "dirbtuvių programa", "dirbtuvių programos", "dirbtuvių programų"),
             count(db.sessions.count, "dirbtuvių užsiėmimas", "dirbtuvių užsiėmimai", "dirbtuvių užsiėmimų"),
             count(db.sponsors.count, "rėmėjas", "rėmėjai", "rėmėjų"), count(db.venues.count, "vieta", "vietos", "vietų"),
             count(db.districts.count, "seniūnija", "seniūnijos", "seniūnijų"),
             count(db.festival.slots.count, "festivalio laikas", "festivalio laikai", "festivalio laikų"),
             count(db.log.count, "žurnalo įrašas", "žurnalo įrašai", "žurnalo įrašų")].joined(separator: ", ")
        }

        static func error(_ error: DatabaseServerError) -> String {
            switch error {
            case .badAddress(let given, let problem): return "\(given): " + location(problem) + "."
            case .unavailable(let at, let why):
                return "\(at): nepavyko pasiekti PostgreSQL serverio: \(unreachable(why)); nieko neperskaityta ir neįrašyta."
            case .refused(let at, let user, let why): return "\(at): " + refusal(user, why)
            case .noDatabase(let at, let name):
                return "\(at): serveryje nėra duomenų bazės \(q(name)); sukurkite ją (createdb \(name)) arba patikrinkite pavadinimą."
            case .tls(let at, let problem): return "\(at): " + tls(problem)
            case .notInitialized(let at):
                return "\(at): duomenų bazėje dar nėra idea-tui duomenų; sukurkite lenteles komanda `idea-tui db init \(at)` "
                    + "arba nukopijuokite į ją failą: `idea-tui db copy FAILAS \(at)`."
            case .newerSchema(let at, let found, let known):
                return "\(at): duomenų bazės idea-tui schemos versija \(found) naujesnė už versiją \(known), kurią žino ši idea-tui; "
                    + "atnaujinkite idea-tui. Nieko nepakeista."
            case .olderSchema(let at, let found, let known):
                return "\(at): duomenų bazės idea-tui schemos versija \(found) senesnė už versiją \(known); "
                    + "atnaujinkite ją komanda `idea-tui db init \(at)`. Nieko nepakeista."
            case .foreignSchema(let at):
                return "\(at): duomenų bazėje yra schema idea_tui, kuri nėra idea-tui schema arba yra ne visa (trūksta lentelės "
                    + "ar idea_tui.head eilutės); nieko nepakeista. Naudokite kitą duomenų bazę arba atkurkite šią iš atsarginės kopijos."
            case .notUTF8(let at, let encoding):
                return "\(at): duomenų bazė tekstą laiko koduote \(encoding), ne UTF-8, todėl lietuviškos raidės galėtų dingti; "
                    + "sukurkite ją su ENCODING 'UTF8'. Nieko nepakeista."
            case .notEmpty(let at, let ideas, let records):
                return "\(at): duomenų bazėje jau yra duomenų (\(count(ideas, "idėja", "idėjos", "idėjų")), "
                    + "iš viso \(count(records, "įrašas", "įrašai", "įrašų"))); nieko nenukopijuota. "
                    + "Kad juos pakeistumėte, pridėkite --replace."
            case .invalid(let at, let failure):
                let found = count(failure.problems.count + failure.dropped, "problema", "problemos", "problemų")
                let head = "\(at): duomenų bazės įrašai nesudaro duomenų bazės, kurią būtų galima įkelti, rasta \(found); nieko nepakeista."
                return ([head] + LithuanianReports.lines(failure).map { "  \(at): \($0)" }).joined(separator: "\n")
            case .unstorable(let at, let path):
                return "\(at): tekste \(path) yra simbolis U+0000, kurio PostgreSQL negali išsaugoti; nieko nenukopijuota. "
                    + "Pirmiausia pašalinkite jį iš failo."
            case .lost(let at):
                return "\(at): ryšys su serveriu nutrūko; kas nebuvo patvirtinta, neišsaugota."
            case .commitUnknown(let at):
                return "\(at): ryšys nutrūko, kai serveris saugojo šį pakeitimą, o serverio nepavyksta pasiekti ir paklausti, "
                    + "ar išsaugojo: pakeitimas išsaugotas arba visas, arba visai ne. Patikrinkite, kai serveris vėl veiks."
            case .versionMoved(let at, let expected, let found):
                return "\(at): kažkas kitas tuo metu pakeitė duomenų bazę (jos versija \(found), o šis pakeitimas darytas "
                    + "versijai \(expected)); nieko neišsaugota."
            case .server(let at, let code, let message):
                return "\(at): serveris atsisakė: \(message)" + (code.isEmpty ? "." : " (SQLSTATE \(code)).")
            }
        }

        static func location(_ problem: DatabaseServerError.LocationProblem) -> String {
            switch problem {
            case .scheme: return "tai ne PostgreSQL adresas; jis prasideda postgresql:// arba postgres://"
            case .percentEncoding: return "po ženklo % adrese nėra dviejų šešioliktainių skaitmenų arba tekstas ne UTF-8"
            case .unencodedInPassword:
                return "po serverio vardo yra @; slaptažodyje ženklus / ir ? reikia rašyti %2F ir %3F (o @ duomenų bazės pavadinime – %40)"
            case .port(let port): return "prievadas \(q(port)) nėra skaičius nuo 1 iki 65535"
            case .severalHosts: return "keli serveriai nepalaikomi; nurodykite vieną"
            case .unknownParameter(let key):
                return "idea-tui nežino nustatymo \(q(key)) (žinomi host, port, dbname, user, password, sslmode, sslrootcert, "
                    + "connect_timeout ir application_name)"
            case .malformedParameter(let key): return "nustatymas \(q(key)) neturi reikšmės (rašykite \(key)=REIKŠMĖ)"
            case .sslMode(let mode):
                return "sslmode \(q(mode)) nėra (galima disable, prefer, require, verify-ca arba verify-full)"
            case .unsupportedSSLMode(let mode): return "sslmode=\(mode) nepalaikomas; naudokite disable, prefer arba require"
            case .timeout(let text): return "connect_timeout \(q(text)) nėra sveikas sekundžių skaičius"
            }
        }

        static func unreachable(_ why: DatabaseServerError.Unreachable) -> String {
            switch why {
            case .refused: return "ten niekas nelaukia ryšių (ryšys atmestas)"
            case .noSocket(let path): return "nėra serverio lizdo \(path)"
            case .unknownHost: return "serverio vardas nežinomas"
            case .timedOut(let seconds): return "per \(seconds) s neatsakė"
            case .notAcceptingConnections: return "serveris paleidžiamas arba stabdomas ir dabar ryšių nepriima"
            case .tooManyConnections: return "serveris nebeturi vietos dar vienam ryšiui"
            case .closedByServer: return "serveris nutraukė ryšį"
            case .other(let text): return text
            }
        }

        static func refusal(_ user: String, _ why: DatabaseServerError.AccessRefusal) -> String {
            let who = q(user)
            switch why {
            case .password:
                return "serveris nepriėmė naudotojo \(who) slaptažodžio (arba tokio naudotojo nėra); "
                    + "patikrinkite slaptažodį adrese, PGPASSWORD arba ~/.pgpass."
            case .noPassword(nil):
                return "serveris prašo naudotojo \(who) slaptažodžio, bet jis nenurodytas (nei adrese, nei PGPASSWORD, nei ~/.pgpass)."
            case .noPassword(let path?):
                return "serveris prašo naudotojo \(who) slaptažodžio, bet jis nenurodytas; \(path) neskaitytas, nes jį gali "
                    + "skaityti grupė ar kiti (chmod 600 \(path))."
            case .passFileNotAFile(let path):
                return "serveris prašo naudotojo \(who) slaptažodžio, bet jis nenurodytas; \(path) neskaitytas, nes tai ne failas "
                    + "(aplankas, FIFO ar įrenginys): PGPASSFILE nurodo slaptažodžių failą, o kai nenustatytas, skaitomas ~/.pgpass."
            case .notAllowed(let message): return "serveris neįleidžia naudotojo \(who): \(message)."
            case .noPermission(let database):
                return "naudotojui \(who) neleidžiama jungtis prie duomenų bazės \(q(database)) (jos savininkas gali suteikti teisę GRANT CONNECT)."
            case .unsupportedMethod(let method):
                return "serveris prašo naudotojo \(who) prisijungti būdu, kurio idea-tui nemoka (\(method)); naudokite slaptažodį (scram-sha-256)."
            case .mayNotChange(let message):
                return "naudotojas \(who) gali skaityti idea-tui lenteles, bet ne keisti jas (serveris atsakė: \(message)); nieko neišsaugota. "
                    + "Lentelių savininkas gali suteikti teisę: GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA idea_tui."
            case .readOnlyServer:
                return "serveris nepriima pakeitimų (jis tik skaitomas, galbūt atsarginis); nieko neišsaugota. "
                    + "Nurodykite pagrindinio serverio adresą."
            }
        }

        static func tls(_ problem: DatabaseServerError.TLSProblem) -> String {
            switch problem {
            case .notOffered: return "serveris nesiūlo šifruoto ryšio, kurio prašo sslmode; nieko neišsiųsta."
            case .untrusted(let root):
                let by = root.map { "jo nepasirašė šakninio sertifikato \($0) išdavėjas" }
                    ?? "jo nepasirašė nė viena šios sistemos patikima sertifikavimo įstaiga"
                return "nepavyko patikrinti serverio sertifikato: \(by) arba jis šiandien negalioja; nieko neišsiųsta."
            case .wrongHost(let host):
                return "nepavyko patikrinti serverio sertifikato: jis išduotas ne serveriui \(host) "
                    + "(sslmode verify-full tikrina ir tai); nieko neišsiųsta."
            case .handshake(let text): return "nepavyko užmegzti šifruoto ryšio (\(text)); nieko neišsiųsta."
            case .noRootCertificate(let path):
                return "sslmode verify-ca ir verify-full reikia šakninio sertifikato \(path), o jo nėra (arba nurodykite sslrootcert=KELIAS)."
            case .badRootCertificate(let path):
                return "nepavyko perskaityti šakninio sertifikato \(path) (tikimasi PEM formato); nieko neišsiųsta."
            case .setup(let text): return "nepavyko parengti šifravimo: \(text)."
            }
        }
    }
}
