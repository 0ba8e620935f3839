import IdeaModel
@testable import IdeaUI
import Testing

/// The gate conditions of the idea detail come from `Strings`: Lithuanian with no English
/// left in it, and English word for word the `GateCheck.text` that refusals and the CLI use.
@Suite struct GateStringsTests {
    static let db = Generator.database(ideas: 120, seed: 9)

    /// English words that must not be left in a Lithuanian gate line (names and quoted
    /// titles are the generator's, and "Art of Hosting" keeps its name).
    static let english: Set<String> = [
        "the", "it", "is", "has", "have", "not", "no", "and", "or", "yet", "on", "at", "by", "in",
        "team", "members", "member", "mentor", "mentors", "mentored", "workshop", "track",
        "stage", "plan", "festival", "written", "down", "lead", "led", "minutes", "today",
    ]

    /// A day from its text (the generator's festival day should the text be wrong).
    static func d(_ text: String) -> Day { Day(text: text) ?? db.festival.day }

    /// The words of a line outside its „quoted“ titles (a workshop stage may be called
    /// “Pitch & plan”: a title as given, not a leaked sentence).
    static func words(_ text: String) -> [String] {
        var outside = "", quoted = false
        for ch in text {
            if ch == "„" { quoted = true } else if ch == "“" { quoted = false } else if !quoted { outside.append(ch) }
        }
        return outside.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Every check of every idea: toward its next stage, toward a stage it cannot reach
    /// in one move, and with no next stage at all.
    static func checks(today: Day) -> [(Idea, GateCheck)] {
        db.ideas.flatMap { idea in
            var targets: [Stage] = [idea.stage.next ?? .refined]
            if let next = idea.stage.next, let beyond = next.next { targets.append(beyond) }
            return targets.flatMap { target in
                Gates.conditions(for: idea, to: target, in: db, today: today).map { (idea, $0) }
            }
        }
    }

    /// One condition of every kind, also those the generated database never shows.
    static let samples: [GateCondition] = [
        .parked, .withdrawn, .delivered, .onlyForwardTo(stage: .shared, next: .refined),
        .discussedAt(forum: "Kiemų forumas", day: Self.d("2026-05-02")), .notDiscussed,
        .summaryWritten(true), .summaryWritten(false), .problemWritten(true), .problemWritten(false),
        .impactWritten(true), .impactWritten(false),
        .noTeam, .ledBy("Rūta Petrauskienė"), .members(count: 3, names: ["A", "B", "C", "D"]),
        .tooFewMembers(0), .tooFewMembers(1),
        .noTeamToMentor, .noMentor, .mentoredBy(["Ieva Urbonaitė"]), .mentoredBy(["A", "B"]), .withinCapacity,
        .overCapacity([.overCapacity(name: "A", load: 4, capacity: 2), .noMentorProfile("B")]),
        .tooManyMentors(count: 4, max: 3),
        .noTeamToEnroll, .notEnrolled, .trackMissing("t-9"), .enrolled(track: "Pavasario programa"),
        .workshopStageCompleted(stage: "Prototipas", day: Self.d("2026-04-01")),
        .workshopStageUpcoming(stage: "Prototipas", day: Self.d("2026-09-01")),
        .workshopStageMissing("Prototipas"), .noTrackForStages,
        .noPlan, .planNoDuration, .planDurationOffGrid(minutes: 50, grid: 15), .planDuration(minutes: 90),
        .planAudience(40), .planNoAudience, .planNoDistricts, .planDistricts(["Žaliakalnis"]),
        .planDistricts(["Šančiai", "Vilijampolė"]),
        .mustBeScheduled,
        .festivalDayCome(Self.d("2027-06-19")),
        .festivalAhead(festival: Self.d("2027-06-19"), today: Self.d("2026-11-23")),
    ]

    /// Fails to compile when a case is added without a sample above (and a phrasing in
    /// both languages, which `Strings` already insists on).
    static func sampled(_ condition: GateCondition) -> Bool {
        switch condition {
        case .parked, .withdrawn, .delivered, .onlyForwardTo, .discussedAt, .notDiscussed, .summaryWritten,
             .problemWritten, .impactWritten, .noTeam, .ledBy, .members, .tooFewMembers, .noTeamToMentor,
             .noMentor, .mentoredBy, .withinCapacity, .overCapacity, .tooManyMentors, .noTeamToEnroll,
             .notEnrolled, .trackMissing, .enrolled, .workshopStageCompleted, .workshopStageUpcoming,
             .workshopStageMissing, .noTrackForStages, .noPlan, .planNoDuration, .planDurationOffGrid,
             .planDuration, .planAudience, .planNoAudience, .planNoDistricts, .planDistricts,
             .mustBeScheduled, .festivalDayCome, .festivalAhead:
            return true
        case .described:
            return false
        }
    }

    func leaked(_ lt: String) -> [String] {
        Self.words(lt).filter { Self.english.contains($0) }
    }

    @Test func everySampleIsSaidInLithuanianWithNoEnglishAndInEnglishAsTheModelSaysIt() {
        #expect(Self.samples.allSatisfy(Self.sampled))
        for condition in Self.samples {
            let lt = Strings.lt.gate(condition)
            #expect(leaked(lt).isEmpty, "“\(lt)” has English words \(leaked(lt))")
            #expect(lt != condition.english)
            #expect(Strings.en.gate(condition) == condition.english)
            #expect(Strings.en.gate(condition) == GateCheck(met: true, condition).text)
        }
    }

    @Test func lithuanianSaysCountsTheLithuanianWay() {
        #expect(Strings.lt.gate(.tooFewMembers(1)) == "komandoje be vadovo yra 1 narys; reikia bent 2")
        #expect(Strings.lt.gate(.notDiscussed) == "dar neaptarta Art of Hosting forume")
        #expect(Strings.lt.gate(.noMentor) == "mentoriaus dar nėra")
        #expect(Strings.lt.gate(.festivalAhead(festival: Self.d("2027-06-19"), today: Self.d("2026-11-23")))
            == "festivalis vyks 2027-06-19, o šiandien 2026-11-23")
        #expect(Strings.lithuanianPlural(2, "narys", "nariai", "narių") == "nariai")
        #expect(Strings.lithuanianPlural(12, "narys", "nariai", "narių") == "narių")
        #expect(Strings.lithuanianPlural(21, "narys", "nariai", "narių") == "narys")
        #expect(Strings.lithuanianPlural(20, "narys", "nariai", "narių") == "narių")
    }

