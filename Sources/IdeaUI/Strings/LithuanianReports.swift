import IdeaModel

/// What the model reports, in Lithuanian: the file that could not be read or written, what
/// became of a change, and why the schedulers left something out.
enum LithuanianReports {
    static let q = Strings.lithuanianQuoted

    static func io(_ reason: IOReason) -> String {
        switch reason {
        case .permissionDenied: return "neturite leidimo"
        case .diskFull: return "diskas pilnas"
        case .readOnlyDisk: return "diskas tik skaitomas"
        case .isFolder: return "tai aplankas, ne failas"
        case .notRegularFile: return "tai ne įprastas failas"
        case .noFolder: return "aplanko nėra"
        case .quotaUsedUp: return "išnaudota disko kvota"
        case .nameTooLong: return "pavadinimas per ilgas"
        case .linkLoop: return "per daug simbolinių nuorodų lygių (gal nuoroda veda pati į save?)"
        case .closed: return "jis uždarytas"
        case .other(let code, _): return "sistemos klaida Nr. \(code)"
        }
    }

    /// What was being done with the file, as "nepavyko …" goes on.
    static func action(_ action: FileAction) -> String {
        switch action {
        case .open: return "atverti failo"
        case .read: return "perskaityti failo"
        case .write: return "įrašyti failo"
        case .lookAt: return "patikrinti failo"
        case .lock: return "užrakinti failo"
        case .replace: return "pakeisti failo"
        case .createBeside: return "sukurti naujo failo šalia"
        case .keepPermissions: return "išlaikyti failo teisių"
        case .setPermissions: return "nustatyti failo teisių"
        case .openFolder: return "atverti aplanko, kuriame yra failas"
        }
    }

