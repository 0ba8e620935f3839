import IdeaModel
@testable import IdeaUI
import Testing

/// The gate conditions of the idea detail come from `Strings`: Lithuanian with no English
/// left in it.
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

    /// One condition of every kind (the model gives an example of each), and a few more
    /// with other counts.
    static let samples: [GateCondition] = GateCondition.Kind.allCases.map(GateCondition.example(of:)) + [
        .summaryWritten(true), .problemWritten(true), .impactWritten(false), .tooFewMembers(0),
        .mentoredBy(["Ieva Urbonaitė"]), .planDistricts(["Žaliakalnis"]),
    ]

    func leaked(_ lt: String) -> [String] {
        Self.words(lt).filter { Self.english.contains($0) }
    }

    @Test func everySampleIsSaidInLithuanianWithNoEnglish() {
        for condition in Self.samples {
            let lt = Strings.lt.gate(condition)
            #expect(leaked(lt).isEmpty, "“\(lt)” has English words \(leaked(lt))")
            #expect(lt != Strings.en.gate(condition))
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
    func everyGeneratedConditionIsLithuanianInLt(_ festivalDay: Bool) {
        let day = Self.db.festival.day
        let today = festivalDay ? day : Day(year: day.year - 1, month: day.month, day: day.day) ?? day
        let checks = Self.checks(today: today)
        for (idea, check) in checks {
            let lt = Strings.lt.gate(check.condition)
            #expect(leaked(lt).isEmpty, "\(idea.id): “\(lt)” has English words \(leaked(lt))")
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
                        let english = Strings.en.gate(check.condition)
                        #expect(!text.contains { $0.contains(english) }, "\(idea.id): English “\(english)” shown")
                    }
                }
            }
        }
    }
}