    @Test(arguments: [false, true])
    func everyGeneratedConditionIsLithuanianInLtAndTheModelsEnglishInEn(_ festivalDay: Bool) {
        let day = Self.db.festival.day
        let today = festivalDay ? day : Day(year: day.year - 1, month: day.month, day: day.day) ?? day
        let checks = Self.checks(today: today)
        for (idea, check) in checks {
            #expect(Self.sampled(check.condition), "\(idea.id): \(check.text)")
            let lt = Strings.lt.gate(check.condition)
            #expect(leaked(lt).isEmpty, "\(idea.id): “\(lt)” has English words \(leaked(lt))")
            #expect(Strings.en.gate(check.condition) == check.text)
        }
        // The database has ideas at every stage, so every gate was asked.
        let stages = Set(Self.db.ideas.map(\.stage))
        #expect(stages == Set(Stage.allCases), "stages: \(stages)")
        let kinds = Set(checks.map { "\($0.1.condition)".prefix { $0 != "(" } })
        #expect(kinds.count >= 15, "only \(kinds.sorted())")
    }

    @Test func theIdeaDetailShowsTheGateInItsLanguage() {
        let today = Self.db.festival.day
        for lang in [Lang.en, .lt] {
            let state = AppState(database: Self.db, path: "ideas.db.json", size: Size(cols: 120, rows: 40), lang: lang, today: today)
            let strings = Strings.of(lang)
            for idea in Self.db.ideas {
                let (_, lines) = IdeaDetail.content(idea.id, state, width: 400)
                let text = lines.map { $0.pieces.map(\.0).joined() }
                guard let (_, checks) = Gates.nextStage(of: idea, in: Self.db, today: today) else { continue }
                for check in checks {
                    let said = "  " + (check.met ? "✓ " : "✗ ") + strings.gate(check.condition)
                    #expect(text.contains(said), "\(lang) \(idea.id): no line “\(said)”")
                    if lang == .lt {
                        #expect(!text.contains { $0.contains(check.text) }, "\(idea.id): English “\(check.text)” shown")
                    }
                }
            }
        }
    }
}

