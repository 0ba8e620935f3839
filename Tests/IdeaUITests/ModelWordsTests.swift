import IdeaModel
@testable import IdeaUI
import Testing

/// Everything the model reports as a value — refusals (what was attempted, every rule,
/// who may), placement problems, gate conditions, the auto-scheduler's and the mentor
/// suggestion's reasons, store errors, session failures, notices, conflicts — and the
/// command line's own words, said in both languages. The samples come from each value's
/// `Kind.allCases` and `example(of:)`, so a case added to the model is said here too (it
/// does not compile until it has a kind and an example). The Lithuanian set holds none of
/// the words the English set uses, apart from the data's names and a few shared tokens.
@Suite struct ModelWordsTests {
    /// One thing said: a name for the failure message, and the words in a language.
    struct Sample {
        var name: String
        var say: @Sendable (Strings) -> String
    }

    /// The names, titles and other data the examples use: words from the data, not the
    /// language, so they may be in both.
    static let data = [
        "Jonas Kazlauskas", "Rūta Petrauskienė", "Ieva Urbonaitė", "Tomas Jankauskas", "Eglė Žukauskaitė",
        "Mantas Paulauskas", "Lukas Butkus", "Žalias kiemas", "Tylos valanda", "Kiemo scena", "Kiemų forumas",
        "Pavasario programa", "Prototipas", "šokis", "Atlantida", "Utopija", "UAB Kauno duona", "Šančiai", "Vilijampolė",
        "Centras", "flock", "Jonas", "x", "xx", "shared", "youth", "Mažoji salė", "Kauno menininkų namai",
        "Kauno menų inkubatorius", "duona", "Kiemo kinas", "dizainerė", "garso technikas", "Rudens programa", "narys", "dizaineris",
        "Jaunimo debatų klubas", "Santakos pievelė", "Goda Adomaitienė", "Sporto aikštynas", "Kiemo koncertas",
        "kaunas", "gssencmode", "GSSAPI",
    ]

    /// The generated database the command line's samples count.
    static let db = Generator.database(ideas: 12, seed: 4)

    /// Tokens both languages keep: the method's name, programs, option values and units;
    /// and Lithuanian words that happen to be English ones too ("be" is "without", "to"
    /// "that", "per" "too", "save" "oneself", "data" "a date", "schema" "a schema").
    static let shared: Set<String> = ["art", "of", "hosting", "pid", "fifo", "utc", "chmod", "generate", "tzdata",
                                      "min", "s", "id", "lt", "en", "csv", "invitations",
                                      "be", "to", "per", "save", "data", "schema",
                                      // PostgreSQL's words: its name, an address's settings, SQL, programs, the certificate format.
                                      "postgresql", "postgres", "sslmode", "disable", "prefer", "require", "allow", "host", "port", "dbname",
                                      "user", "password", "sslrootcert", "pgpassword", "pgpassfile", "createdb", "encoding", "grant",
                                      "connect", "sqlstate", "db", "init", "copy", "cp", "pem",
                                      // SQL a table's owner types: GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA
                                      "select", "insert", "update", "on", "all", "tables"]

