import IdeaModel

extension MentorStrings {
    public static let lt = MentorStrings(
        homeTitle: { name in "Mentorystė · \(name)" },
        myTeams: "Mano komandos",
        needMentor: "Komandos, kurias galite imti",
        rankedByFit: "tinkamiausios pirmos",
        noTeamsYet: "Dar nementoriaujate nė vienai komandai: pasirinkite iš sąrašo žemiau (t).",
        noTeamsNeed: "Šiuo metu nė vienai komandai nereikia mentoriaus.",
        moreTeams: { n in "… ir dar \(n) su mažesniu tinkamumu: visas rasite ekrane „Komandos“ (5)." },
        nextWorkshop: { date, stage in "kitos dirbtuvės \(date) · \(stage)" },
        noWorkshopPlanned: "dirbtuvės nesuplanuotos",
        needs: "trūksta",
        readyForNext: "gali eiti toliau",
        fitLabel: "tinka",
        reason: { fit, s in
            let p = MentorFit.Points.self, pts = ScreenStrings.signed
            var parts: [String] = []
            if !fit.tags.isEmpty { parts.append("žymės: " + fit.tags.joined(separator: ", ") + " " + pts(p.tag * fit.tags.count)) }
            if !fit.skills.isEmpty { parts.append("vaidmenys: " + fit.skills.joined(separator: ", ") + " " + pts(p.skill * fit.skills.count)) }
            if !fit.sectors.isEmpty {
                parts.append((fit.sectors.count == 1 ? "sektorius: " : "sektoriai: ") + fit.sectors.map(s.sector).joined(separator: ", ")
                             + " " + pts(p.sector * fit.sectors.count))
            }
            if let district = fit.district { parts.append("mėgsta " + district + " " + pts(p.district)) }
            parts.append(fit.mentors == 0 ? "dar be mentoriaus" : "mentorių: \(fit.mentors) " + pts(p.perMentor * fit.mentors))
            return parts.joined(separator: " · ")
        },
        takeTitle: "Imtis komandos",
        takeQuestion: { title, load, capacity in "Mentoriauti „\(title)“? Turėsite \(load) \(LithuanianRefusals.ofTeams(capacity))." },
        letGoTitle: "Palikti komandą",
        letGoQuestion: { title in "Kodėl paliekate „\(title)“? Tai matys komanda ir moderatoriai." },
        atCapacity: { load, capacity in "mentoriaujate \(load) \(LithuanianRefusals.ofTeams(capacity)): pirma palikite vieną" },
        teamFull: { most in "komanda jau turi \(LithuanianRefusals.counted(most, "mentorių", "mentorius", "mentorių")) – daugiau negalima" },
        selectTeam: "pirma pasirinkite komandą (↑/↓)",
        notAMentor: "neturite mentoriaus profilio",
        confirmHint: "y arba Enter: taip · n arba Esc: ne",
        take: "imtis",
        takeHelp: "imtis pasirinktos komandos kaip jos mentorius (pirma paklausia)",
        letGo: "palikti",
        letGoHelp: "palikti pasirinktą savo komandą, nurodant priežastį",
        home: "mano mentorystė",
        homeHelp: "mentoriaus pradžia: mano komandos, laukiančios komandos",
        suggestAction: "Pasiūlyti mentorius komandoms be jų…",
        suggestTitle: "Siūlomi mentoriai",
        suggestSummary: { placed, needing, fit in "\(placed) \(LithuanianRefusals.ofTeams(needing)) be mentoriaus jį gauna · bendras tikimas \(fit)" },
        suggestHint: "Tarpas ar Enter: palikti ar atmesti · a: priskirti paliktus · Esc: atšaukti",
        nothingToSuggest: "visos mentorystės etapo komandos turi mentorių",
        unplaced: { reason in "be mentoriaus: \(reason)" }
    )
}