    static func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .fifo: return "FIFO (pavadintas kanalas)"
        case .device: return "įrenginys"
        case .socket: return "lizdas"
        case .other: return "ne įprastas failas"
        }
    }

    static func backup(_ problem: BackupProblem) -> String {
        switch problem {
        case .nameTooLong: return "pavadinimas būtų ilgesnis, nei leidžiama failo pavadinimui"
        case .folderInTheWay: return "trukdo tokiu pavadinimu esantis aplankas"
        case .somethingInTheWay: return "trukdo tokiu pavadinimu esantis ne failas"
        case .io(let reason): return io(reason)
        }
    }

    static func lockHolder(_ holder: LockHolder?) -> String {
        guard let holder else { return "kita programa" }
        guard let program = holder.program else { return "procesas \(holder.pid)" }
        return program == "idea-tui" ? "kita idea-tui (pid \(holder.pid))" : "\(program) (pid \(holder.pid))"
    }

    static func store(_ error: StoreError) -> String {
        switch error {
        case .missing(let path):
            return "\(path): tokio failo nėra. Sukurkite jį komanda `idea-tui generate --output \(path)` arba nurodykite --db KELIAS."
        case .invalid(let path, let failure):
            let count = failure.problems.count + failure.dropped
            let found = LithuanianRefusals.counted(count, "problema", "problemos", "problemų")
            let head = "\(path): įkelti nepavyko, rasta \(found); failas nepakeistas."
            return ([head] + lines(failure).map { "  \(path): \($0)" }).joined(separator: "\n")
        case .io(let path, let action, let reason):
            return "\(path): nepavyko \(Self.action(action)): \(io(reason))."
        case .exists(let path):
            return "\(path): failas jau yra; jis neperrašytas."
        case .changedOnDisk(let path):
            return "\(path): kita programa pakeitė failą po to, kai jis buvo atvertas; nieko neperrašyta."
        case .notAFile(let path, .other):
            return "\(path): tai ne įprastas failas; idea-tui skaito ir rašo tik įprastus failus."
        case .notAFile(let path, let kind):
            return "\(path): tai \(fileKind(kind)), ne failas; idea-tui skaito ir rašo tik įprastus failus."
        case .readOnly(let path):
            return "\(path): failas tik skaitomas; nieko neišsaugota. Jei jis turi keistis, suteikite sau rašymo teisę (chmod u+w)."
        case .hardLinked(let path, let links):
            return "\(path): failas turi \(LithuanianRefusals.counted(links, "pavadinimą", "pavadinimus", "pavadinimų")) (kietąsias nuorodas); "
                + "išsaugojus kiti pavadinimai liktų su senais duomenimis, todėl nieko neišsaugota. "
                + "Pašalinkite kitas nuorodas arba naudokite simbolinę nuorodą."
        case .wouldChangeOwner(let path, let owner, let group, let user):
            return "\(path): failas priklauso naudotojui \(owner), grupei \(group); išsaugojus jį naudotojo \(user) vardu tai pasikeistų "
                + "ir kiti galėtų netekti prieigos, todėl nieko neišsaugota. Išsaugokite jį kaip jo savininkas "
                + "arba, jei savininkas esate jūs, kaip grupės \(group) narys."
        case .noBackup(let path, let reason):
            return "\(path): ankstesnės versijos negalima išlaikyti kaip \(StoreError.name(of: path)).bak (\(backup(reason))); nieko neišsaugota."
        case .becameLink(let path):
            return "\(path): idea-tui atvėrus failą jis buvo pakeistas simboline nuoroda; nieko neišsaugota. Atverkite jį iš naujo."
        case .locked(let path, let holder, let seconds):
            return "\(path): failą užrakino \(lockHolder(holder)); laukta \(seconds) s, nieko neišsaugota. Po akimirkos bandykite dar kartą."
        case .interrupted(let path):
            return "\(path): laukimas, kol failas bus atrakintas, nutrauktas; nieko neišsaugota."
        case .server(let error):
            return ServerStrings.lt.error(error)
        }
    }

    /// The load problems, each where it is (in the loader's English words), and how many more.
    static func lines(_ failure: LoadFailure) -> [String] {
        failure.problems.map(\.description)
            + (failure.dropped > 0 ? ["… ir dar \(LithuanianRefusals.counted(failure.dropped, "problema", "problemos", "problemų"))"] : [])
    }

    static func failure(_ failure: EditSession.Failure) -> String {
        switch failure {
        case .refused(let v): return ModelStrings.lt.sentence(v)
        case .store(let e): return store(e)
        case .busy(let n):
            return "failas vis keitėsi saugant (bandyta \(LithuanianRefusals.counted(n, "kartą", "kartus", "kartų"))); nieko iš šio pakeitimo neišsaugota"
        case .nothingToUndo: return "nėra ką atšaukti"
        case .nothingToRedo: return "nėra ką grąžinti"
        }
    }

    static func notice(_ notice: EditSession.MergeNotice) -> String {
        switch notice {
        case .changedOutside: return "failas buvo pakeistas ne per idea-tui: jūsų pakeitimas pritaikytas ant jo"
        case .appliedOnTop(let n):
            return "failas buvo pakeistas: jūsų pakeitimas pritaikytas ant "
                + LithuanianRefusals.counted(n, "kito pakeitimo", "kitų pakeitimų", "kitų pakeitimų")
        }
    }

    static func collection(_ c: SessionCollection) -> String {
        switch c {
        case .people: return "asmuo"
        case .ideas: return "idėja"
        case .teams: return "komanda"
        case .forums: return "forumas"
        case .tracks: return "dirbtuvių programa"
        case .sessions: return "dirbtuvių užsiėmimas"
        case .sponsors: return "rėmėjas"
        case .venues: return "vieta"
        case .slots: return "vieta festivalio tinklelyje"
        case .festival: return "festivalis"
        case .districts: return "rajonai"
        case .log: return "žurnalas"
        }
    }

    static func conflict(_ reason: EditSession.ConflictReason) -> String {
        switch reason {
        case .bothChanged(let kind, let id, let fields):
            let what = id.isEmpty ? collection(kind) : "\(collection(kind)) \(q(id))"
            let names = fields.map { $0.isEmpty ? "visas įrašas" : SavingStrings.lt.field($0) }
            return "\(what): \(Strings.lithuanianList(names)) – pakeista ir čia, ir faile"
        case .broken(let v): return ModelStrings.lt.sentence(v)
        }
    }

    static func change(_ change: EditSession.Change) -> String {
        switch change {
        case .made(let done): return ModelStrings.lt.summaries(done)
        case .undo(let done, let forced):
            return (forced ? "atšaukta vietoj kito pakeitimo: " : "atšaukta: ") + ModelStrings.lt.summaries(done)
        case .redo(let done, let forced):
            return (forced ? "grąžinta vietoj kito pakeitimo: " : "grąžinta: ") + ModelStrings.lt.summaries(done)
        case .keptOwn(let fields, let done):
            let names = fields.map { SavingStrings.lt.field($0) }
            return (names.isEmpty ? "palikta jūsų versija vietoj kito pakeitimo: "
                : "palikta jūsų versija (\(Strings.lithuanianList(names))) vietoj kito pakeitimo: ") + ModelStrings.lt.summaries(done)
        }
    }

    static func unplaced(_ reason: AutoScheduler.Unplaced) -> String {
        switch reason {
        case .noPlan: return "idėja neturi intervencijos plano"
        case .lengthOffGrid(let minutes, let grid): return "jos trukmė, \(minutes) min., netelpa į \(grid) min. tinklelį"
        case .noVenueHolds(let n): return "nė viena vieta netalpina \(LithuanianRefusals.counted(n, "žmogaus", "žmonių", "žmonių"))"
        case .noVenueHasFeatures(let features):
            return "nė viena pakankamai didelė vieta neturi visko, ko reikia: " + features.map(Strings.lt.feature).joined(separator: ", ")
        case .noVenueOpenLongEnough(let minutes): return "nė viena tinkama vieta nedirba \(minutes) min. jos laiko lange"
        case .allTaken: return "visas tinkamas vietas ir laikus užima kitos intervencijos arba kiti jos žmonių užsiėmimai"
        }
    }

    static func mentorGap(_ gap: MentorSuggestion.Gap) -> String {
        switch gap {
        case .noMentorCanTake(let most):
            return "nė vienas mentorius negali imtis šios komandos (festivalis leidžia "
                + "\(LithuanianRefusals.counted(most, "mentorių", "mentorius", "mentorių")) komandai, o savo komandos globoti negalima)"
        case .allAtCapacity: return "visi mentoriai, kurie galėtų jos imtis, jau globoja tiek komandų, kiek gali"
        case .placesGivenToOthers: return "mentorių laisvos vietos atiteko kitoms komandoms"
        }
    }

    static func lookup(_ result: PersonLookup.Result) -> String? {
        switch result {
        case .found: return nil
        case .none(let query):
            return "duomenų bazėje nėra nė vieno, kurio vardas ar identifikatorius būtų \(q(query))"
        case .ambiguous(let query, let candidates):
            let names = candidates.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            return "\(q(query)) tinka keliems žmonėms (\(candidates.count)): \(names); nurodykite visą vardą arba identifikatorių"
        }
    }
}

extension ModelStrings {
    public static let lt = ModelStrings(
        attempt: LithuanianRefusals.attempt, reason: LithuanianRefusals.reason, permission: LithuanianRefusals.permission,
        unplaced: LithuanianReports.unplaced, mentorGap: LithuanianReports.mentorGap, store: LithuanianReports.store,
        io: LithuanianReports.io, lockHolder: LithuanianReports.lockHolder, failure: LithuanianReports.failure,
        notice: LithuanianReports.notice, conflict: LithuanianReports.conflict, change: LithuanianReports.change,
        summary: LithuanianSummaries.summary, lookup: LithuanianReports.lookup
    )
}
