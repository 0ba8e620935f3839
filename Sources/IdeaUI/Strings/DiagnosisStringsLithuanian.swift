import IdeaModel

/// A placement diagnosis in Lithuanian. Names from the data stay undeclined, after a
/// declined noun ("vietoje Kiemo scena") or in quotes; counts take their plural forms.
enum LithuanianDiagnosis {
    static let q = Strings.lithuanianQuoted

    static func span(_ a: ClockTime, _ b: ClockTime) -> String { a.text + "–" + b.text }

    static func counted(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) " + Strings.lithuanianPlural(n, one, few, many)
    }

    static func who(_ person: String, _ role: PlacementDiagnosis.Role) -> String {
        switch role {
        case .lead: return person + " (komandos vadovas)"
        case .member: return person + " (komandos narys)"
        case .mentor: return person + " (mentorius)"
        }
    }

    static func obstacle(_ obstacle: PlacementDiagnosis.Obstacle, _ place: PlacementDiagnosis.Place) -> String {
        switch obstacle {
        case .occupied(let idea, let start, let end, let change):
            let overlaps = place.start < end && start < place.end
            return "ten vyksta \(q(idea)) \(span(start, end))"
                + (overlaps || change == 0 ? "" : ", o vietai persitvarkyti reikia \(change) min.")
        case .personBusy(let person, let role, let idea, let venue, let start, let end):
            return "\(who(person, role)) tuo metu dalyvauja \(q(idea)) (\(venue), \(span(start, end)))"
        case .personTravel(let person, let role, let idea, let venue, let start, let end, let travel):
            return "\(who(person, role)) dalyvauja \(q(idea)) (\(venue), \(span(start, end))), o kelionei tarp rajonų reikia \(travel) min."
        case .lacksFeature(let feature, let withIt, let full):
            let lacking = "trūksta to, ko reikia pagal planą: " + Strings.lt.feature(feature)
            if withIt == 0 { return lacking + ", ir to neturi nė viena pakankamai didelė vieta" }
            let venues = Strings.lithuanianPlural(withIt, "pakankamai didelė vieta", "pakankamai didelės vietos", "pakankamai didelių vietų")
            guard let full else { return lacking + " (tai turi \(withIt) \(venues))" }
            return withIt == 1 ? lacking + "; tai turi tik 1 \(venues), ir \(span(full.from, full.to)) joje nėra pakankamai ilgo laisvo tarpo"
                : lacking + "; tai turi tik \(withIt) \(venues), ir \(span(full.from, full.to)) nė vienoje nėra pakankamai ilgo laisvo tarpo"
        case .tooSmall(let holds, let expects): return "talpina \(holds) žm., o planuojama \(expects)"
        case .closed(let opens, let closes): return "dirba tik \(span(opens, closes))"
        case .tooEarly(let earliest): return "plane prašoma pradėti ne anksčiau kaip \(earliest.text)"
        case .tooLate(let latest): return "plane prašoma baigti iki \(latest.text)"
        }
    }

    static func suggestion(_ suggestion: PlacementDiagnosis.Suggestion) -> String {
        let place = suggestion.place
        let there = "vietoje \(place.venue), \(span(place.start, place.end))"
        let then = "; tada ji tilptų " + there
        switch suggestion.change {
        case .none: return "nieko keisti nereikia: ji telpa " + there
        case .move(_, let idea, let from, let to):
            return "perkelti \(q(idea)) iš vietos \(from.venue) (\(span(from.start, from.end))) į vietą \(to.venue) (\(span(to.start, to.end)))" + then
        case .earlierStart(let earliest, let was):
            return "leisti pradėti nuo \(earliest.text), o ne nuo \(was.text) (\(was.minutes - earliest.minutes) min. anksčiau)" + then
        case .laterEnd(let latest, let was):
            return "leisti baigti iki \(latest.text), o ne iki \(was.text) (\(latest.minutes - was.minutes) min. vėliau)" + then
        case .shorterPlan(let minutes, let was):
            return "sutrumpinti planą \(was - minutes) min. (\(minutes) min. vietoj \(was))" + then
        case .addFeature(let feature, _, let venue):
            return "vietai \(venue) suteikti tai, ko trūksta: \(Strings.lt.feature(feature))" + then
        }
    }
}

extension DiagnosisStrings {
    public static let lt = DiagnosisStrings(
        obstacle: LithuanianDiagnosis.obstacle,
        suggestion: LithuanianDiagnosis.suggestion,
        more: { n in "ir dar " + LithuanianDiagnosis.counted(n, "kliūtis", "kliūtys", "kliūčių") },
        noChange: "nė vienas pavienis pakeitimas jos neįtrauktų",
        fitsNow: "jai ir dabar yra laisva vieta",
        nearestLabel: "arčiausiai",
        changeLabel: "pakeitimas",
        title: { title in "Kodėl „\(title)“ nėra tinklelyje" },
        missesHeading: "Artimiausios vietos ir kas trukdo",
        changesHeading: "Kas leistų ją įtraukti (užtenka vieno pakeitimo)",
        question: { title in "Atlikti šį pakeitimą ir įtraukti „\(title)“?" },
        pickTitle: "Kodėl nėra tinklelyje? Pasirinkite paruoštą idėją",
        why: "kodėl", whyHelp: "kodėl laukianti paruošta idėja nėra tinklelyje ir koks vienas pakeitimas ją įtrauktų",
        apply: "atlikti", applyHelp: "atlikti pažymėtą pakeitimą ir įtraukti idėją (pirma paklausia; tik moderatoriai)",
        notWaiting: { title in "„\(title)“ jau nelaukia vietos" },
        note: "Artimiausios vietos – tos vietos ir laikai, kur trukdo mažiausiai kliūčių: ten vykstanti kita intervencija, "
            + "kitur užimtas (ar per toli, kad spėtų nuvykti) komandos žmogus, vietai trūkstama savybė, jos talpa, darbo "
            + "laikas, plano laiko langas. Pakeitimas siūlomas tik tada, kai vien jis leidžia idėją įtraukti, ir patikrinamas "
            + "tinklelio taisyklėmis: kita intervencija perkeliama į jai laisvą vietą, platesnis laiko langas, iki pusės "
            + "trumpesnis planas, vietai suteikiama savybė (ne „lauke“ ar „viduje“)."
    )
}
