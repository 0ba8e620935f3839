import Testing
@testable import IdeaModel

/// The appender an import uses must add exactly what `apply` adds, one command at a time:
/// the same ids (also when the lists have gaps, foreign ids or a highest id not last),
/// the same refusals, the same log. The old path is the oracle.
@Suite struct RecordAppenderTests {
    /// Databases whose ids make `CommandIDs.next` take each of its paths.
    static func bases() -> [Database] {
        var plain = Fx.base()
        var gaps = Fx.base()
        gaps.people.append(Person(id: "person-0900", name: "Highest Not Last"))
        gaps.people.append(Person(id: "guest-7", name: "Foreign Id"))
        gaps.ideas.append(Idea(id: "idea-0777", title: "Far ahead", summary: "", problem: "", impact: "",
                               authorId: Fx.facilitator, sectors: [.cultural], district: "Centras", tags: [],
                               stage: .shared, createdAt: Fx.context(on: Fx.today).now, fundingNeed: nil))
        var taken = Fx.base()
        // The count-based guess (count + 1, the last id not being a number) is taken:
        // the slow path must find the highest.
        let next = taken.people.count + 3
        taken.people.append(Person(id: "person-" + String(repeating: "0", count: max(0, 4 - String(next).count)) + String(next), name: "Guess Taken"))
        taken.people.append(Person(id: "person-0002x", name: "Not A Number"))
        plain.districts.append("Naujamiestis")
        return [plain, gaps, taken, Generator.database(ideas: 60, seed: 3)]
    }

    enum Step { case person(Person), idea(IdeaDraft) }

    static func steps(for db: Database, seed: UInt64) -> [Step] {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        var authors = db.people.map(\.id) + ["nobody-here"]
        var steps: [Step] = []
        for n in 0..<120 {
            switch random.next() % 6 {
            case 0, 1:
                let id = pick(["", "", "", db.people.first?.id ?? "", "person-5000", "  "])
                let name = pick(["Ona Onaitė", "", "  Tomas  ", "Rūta"])
                let person = Person(id: id, name: name, roles: [.author], contact: Contact(email: "p\(n)@example.lt"))
                steps.append(.person(person))
                if !id.trimmingWhitespace.isEmpty { authors.append(id) }
            default:
                let title = pick(["Kiemo kinas \(n)", "", "Suolai"])
                let sectors: [Sector] = pick([[.cultural], [], [.youth, .youth], [.social, .business]])
                let district = pick(db.districts + ["Niekur"])
                steps.append(.idea(IdeaDraft(title: title, summary: "s", authorId: pick(authors), sectors: sectors,
                                             district: district, fundingNeed: pick([nil, 5, -1]))))
            }
        }
        return steps
    }

    @Test(arguments: 0..<4)
    func addsWhatApplyAdds(base: Int) {
        let db = Self.bases()[base]
        for seed: UInt64 in [1, 2, 3] {
            let actor = db.people.first { $0.has(.facilitator) }?.id ?? Fx.facilitator
            let context = Fx.context(on: Fx.today, actor: actor)
            var old = db
            var appender = RecordAppender(db)
            for step in Self.steps(for: db, seed: seed + UInt64(base) * 10) {
                switch step {
                case .person(let person):
                    let a = Result { () throws(RuleViolation) in try old.apply(.addPerson(person), context: context) }
                    let b = Result { () throws(RuleViolation) in try appender.addPerson(person, context: context) }
                    #expect(a.failure == b.failure)
                case .idea(let draft):
                    let a = Result { () throws(RuleViolation) in try old.apply(.addIdea(draft), context: context) }
                    let b = Result { () throws(RuleViolation) in try appender.addIdea(draft, context: context) }
                    #expect(a.failure == b.failure)
                    if case .success(let entry) = a, case .success(let other) = b { #expect(entry == other) }
                }
            }
            #expect(appender.database == old, "base \(base), seed \(seed)")
            #expect(old.ideas.count > db.ideas.count && old.people.count > db.people.count)
        }
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

private extension String {
    var trimmingWhitespace: String { String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
}

/// The texts an add names for the length limit are every text reflection finds in it.
@Suite struct CommandTextsTests {
    @Test func namedTextsAreEveryTextInTheCommand() throws {
        let person = Person(id: "p1", name: "n", organisation: "o", sectors: [.youth], skills: ["s1", "s2"], roles: [.mentor],
                            contact: Contact(email: "e", phone: "ph"), mentor: MentorProfile(expertise: ["x"], capacity: 2, districts: ["d"]))
        let draft = IdeaDraft(title: "t", summary: "su", problem: "pr", impact: "im", authorId: "a", sectors: [.social],
                              district: "di", tags: ["g1", "g2"], fundingNeed: 5)
        for command in [Command.addPerson(person), .addIdea(draft)] {
            let named = try #require(command.namedTexts)
            #expect(named.sorted() == CommandHandlers.reflectedTexts(command).sorted())
        }
    }

    @Test func aLongTextInAnAddIsRefused() {
        let long = String(repeating: "a", count: TextLimit.characters + 1)
        let person = Person(id: "", name: "n", contact: Contact(phone: long))
        let draft = IdeaDraft(title: "t", authorId: Fx.facilitator, sectors: [.social], district: "Centras", tags: ["x", long])
        for command in [Command.addPerson(person), .addIdea(draft)] {
            #expect(throws: RuleViolation.self) { try CommandHandlers.checkTextLimit(command) }
        }
    }
}
