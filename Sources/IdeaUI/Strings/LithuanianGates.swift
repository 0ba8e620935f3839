import IdeaModel

/// The Lithuanian words of the stage gates, and the small grammar they need: quotes,
/// lists and the three plural forms of a counted noun.
extension Strings {
    /// A day, the Lithuanian way: 2026-05-02.
    static func lithuanianDate(_ day: Day) -> String { day.text }

    /// „text“
    static func lithuanianQuoted(_ text: String) -> String { "„" + text + "“" }

    /// "a", "a ir b", "a, b ir c" (or with "arba").
    static func lithuanianList(_ items: [String], _ conjunction: String = "ir") -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// The form of a noun after `n`: 1, 21, 31… take `one` (narys); 2–9, 22–29… take
    /// `few` (nariai); 0, 10–20, 30… take `many` (narių).
    static func lithuanianPlural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let tens = abs(n) % 100, units = abs(n) % 10
        if (11...19).contains(tens) || units == 0 { return many }
        return units == 1 ? one : few
    }

    /// One gate condition in Lithuanian.
    static func lithuanianGate(_ condition: GateCondition) -> String {
        let q = lithuanianQuoted, date = lithuanianDate
        func stage(_ stage: Stage) -> String { q(Strings.lt.stage(stage)) }
        func counted(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
            "\(n) " + lithuanianPlural(n, one, few, many)
        }
        switch condition {
        case .parked: return "idėja atidėta; pirmiausia ją reikia grąžinti į darbą"
        case .withdrawn: return "idėja atsiimta; pirmiausia ją reikia grąžinti į darbą"
        case .delivered: return "idėja jau įgyvendinta – tai paskutinis etapas"
        case .onlyForwardTo(let now, let next):
            return "idėja yra etape \(stage(now)), todėl gali pereiti tik į etapą \(stage(next))"
        case .discussedAt(let forum, let day): return "aptarta Art of Hosting forume \(q(forum)) \(date(day))"
        case .notDiscussed: return "dar neaptarta Art of Hosting forume"
        case .summaryWritten(let yes): return yes ? "idėja užrašyta" : "pati idėja (santrauka) neužrašyta"
        case .problemWritten(let yes): return yes ? "problema užrašyta" : "problema neužrašyta"
        case .impactWritten(let yes): return yes ? "siekiamas poveikis užrašytas" : "siekiamas poveikis neužrašytas"
        case .noTeam: return "komanda dar nesusibūrė: reikia vadovo ir bent dviejų narių"
        case .ledBy(let name): return "vadovas – \(name)"
        case .members(let count, let names):
            return "be vadovo dar \(counted(count, "narys", "nariai", "narių")): \(lithuanianList(names))"
        case .tooFewMembers(let count):
            return count == 0 ? "komandoje be vadovo narių nėra; reikia bent 2"
                : "komandoje be vadovo yra \(counted(count, "narys", "nariai", "narių")); reikia bent 2"
        case .noTeamToMentor: return "nėra komandos, kuriai reikėtų mentoriaus"
        case .noMentor: return "mentoriaus dar nėra"
        case .mentoredBy(let names):
            return (names.count == 1 ? "mentorius – " : "mentoriai – ") + lithuanianList(names)
        case .withinCapacity: return "nė vieno mentoriaus krūvis neviršytas"
        case .overCapacity(let issues):
            return issues.map { issue in
                switch issue {
                case .overCapacity(let name, let load, let capacity):
                    return "\(name) globoja \(counted(load, "komandą", "komandas", "komandų")), nors gali priimti \(capacity)"
                case .noMentorProfile(let name): return "\(name) neturi mentoriaus profilio"
                }
            }.joined(separator: "; ")
        case .tooManyMentors(let count, let max):
            return "komandą globoja \(counted(count, "mentorius", "mentoriai", "mentorių")); leidžiama daugiausia \(max)"
        case .noTeamToEnroll: return "nėra komandos, kurią būtų galima įtraukti į dirbtuvių programą"
        case .notEnrolled: return "komanda neįtraukta į dirbtuvių programą"
        case .trackMissing(let id): return "komandos dirbtuvių programos \(q(id)) nėra"
        case .enrolled(let track): return "įtraukta į dirbtuvių programą \(q(track))"
        case .workshopStageCompleted(let name, let day): return "dirbtuvių etapas \(q(name)) baigtas \(date(day))"
        case .workshopStageUpcoming(let name, let day): return "dirbtuvių etapas \(q(name)) dar neįvyko: jis vyks \(date(day))"
        case .workshopStageMissing(let name): return "komanda nebaigė dirbtuvių etapo \(q(name))"
        case .noTrackForStages: return "komanda neįtraukta į dirbtuvių programą, todėl negali baigti jos etapų"
        case .noPlan: return "intervencijos plano dar nėra (trukmė, žiūrovai, vietos poreikiai, rajonai)"
        case .planNoDuration: return "plane nenurodyta, kiek truks intervencija"
        case .planDurationOffGrid(let minutes, let grid):
            return "plane nurodyta trukmė, \(minutes) min., nėra \(grid) min. kartotinis"
        case .planDuration(let minutes): return "intervencija truks \(minutes) min."
        case .planAudience(let n): return "tikimasi žiūrovų: \(n)"
        case .planNoAudience: return "plane nenurodyta, kiek žmonių tikimasi"
        case .planNoDistricts: return "plane nenurodytas pageidaujamas rajonas"
        case .planDistricts(let districts):
            return (districts.count == 1 ? "pageidaujamas rajonas – " : "pageidaujami rajonai – ") + lithuanianList(districts, "arba")
        case .mustBeScheduled: return "idėją reikia įtraukti į festivalio tinklelį: paskirti vietą ir pradžios laiką"
        case .festivalDayCome(let day): return "festivalio diena, \(date(day)), atėjo"
        case .festivalAhead(let festival, let today): return "festivalis vyks \(date(festival)), o šiandien \(date(today))"
        }
    }
}
