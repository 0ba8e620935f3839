import IdeaModel

/// What a change did, in Lithuanian, for the messages that report it live ("išsaugota:
/// …", "atšaukta: …"); the log keeps its English words. Impersonal past forms, so the
/// sentence fits any name, and names after a declined noun or as the subject.
enum LithuanianSummaries {
    static let q = Strings.lithuanianQuoted

    static func field(_ field: ChangeSummary.IdeaField) -> String {
        switch field {
        case .title: return "pavadinimas"
        case .summary: return "santrauka"
        case .problem: return "problema"
        case .impact: return "poveikis"
        case .author: return "autorius"
        case .sectors: return "sektoriai"
        case .district: return "rajonas"
        case .tags: return "žymės"
        case .fundingNeed: return "reikalingos lėšos"
        }
    }

    static func summary(_ change: ChangeSummary) -> String {
        let p = LithuanianRefusals.person, stage = LithuanianRefusals.stage
        let counted = LithuanianRefusals.counted
        func idea(_ title: String) -> String { "idėja " + q(title) }
        func span(_ place: SlotPlace) -> String { "\(place.venue), \(place.start.text)–\(place.end.text)" }
        func place(_ at: SlotPlace, _ district: String, _ pinned: Bool) -> String {
            "\(at.venue) (\(district)), \(at.start.text)–\(at.end.text)" + (pinned ? ", prisegta" : "")
        }
        switch change {
        case .moved(let title, let from, let to): return "\(idea(title)) perkelta iš etapo \(stage(from)) į \(stage(to))"
        case .movedBack(let title, let from, let to, let off):
            return "\(idea(title)) grąžinta iš etapo \(stage(from)) į \(stage(to))"
                + (off.isEmpty ? "" : " ir išimta iš festivalio tinklelio (\(off.map(span).joined(separator: "; ")))")
        case .setAside(let title, let to, let was):
            return "\(idea(title)) \(to == .parked ? "atidėta" : "atsiimta") (buvo etape \(stage(was)))"
        case .reopened(let title, let at, let was): return "\(idea(title)) atnaujinta etape \(stage(at)) (buvo \(stage(was)))"
        case .scheduled(let title, let at, let district, let pinned): return "\(idea(title)) suplanuota: \(place(at, district, pinned))"
        case .rescheduled(let title, let to, let district, let pinned, let was):
            return "\(idea(title)) perkelta: \(place(to, district, pinned)) (buvo \(span(was)))"
        case .autoScheduled(let n, let reflowed):
            return "automatiškai suplanuota: " + counted(n, "intervencija", "intervencijos", "intervencijų")
                + (reflowed.map { " (iš naujo sudėta neprisegtų: \($0))" } ?? "")
        case .lengthChanged(let title, let minutes, let was, let at):
            return "\(q(title)) trukmė pakeista į \(minutes) min. (buvo \(was) min.): \(span(at))"
        case .addedPerson(let name): return "pridėtas asmuo: \(name)"
        case .sharedIdea(let title, let author): return "pasidalinta idėja \(q(title)); ją pateikė \(p(author))"
        case .editedIdea(let title, let fields):
            return fields.isEmpty ? "\(idea(title)) išsaugota be pakeitimų"
                : "\(idea(title)) redaguota; pakeista: " + Strings.lithuanianList(fields.map(field))
        case .planned(let title, let minutes, let audience, let districts, let features):
            var parts = ["\(minutes) min.", "žiūrovų: \(audience)"]
            if !districts.isEmpty { parts.append("rajonas: " + Strings.lithuanianList(districts, "arba")) }
            if !features.isEmpty { parts.append("reikia: " + features.map(Strings.lt.feature).joined(separator: ", ")) }
            return "\(q(title)) planas: " + parts.joined(separator: ", ")
        case .createdForum(let title, let day, let place): return "sukurtas forumas \(q(title)) (\(day.text), \(place))"
        case .discussed(let title, let forum): return "\(idea(title)) aptarta forume \(q(forum))"
        case .addedTrack(let name, let stages):
            return "pridėta dirbtuvių programa \(q(name)) (\(counted(stages, "etapas", "etapai", "etapų")))"
        case .plannedWorkshop(let name, let track, let day, let place):
            return "suplanuotas dirbtuvių etapas \(q(name)) (programa \(q(track))): \(day.text), \(place)"
        case .attended(let team, let name, let day): return "\(q(team)) komanda dalyvavo dirbtuvių etape \(q(name)) \(day.text)"
        case .addedSponsor(let name, let kind): return "pridėtas rėmėjas \(q(name)) (\(Strings.lt.forms.sponsorKind(kind)))"
        case .pledged(let sponsor, let amount, let inKind, let title):
            let what = [amount.map { "\($0) €" }, inKind.map(q)].compactMap { $0 }
            return "rėmėjas \(q(sponsor)) pažadėjo idėjai \(q(title)): " + Strings.lithuanianList(what)
        case .addedVenue(let name, let district): return "pridėta vieta \(q(name)) (\(district))"
        case .changedVenue(let name): return "pakeista vieta \(q(name))"
        case .changedFestival: return "pakeisti festivalio nustatymai"
        case .formedTeam(let title, let lead): return "suburta komanda idėjai \(q(title)); jai vadovauja \(p(lead))"
        case .addedMember(let who, let team, let role): return "į \(q(team)) komandą įtraukta: \(p(who)) (\(role))"
        case .removedMember(let who, let role, let team): return "iš \(q(team)) komandos pašalinta: \(p(who)) (\(role))"
        case .openedRole(let role, let team): return "\(q(team)) komandoje atvertas vaidmuo \(q(role))"
        case .closedRole(let role, let team): return "\(q(team)) komandoje uždarytas vaidmuo \(q(role))"
        case .mentorTook(let who, let team, let load, let capacity):
            return "\(p(who)) dabar globoja \(q(team)) komandą (\(load) \(LithuanianRefusals.ofTeams(capacity)))"
        case .mentorLeft(let who, let team): return "\(p(who)) nebegloboja \(q(team)) komandos"
        case .enrolled(let team, let track, let was):
            return "\(q(team)) komanda įtraukta į dirbtuvių programą \(q(track))" + (was.map { " (buvo \(q($0)))" } ?? "")
        case .madeLead(let who, let team, let was):
            return "\(q(team)) komandai dabar vadovauja \(p(who)) (\(p(was)) lieka komandoje)"
        case .changedRole(let who, let team, let from, let to):
            return "\(q(team)) komandoje pakeistas vaidmuo: \(p(who)), \(q(from)) → \(q(to))"
        case .invited(let who, let team, let role): return "išsiųstas kvietimas į \(q(team)) komandą, vaidmuo \(q(role)): \(p(who))"
        case .answered(let who, let accepted, let role, let team):
            return accepted ? "\(p(who)) priėmė vaidmenį \(q(role)) \(q(team)) komandoje"
                : "\(p(who)) atsisakė vaidmens \(q(role)) \(q(team)) komandoje"
        }
    }
}
