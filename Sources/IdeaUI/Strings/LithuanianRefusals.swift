import IdeaModel

/// Refusals in Lithuanian. Names from the data are not declined: an idea or a team is
/// named after a declined noun („Žalias kiemas“ komandai, idėjos „Žalias kiemas“), a person
/// in the nominative (as the subject, or in brackets after a declined noun), so every
/// sentence stays grammatical whatever the name.
enum LithuanianRefusals {
    static let q = Strings.lithuanianQuoted

    static func person(_ name: PersonName) -> String {
        switch name {
        case .known(let name): return name
        case .unknown(let id): return q(id)
        }
    }

    static func stage(_ stage: Stage) -> String { q(Strings.lt.stage(stage)) }

    /// "3 komandos": the noun's form after `n`.
    static func counted(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) " + Strings.lithuanianPlural(n, one, few, many)
    }

    /// "iš 3 komandų", "iš 21 komandos": after "iš" the noun is genitive.
    static func ofTeams(_ n: Int) -> String { "iš " + counted(n, "komandos", "komandų", "komandų") }

    static func ideaTask(_ task: RuleViolation.IdeaTask, _ id: String) -> String {
        let idea = "idėjos " + q(id)
        switch task {
        case .move: return "Negalima perkelti \(idea)"
        case .moveBack: return "Negalima grąžinti atgal \(idea)"
        case .park: return "Negalima atidėti \(idea)"
        case .withdraw: return "Negalima atsiimti \(idea)"
        case .reopen: return "Negalima atnaujinti \(idea)"
        case .schedule: return "Negalima suplanuoti \(idea)"
        case .edit: return "Negalima redaguoti \(idea)"
        case .plan: return "Negalima nustatyti \(idea) plano"
        case .setLength: return "Negalima pakeisti \(idea) trukmės"
        case .formTeam: return "Negalima suburti komandos idėjai \(q(id))"
        }
    }

    static func teamTask(_ task: RuleViolation.TeamTask, _ id: String) -> String {
        let team = q(id)
        switch task {
        case .addMember: return "Negalima įtraukti nario į komandą \(team)"
        case .removeMember: return "Negalima pašalinti nario iš komandos \(team)"
        case .openRole: return "Negalima atverti vaidmens komandoje \(team)"
        case .closeRole: return "Negalima uždaryti vaidmens komandoje \(team)"
        case .assignMentor: return "Negalima paskirti mentoriaus komandai \(team)"
        case .removeMentor: return "Negalima atleisti mentoriaus iš komandos \(team)"
        case .enroll: return "Negalima įtraukti komandos \(team) į dirbtuvių programą"
        case .changeLead: return "Negalima pakeisti komandos \(team) vadovo"
        case .changeRole: return "Negalima pakeisti vaidmens komandoje \(team)"
        case .invite: return "Negalima pakviesti į komandą \(team)"
        case .answerInvitation: return "Negalima atsakyti į kvietimą į komandą \(team)"
        }
    }

    static func attempt(_ attempt: RuleViolation.Attempt) -> String {
        let p = person
        func idea(_ title: String) -> String { "idėjos " + q(title) }
        switch attempt {
        case .unknownIdea(let task, let id): return ideaTask(task, id)
        case .unknownTeam(let task, let id): return teamTask(task, id)
        case .makeChange: return "Šio pakeitimo padaryti negalima"
        case .notPermitted: return "Šio pakeitimo jūs daryti negalite"
        case .breakSchedule: return "Šio pakeitimo padaryti negalima: festivalio tvarkaraštis pažeistų savo taisykles"
        case .nothingToChange: return "Nėra ką keisti"
        case .makeRoom: return "Negalima atlaisvinti vietos"
        case .undo(let done): return "Negalima atšaukti pakeitimo (" + done.map(LithuanianSummaries.summary).joined(separator: "; ") + ")"
        case .redo(let done): return "Negalima grąžinti pakeitimo (" + done.map(LithuanianSummaries.summary).joined(separator: "; ") + ")"
        case .moveForward(let title): return "Negalima perkelti \(idea(title)) pirmyn"
        case .moveTo(let title, let target): return "Negalima perkelti \(idea(title)) į etapą \(stage(target))"
        case .moveBack(let title): return "Negalima grąžinti \(idea(title)) atgal"
        case .park(let title): return "Negalima atidėti \(idea(title))"
        case .withdraw(let title): return "Negalima atsiimti \(idea(title))"
        case .reopen(let title): return "Negalima atnaujinti \(idea(title))"
        case .schedule(let title): return "Negalima suplanuoti \(idea(title))"
        case .scheduleAt(let title, let venue, let start): return "Negalima suplanuoti \(idea(title)) vietoje \(q(venue)) nuo \(start.text)"
        case .autoSchedule: return "Negalima pritaikyti automatinio tvarkaraščio"
        case .setLength(let title, let minutes): return "Negalima pakeisti \(idea(title)) trukmės į \(minutes) min."
        case .addPerson(let name): return "Negalima pridėti asmens" + (name.map { " (\($0))" } ?? "")
        case .shareIdea(let title): return "Negalima pasidalinti idėja \(q(title))"
        case .editIdea(let title): return "Negalima redaguoti \(idea(title))"
        case .setPlan(let title): return "Negalima nustatyti \(idea(title)) plano"
        case .createForum(let title): return "Negalima sukurti forumo \(q(title))"
        case .recordDiscussion: return "Negalima įrašyti aptarimo"
        case .recordDiscussionOf(let title, let forum): return "Negalima įrašyti, kad idėja \(q(title)) aptarta forume \(q(forum))"
        case .addTrack(let name): return "Negalima pridėti dirbtuvių programos \(q(name))"
        case .planWorkshop: return "Negalima suplanuoti dirbtuvių"
        case .recordAttendance: return "Negalima įrašyti lankomumo"
        case .recordAttendanceOf(let team, let name, let day):
            return "Negalima įrašyti, kad \(q(team)) komanda dalyvavo dirbtuvių etape \(q(name)) \(day.text)"
        case .addSponsor: return "Negalima pridėti rėmėjo"
        case .recordPledge: return "Negalima įrašyti paramos pažado"
        case .recordPledgeOf(let sponsor, let title): return "Negalima įrašyti rėmėjo \(q(sponsor)) pažado idėjai \(q(title))"
        case .addVenue(let name): return "Negalima pridėti vietos \(q(name))"
        case .changeVenue(let name): return "Negalima pakeisti vietos" + (name.map { " " + q($0) } ?? "")
        case .changeFestival: return "Negalima pakeisti festivalio nustatymų"
        case .formTeam(let title): return "Negalima suburti komandos idėjai \(q(title))"
        case .addMember(let who, let team): return "Negalima įtraukti nario (\(p(who))) į \(q(team)) komandą"
        case .removeMember(let who, let team): return "Negalima pašalinti nario (\(p(who))) iš \(q(team)) komandos"
        case .openRole(let team): return "Negalima atverti vaidmens \(q(team)) komandoje"
        case .closeRole(let id, let team): return "Negalima uždaryti vaidmens \(q(id)) \(q(team)) komandoje"
        case .assignMentor(let who, let team): return "Negalima paskirti mentoriaus (\(p(who))) \(q(team)) komandai"
        case .removeMentor(let who, let team): return "Negalima atleisti mentoriaus (\(p(who))) iš \(q(team)) komandos"
        case .enroll(let team): return "Negalima įtraukti \(q(team)) komandos į dirbtuvių programą"
        case .enrollIn(let team, let track): return "Negalima įtraukti \(q(team)) komandos į programą \(q(track))"
        case .makeLead(let who, let team): return "Negalima paskirti naujo \(q(team)) komandos vadovo (\(p(who)))"
        case .changeRole(let who, let team): return "Negalima pakeisti nario (\(p(who))) vaidmens \(q(team)) komandoje"
        case .invite(let who, let team): return "Negalima pakviesti asmens (\(p(who))) į \(q(team)) komandą"
        case .answerInvitation(let id, let team): return "Negalima atsakyti į kvietimą \(q(id)) į \(q(team)) komandą"
        case .answerInvitationOf(let who, let team): return "Negalima atsakyti į asmens (\(p(who))) kvietimą į \(q(team)) komandą"
        }
    }

    /// A record of `kind`, in the genitive: "asmens", "dirbtuvių programos".
    static func record(_ kind: RuleViolation.RecordKind) -> String {
        switch kind {
        case .person: return "asmens"
        case .idea: return "idėjos"
        case .team: return "komandos"
        case .forum: return "forumo"
        case .workshopSession: return "dirbtuvių užsiėmimo"
        case .workshopTrack: return "dirbtuvių programos"
        case .sponsor: return "rėmėjo"
        case .venue: return "vietos"
        }
    }

    static func invitation(_ status: InvitationStatus) -> String {
        switch status {
        case .pending: return "laukia atsakymo"
        case .accepted: return "priimtas"
        case .declined: return "atmestas"
        case .closed: return "uždarytas (vaidmenį užėmė kitas)"
        }
    }

    static func reason(_ reason: RuleViolation.Reason) -> String {
        let p = person
        switch reason {
        case .noIdeaWithThatId: return "idėjos tokiu identifikatoriumi nėra"
        case .noTeamWithThatId: return "komandos tokiu identifikatoriumi nėra"
        case .noRecord(let kind, let id): return "\(record(kind)) \(q(id)) šioje duomenų bazėje nėra"
        case .notPermitted(let denial): return permission(denial)
        case .unknownActor(let id): return "\(q(id)) nėra šios duomenų bazės asmuo, o kiekvienas pakeitimas turi nurodyti, kas jį padarė"
        case .textTooLong(let limit):
            return "jame yra tekstas, ilgesnis nei \(Strings.grouped(limit, " ")) simbolių; tokio ilgo lauko duomenų bazėje nebūna"
        case .gate(let condition): return Strings.lithuanianGate(condition)
        case .placement(let problem): return Strings.lithuanianPlacement(problem)
        case .slotBreaks(let idea, let start, let problem): return "\(q(idea)) (\(start.text)): \(Strings.lithuanianPlacement(problem))"
        case .step(let violation):
            return ([attempt(violation.attempt)] + [violation.reasons.map(Self.reason).joined(separator: "; ")]).joined(separator: ": ")
        case .wouldNotLoad(let problems): return "failo nebebūtų galima įkelti: " + problems.joined(separator: "; ")
        case .notAboutALimit: return "šis nesutapimas kilo ne dėl ribos"
        case .reasonNeededBack: return "reikia priežasties, kad komanda žinotų, kodėl"
        case .reasonNeededAside: return "reikia priežasties, kad kiti žinotų, kodėl"
        case .reasonNeededReopen: return "reikia priežasties, kad kiti žinotų, kodėl idėja grįžta"
        case .setAsideReopenInstead(let s): return "idėja yra etape \(stage(s)); ją reikia atnaujinti, o ne grąžinti atgal"
        case .atFirstStage(let s): return "idėja jau pirmame etape, \(stage(s))"
        case .scheduledMoveBackFirst(let place):
            let at = place.map { " (\($0.venue), \($0.start.text)–\($0.end.text))" } ?? ""
            return "idėja suplanuota\(at); pirma ją reikia grąžinti į etapą \(stage(.ready)), tada ji išimama iš festivalio tinklelio"
        case .alreadyDelivered: return "idėja jau įgyvendinta"
        case .alreadyParked: return "idėja jau atidėta"
        case .alreadyWithdrawn: return "idėja jau atsiimta"
        case .notSetAside(let s): return "idėja nei atidėta, nei atsiimta; ji yra etape \(stage(s))"
        case .notReadyForGrid(let s): return "idėja yra etape \(stage(s)); į festivalio tinklelį dedamos tik parengtos idėjos"
        case .setAsideBringToReady(let s):
            return "idėja yra etape \(stage(s)); pirma ją reikia atnaujinti ir parengti (etapas \(stage(.ready)))"
        case .noPlan: return "idėja neturi intervencijos plano"
        case .notOnGrid: return "intervencijos nėra festivalio tinklelyje; jos trukmė – plano dalis"
        case .venueMissing(let id): return "jos vietos \(q(id)) šioje duomenų bazėje nėra"
        case .lengthRange(let grid): return "intervencija trunka nuo vieno \(grid) min. žingsnio iki visos dienos"
        case .minutesOffGrid(let minutes, let grid): return "\(minutes) min. netelpa į \(grid) min. tinklelį"
        case .nameEmpty: return "vardas arba pavadinimas tuščias"
        case .titleEmpty: return "pavadinimas tuščias"
        case .idTaken(let id, let name): return "identifikatorius \(q(id)) jau užimtas: \(name)"
        case .idTakenByTrack(let id, let name): return "identifikatorius \(q(id)) jau priklauso programai \(q(name))"
        case .mentorCapacityRange(let n): return "mentorius gali globoti nuo 0 iki 100 komandų, ne \(n)"
        case .authorUnknown(let id): return "autorius \(q(id)) nėra šios duomenų bazės asmuo"
        case .needsSector: return "idėjai reikia bent vieno sektoriaus"
        case .sectorTwice: return "sektorius nurodytas du kartus"
        case .unknownDistrict(let district): return "\(q(district)) nėra šios duomenų bazės rajonas"
        case .fundingBelowZero: return "reikalingos lėšos negali būti mažesnės nei 0 €"
        case .scheduledChangeOnGrid:
            return "idėja suplanuota; trukmę keiskite festivalio tinklelyje, o kitką – grąžinę idėją į etapą \(stage(.ready))"
        case .durationRange(let minutes): return "intervencija trunka nuo 1 min. iki visos dienos, ne \(minutes) min."
        case .audienceBelowZero: return "žiūrovų negali būti mažiau nei 0"
        case .notDistricts(let districts):
            let names = Strings.lithuanianList(districts.map(q))
            return districts.count == 1 ? "\(names) nėra šios duomenų bazės rajonas" : "\(names) nėra šios duomenų bazės rajonai"
        case .districtTwice: return "rajonas nurodytas du kartus"
        case .earliestNotBeforeLatest(let e, let l): return "ankstyviausias laikas \(e.text) nėra ankstesnis už vėliausią \(l.text)"
        case .doesNotFitWindow(let minutes, let e, let l): return "\(minutes) min. netelpa tarp \(e.text) ir \(l.text)"
        case .placeEmpty: return "vieta neįrašyta"
        case .hostUnknown(let id): return "vedėjas \(q(id)) nėra šios duomenų bazės asmuo"
        case .alreadyRecorded: return "tai jau įrašyta"
        case .trackNeedsStage: return "programai reikia bent vieno etapo"
        case .stageNeedsIdAndName: return "kiekvienam etapui reikia identifikatoriaus ir pavadinimo"
        case .stageIdTwice: return "etapo identifikatorius pavartotas du kartus"
        case .trackHasNoStage(let track, let name): return "programa \(q(track)) neturi etapo \(q(name))"
        case .notEnrolledEnrollIn(let track): return "komanda neįtraukta į dirbtuvių programą; pirma ją reikia įtraukti į \(q(track))"
        case .enrolledElsewhere(let track): return "komanda įtraukta į kitą programą, ne į \(q(track))"
        case .amountNotPositive(let n): return "suma turi būti didesnė nei 0 €, ne \(n) €"
        case .pledgeEmpty: return "pažadui reikia sumos eurais, paramos daiktais arba abiejų"
        case .capacityBelowZero: return "talpa negali būti mažesnė nei 0"
        case .opensAfterCloses(let opens, let closes): return "vieta atsidaro \(opens.text), o užsidaro \(closes.text)"
        case .targetBelowOne: return "tikslas turi būti bent 1 intervencija"
        case .dayEndsBeforeStart(let start, let end): return "diena prasideda \(start.text), o baigiasi \(end.text)"
        case .gridChoice(let n): return "tinklelio žingsnis turi būti 5, 10, 15, 20, 30 arba 60 min., ne \(n)"
        case .changeoverRange: return "persitvarkymas turi trukti nuo 0 iki 240 min."
        case .travelRange: return "kelionės laikas turi būti nuo 0 iki 240 min."
        case .mentorsPerTeamBelowOne: return "komandai turi būti leidžiamas bent 1 mentorius"
        case .teamHasMoreMentors(let count, let max):
            return "viena komanda jau turi \(counted(count, "mentorių", "mentorius", "mentorių")), daugiau nei \(max)"
        case .alreadyHasTeam(let lead): return "idėja jau turi komandą; jai vadovauja \(p(lead))"
        case .ideaIn(let s): return "idėja yra etape \(stage(s))"
        case .alreadyLeadsTeam(let who): return "\(p(who)) jau vadovauja komandai"
        case .alreadyLeadsIt(let who): return "\(p(who)) jau jai vadovauja"
        case .alreadyMember(let who): return "\(p(who)) jau yra komandoje"
        case .mentorCannotBeMember(let who): return "\(p(who)) globoja šią komandą; mentorius negali būti ir jos narys"
        case .memberRoleMissing: return "nario vaidmuo komandoje neįrašytas"
        case .leadStays(let who): return "\(p(who)) vadovauja komandai, o vadovas iš komandos nešalinamas"
        case .notAMember(let who): return "\(p(who)) nepriklauso komandai"
        case .roleNoTitle: return "vaidmuo neturi pavadinimo"
        case .noOpenRoleWithThatId: return "komanda neturi laisvo vaidmens tokiu identifikatoriumi"
        case .alreadyMentors(let who): return "\(p(who)) jau globoja šią komandą"
        case .mentorAtCapacity(let who, let load, let capacity): return "\(p(who)) globoja \(load) \(ofTeams(capacity))"
        case .notAMentor(let who): return "\(p(who)) nėra mentorius (neturi mentoriaus profilio)"
        case .teamMentorLimit(let n):
            return "komanda jau turi \(counted(n, "mentorių", "mentorius", "mentorių")) – daugiau viena komanda turėti negali"
        case .memberCannotMentor(let who): return "\(p(who)) yra komandoje; narys negali būti ir jos mentorius"
        case .doesNotMentor(let who): return "\(p(who)) šios komandos negloboja"
        case .alreadyEnrolled: return "komanda jau įtraukta į šią programą"
        case .mentorCannotLead(let who): return "\(p(who)) globoja šią komandą; mentorius negali jai ir vadovauti"
        case .leadRoleIsLead(let who): return "\(p(who)) vadovauja komandai; vadovo vaidmuo ir yra vadovas"
        case .newRoleMissing: return "naujas vaidmuo neįrašytas"
        case .noOpenRole(let id): return "komanda neturi laisvo vaidmens \(q(id))"
        case .alreadyInTeam(let who): return "\(p(who)) jau yra komandoje"
        case .mentorsThisTeam(let who): return "\(p(who)) globoja šią komandą"
        case .invitationPending(let who): return "\(p(who)) jau turi neatsakytą kvietimą į šią komandą"
        case .noInvitationWithThatId: return "komanda neturi kvietimo tokiu identifikatoriumi"
        case .alreadyAnswered(let status): return "kvietimas jau \(invitation(status))"
        }
    }

    static func permission(_ denial: PermissionDenial) -> String {
        let who = denial.who
        func facilitators(_ what: String) -> String { "tik moderatoriai \(what); \(who) neturi moderatoriaus teisių" }
        func authorOrLead(_ what: String) -> String {
            "tik moderatoriai, idėjos autorius ir komandos vadovas \(what); \(who) nėra nė vienas iš jų"
        }
        switch denial.rule {
        case .facilitatorsAddPeople: return facilitators("prideda žmones")
        case .facilitatorsMoveIdeas: return facilitators("perkelia idėjas tarp etapų")
        case .facilitatorsSchedule: return facilitators("planuoja festivalį")
        case .facilitatorsRunForums: return facilitators("veda forumus")
        case .facilitatorsRunWorkshops: return facilitators("veda dirbtuves")
        case .facilitatorsRecordSponsors: return facilitators("įrašo rėmėjus ir jų pažadus")
        case .facilitatorsChangeVenues: return facilitators("prideda ir keičia vietas")
        case .facilitatorsChangeFestival: return facilitators("keičia festivalio nustatymus")
        case .authorOrLeadEditIdea: return authorOrLead("redaguoja idėją")
        case .authorOrLeadCreateTeam: return authorOrLead("buria jos komandą")
        case .leadChangesTeam: return "tik moderatoriai ir komandos vadovas keičia komandą; \(who) šiai komandai nevadovauja"
        case .ownIdeasOnly: return "tik moderatoriai prideda idėjas kito žmogaus vardu; \(who) gali pridėti tik savo idėjas"
        case .answerInvitation:
            return "į kvietimą atsako tik pakviestasis, komandos vadovas arba moderatorius; \(who) nėra nė vienas iš jų"
        case .ownMentoring:
            return "tik moderatoriai skiria kitus mentorius; \(who) gali imtis komandos ar ją palikti tik kaip jos mentorius"
        }
    }
}