    /// The words of a text: letters only (ids, paths, times and numbers are not words).
    static func words(_ text: String) -> [String] {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber || "-_.[]/@+".contains($0)) }
            .map(String.init)
            .filter { !$0.isEmpty && $0.allSatisfy(\.isLetter) }
    }

    static var samples: [Sample] {
        var out: [Sample] = []
        func add(_ name: String, _ say: @escaping @Sendable (Strings) -> String) { out.append(Sample(name: name, say: say)) }
        for kind in RuleViolation.Attempt.Kind.allCases {
            add("attempt \(kind)") { $0.model.attempt(.example(of: kind)) }
        }
        for kind in RuleViolation.Reason.Kind.allCases {
            add("reason \(kind)") { $0.model.reason(.example(of: kind)) }
        }
        for task in RuleViolation.IdeaTask.allCases { add("idea task \(task)") { $0.model.attempt(.unknownIdea(task, id: "idea-0999")) } }
        for task in RuleViolation.TeamTask.allCases { add("team task \(task)") { $0.model.attempt(.unknownTeam(task, id: "team-0999")) } }
        for kind in RuleViolation.RecordKind.allCases { add("record \(kind)") { $0.model.reason(.noRecord(kind, id: "x-09")) } }
        for status in InvitationStatus.allCases { add("answered \(status)") { $0.model.reason(.alreadyAnswered(status)) } }
        for stage in Stage.allCases {
            add("stage \(stage)") { s in [s.model.attempt(.moveTo(idea: "Žalias kiemas", stage)), s.model.reason(.ideaIn(stage)),
                                          s.model.reason(.notSetAside(stage))].joined(separator: " | ") }
        }
        for rule in PermissionDenial.Rule.allCases {
            add("permission \(rule)") { $0.model.permission(PermissionDenial(rule, who: "Jonas Kazlauskas")) }
        }
        for kind in PlacementProblem.Kind.allCases {
            add("placement \(kind)") { s in
                let problem = PlacementProblem.example(of: kind)
                return s.model.reason(.placement(problem)) + " | " + s.screen.problemShort(problem, s) + " | "
                    + s.screen.problemLong(problem, s)
            }
        }
        for kind in GateCondition.Kind.allCases { add("gate \(kind)") { $0.gate(.example(of: kind)) } }
        for kind in AutoScheduler.Unplaced.Kind.allCases { add("unplaced \(kind)") { $0.model.unplaced(.example(of: kind)) } }
        let place = PlacementDiagnosis.Place(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(14), end: ClockTime(15, 15))
        let after = PlacementDiagnosis.Place(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(16, 15), end: ClockTime(17))
        for kind in PlacementDiagnosis.Obstacle.Kind.allCases {
            add("obstacle \(kind)") { s in
                [s.diagnosis.miss(.init(place: place, obstacles: [.example(of: kind)])), s.diagnosis.obstacle(.example(of: kind), after),
                 s.diagnosis.miss(.init(place: place, obstacles: [.example(of: kind), .example(of: .closed), .example(of: .tooLate)]))]
                    .joined(separator: " | ")
            }
        }
        for role in PlacementDiagnosis.Role.allCases {
            add("diagnosis role \(role)") { s in
                s.diagnosis.obstacle(.personBusy(person: "Goda Adomaitienė", role: role, idea: "Jaunimo debatų klubas",
                                                 venue: "Santakos pievelė", start: ClockTime(14), end: ClockTime(15)), place)
            }
        }
        for kind in PlacementDiagnosis.Change.Kind.allCases { add("diagnosis change \(kind)") { $0.diagnosis.suggestion(.example(of: kind)) } }
        add("diagnosis window") { s in
            let d = s.diagnosis
            return [d.noChange, d.fitsNow, d.nearestLabel, d.changeLabel, d.title("Kiemo koncertas"), d.missesHeading, d.changesHeading,
                    d.question("Kiemo koncertas"), d.pickTitle, d.why, d.whyHelp, d.apply, d.applyHelp, d.note, d.more(1), d.more(12),
                    d.notWaiting("Kiemo koncertas")]
                .joined(separator: " | ")
        }
        for kind in MentorSuggestion.Gap.Kind.allCases { add("mentor gap \(kind)") { s in s.mentor.unplaced(s.model.mentorGap(.example(of: kind))) } }
        for kind in StoreError.Kind.allCases { add("store \(kind)") { $0.model.store(.example(of: kind)) } }
        for kind in IOReason.Kind.allCases { add("io \(kind)") { $0.model.io(.example(of: kind)) } }
        for action in FileAction.allCases {
            add("file action \(action)") { $0.model.store(.io(path: "ideas.db.json", action: action, reason: .diskFull)) }
        }
        for kind in FileKind.allCases { add("file kind \(kind)") { $0.model.store(.notAFile(path: "ideas.db.json", kind: kind)) } }
        for kind in BackupProblem.Kind.allCases {
            add("backup \(kind)") { $0.model.store(.noBackup(path: "ideas.db.json", reason: .example(of: kind))) }
        }
        for holder in [nil, LockHolder(pid: 9, program: nil), LockHolder(pid: 123, program: "idea-tui")] {
            add("lock holder \(String(describing: holder))") { $0.model.lockHolder(holder) }
        }
        for kind in EditSession.Failure.Kind.allCases { add("failure \(kind)") { $0.model.failure(.example(of: kind)) } }
        for kind in EditSession.MergeNotice.Kind.allCases { add("notice \(kind)") { $0.model.notice(.example(of: kind)) } }
        for kind in EditSession.ConflictReason.Kind.allCases { add("conflict \(kind)") { $0.model.conflict(.example(of: kind)) } }
        for kind in EditSession.Change.Kind.allCases { add("change \(kind)") { $0.model.change(.example(of: kind)) } }
        for kind in ChangeSummary.Kind.allCases { add("summary \(kind)") { $0.model.summary(.example(of: kind)) } }
        for field in ChangeSummary.IdeaField.allCases {
            add("edited \(field)") { $0.model.summary(.editedIdea(title: "Žalias kiemas", fields: [field])) }
        }
        for kind in SponsorKind.allCases {
            add("sponsor \(kind)") { $0.model.summary(.addedSponsor(name: "UAB Kauno duona", kind: kind)) }
        }
        add("stayed the same") { $0.model.summary(.editedIdea(title: "Žalias kiemas", fields: [])) }
        add("declined") { $0.model.summary(.answered(.known("Jonas Kazlauskas"), accepted: false, role: "garso technikas", team: "Žalias kiemas")) }
        for collection in SessionCollection.allCases {
            add("collection \(collection)") { $0.model.conflict(.bothChanged(collection, id: "x-01", fields: ["", "mentorIds"])) }
        }
        let people = [Person(id: "person-0002", name: "Jonas Kazlauskas"), Person(id: "person-0007", name: "Rūta Petrauskienė")]
        for (i, error) in DatabaseServerError.examples.enumerated() { add("server \(error.kind) \(i)") { $0.server.error(error) } }
        add("db commands") { s in
            let at = "postgresql://kaunas@db.example.org:5432/kaunas_ideas"
            return [s.server.created(at, 1), s.server.upToDate(at, 1), s.server.upgraded(at, 1, 2),
                    s.server.copied("ideas.db.json", at, Self.db, 3), s.server.copied(at, "x.json", Self.db, nil),
                    s.server.replaced(at, 180, 1_609), s.server.replaced(at, 1, 21), s.server.fileThere("x.json"),
                    s.server.twoFiles, s.server.sameDatabase(at)].joined(separator: " | ")
        }
        add("lookup none") { $0.model.lookup(.none(query: "Jonas")) ?? "" }
        add("lookup ambiguous") { $0.model.lookup(.ambiguous(query: "Jonas", candidates: people)) ?? "" }
        out += commandLine
        return out
    }

    /// The command line's own words, each with typical values.
    static var commandLine: [Sample] {
        let db = Self.db
        let stats = DatabaseStats(db)
        var out: [Sample] = []
        func add(_ name: String, _ say: @escaping @Sendable (CommandLineStrings) -> String) {
            out.append(Sample(name: "cli \(name)") { say($0.cli) })
        }
        add("badLang") { $0.badLang("xx") }
        for doing in [CommandLineStrings.Doing.importing, .assigning, .scheduling, .mentoring] {
            add("sayWho \(doing)") { $0.sayWho(doing) }
        }
        add("excel") { $0.excelIsForCSV }
        add("auto") { $0.addAuto }
        add("ranges") { [$0.ideasRange(0), $0.readyWithVenues, $0.readyRange(0), $0.venuesRange(0), $0.venuesOrLoad, $0.loadRange(12.5)].joined(separator: " | ") }
        add("festival day") { $0.festivalDayFormat("x") }
        add("unknown") { $0.unknownStage("x", "shared") + " | " + $0.unknownSector("x", "youth") }
        add("lock") { $0.waitingForLock("flock (pid 9)", "ideas.db.json") }
        add("not saved") { $0.notSaved("Žalias kiemas") + " | " + $0.changedMeanwhile("Žalias kiemas") }
        add("files") {
            [$0.standardOutput("x"), $0.noSuchFile("x.csv"), $0.alreadyThere("x.json"), $0.isTheDatabase("x.json"),
             $0.wrote("x.json", "x"), $0.noTimeZone("/z", "Europe/Vilnius"), $0.badTimeZone("/z", "Europe/Vilnius", "x"),
             $0.chosenInUTC("x", "x.json")].joined(separator: " | ")
        }
        add("valid") { $0.valid("ideas.db.json", db) + " | " + $0.generated("x.json", db) }
        add("tables") {
            ($0.listHeader + $0.mentorsHeader + $0.suggestHeader + $0.scheduleHeader).joined(separator: " ") + " | "
                + $0.ideasShown(3, 12) + " | " + $0.mentorsSummary(5, 7, 12, 1)
        }
        add("suggest") {
            [$0.noMentorFor("team-0001", "Žalias kiemas", "x"), $0.suggestSummary(2, 3, 14), $0.nothingToAssign("ideas.db.json"),
             $0.assigned(2, "ideas.db.json")].joined(separator: " | ")
        }
        add("schedule") {
            [$0.notPlaced("idea-0001", "Žalias kiemas", "x"), $0.placedSummary(2, 3, true, 40, 100), $0.placedSummary(2, 3, false, 40, 100),
             $0.dryRun, $0.nothingToPlace("ideas.db.json")].joined(separator: " | ")
        }
        out.append(Sample(name: "cli stats") { $0.cli.stats(stats, db, $0) })
        add("export") {
            [$0.scheduledInterventions(1), $0.scheduledInterventions(5), $0.withLeadsContacts, $0.pendingInvitations(2),
             $0.withContacts, $0.contactsLeftOut].joined(separator: " | ")
        }
        add("import") {
            [$0.importRow(3, $0.newPerson("person-0013", "Jonas Kazlauskas")), $0.skipped(.example(of: .sameAsRow)),
             $0.skipped(.example(of: .alreadyThere)), $0.columnsNotUsed(["x"]),
             $0.nothingImported(3, 2, "ideas.db.json"), $0.imported(4, 1, 2), $0.importDryRun("x"), $0.nothingToImport(2, "ideas.db.json"),
             $0.importedInto("x", "ideas.db.json")].joined(separator: " | ")
        }
        return out
    }

    /// The words English uses that no Lithuanian line may.
    static var english: Set<String> {
        let generated = [db.festival.title] + db.districts + db.people.map(\.name) + db.ideas.map(\.title)
        let allowed = Set((data + generated).flatMap(words)).union(shared)
        return Set(samples.flatMap { words($0.say(.en)) }).subtracting(allowed)
    }

    /// After a negation Lithuanian takes the genitive: "nieko nepakeista" (nothing was
    /// changed), never "niekas nepakeista" (a nominative beside a neuter participle).
    @Test func nothingWasDoneIsSaidInTheGenitive() {
        for sample in Self.samples {
            let lt = sample.say(.lt)
            let words = lt.split { !$0.isLetter }.map { $0.lowercased() }
            for (word, next) in zip(words, words.dropFirst()) where word == "niekas" {
                #expect(!(next.hasPrefix("ne") && next.hasSuffix("ta")), "\(sample.name): \(lt)")
            }
        }
    }

    @Test func everyDatabaseServerErrorHasAnExample() {
        #expect(Set(DatabaseServerError.examples.map(\.kind)) == Set(DatabaseServerError.Kind.allCases))
    }

    @Test func everyValueIsSaidInBothLanguagesAndTheLithuanianHasNoEnglish() {
        let english = Self.english
        #expect(english.count > 300, "only \(english.count) English words: the samples are too few")
        for sample in Self.samples {
            let en = sample.say(.en), lt = sample.say(.lt)
            #expect(!en.isEmpty && !lt.isEmpty, "\(sample.name) is not said")
            #expect(en != lt, "\(sample.name) is the same in both: “\(lt)”")
            let leaked = Self.words(lt).filter(english.contains)
            #expect(leaked.isEmpty, "\(sample.name): “\(lt)” has English words \(leaked)")
        }
    }

    @Test func aWholeRefusalIsOneSentenceInEachLanguage() {
        let refusal = RuleViolation(.assignMentor(.known("Rūta Petrauskienė"), team: "Žalias kiemas"),
                                    reasons: [.mentorAtCapacity(.known("Rūta Petrauskienė"), load: 2, capacity: 2), .teamMentorLimit(2)])
        #expect(ModelStrings.en.sentence(refusal) == "Cannot assign Rūta Petrauskienė to the team for “Žalias kiemas”: "
            + "Rūta Petrauskienė mentors 2 of 2 teams; the team already has 2 mentors, the most one team may have.")
        #expect(ModelStrings.lt.sentence(refusal) == "Negalima paskirti mentoriaus (Rūta Petrauskienė) „Žalias kiemas“ komandai: "
            + "Rūta Petrauskienė globoja 2 iš 2 komandų; komanda jau turi 2 mentorius – daugiau viena komanda turėti negali.")
        #expect(ModelStrings.lt.lines(refusal).first == "Negalima paskirti mentoriaus (Rūta Petrauskienė) „Žalias kiemas“ komandai:")
        #expect(ModelStrings.lt.lines(refusal).dropFirst().allSatisfy { $0.hasPrefix("• ") })
    }

    /// 1, 21, 31… take one form; 2–9, 22–29… another; 0, 10–20, 30… a third.
    @Test(arguments: [(1, "1 komandos"), (2, "2 komandų"), (10, "10 komandų"), (21, "21 komandos"), (11, "11 komandų")])
    func lithuanianCountsTakeTheirForm(_ n: Int, _ teams: String) {
        #expect(ModelStrings.lt.reason(.mentorAtCapacity(.known("Rūta Petrauskienė"), load: 1, capacity: n))
            == "Rūta Petrauskienė globoja 1 iš \(teams)")
    }

    @Test func lithuanianPluralsOfOtherCounts() {
        let m = ModelStrings.lt
        #expect(m.reason(.teamMentorLimit(1)) == "komanda jau turi 1 mentorių – daugiau viena komanda turėti negali")
        #expect(m.reason(.teamMentorLimit(3)) == "komanda jau turi 3 mentorius – daugiau viena komanda turėti negali")
        #expect(m.reason(.teamMentorLimit(12)) == "komanda jau turi 12 mentorių – daugiau viena komanda turėti negali")
        #expect(m.store(.hardLinked(path: "a", links: 2)).hasPrefix("a: failas turi 2 pavadinimus (kietąsias nuorodas)"))
        #expect(m.store(.hardLinked(path: "a", links: 21)).hasPrefix("a: failas turi 21 pavadinimą"))
        #expect(m.notice(.appliedOnTop(others: 1)).hasSuffix("ant 1 kito pakeitimo"))
        #expect(m.notice(.appliedOnTop(others: 5)).hasSuffix("ant 5 kitų pakeitimų"))
        #expect(m.failure(.busy(attempts: 20)).contains("bandyta 20 kartų"))
        #expect(m.failure(.busy(attempts: 2)).contains("bandyta 2 kartus"))
        #expect(m.unplaced(.noVenueHolds(1)) == "nė viena vieta netalpina 1 žmogaus")
        #expect(m.unplaced(.noVenueHolds(402)) == "nė viena vieta netalpina 402 žmonių")
        #expect(Strings.lt.cli.scheduledInterventions(22) == "22 suplanuotos intervencijos")
        #expect(Strings.lt.cli.scheduledInterventions(21) == "21 suplanuota intervencija")
        #expect(Strings.lt.cli.scheduledInterventions(15) == "15 suplanuotų intervencijų")
    }

    @Test func aVenueWithoutAFeatureIsSaidInPlainWords() {
        let problem = PlacementProblem.missingFeatures(venue: "Rotušės aikštės kampas", features: [.accessible])
        #expect(ModelStrings.en.reason(.placement(problem)) == "Rotušės aikštės kampas lacks what the plan needs: accessible")
        #expect(ModelStrings.lt.reason(.placement(problem)) == "Rotušės aikštės kampas neturi to, ko reikia pagal planą: pritaikyta")
    }
}
