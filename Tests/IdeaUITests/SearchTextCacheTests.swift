import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// The long lists' folded search texts are carried over a change of the data: only the
/// rows whose text may differ are folded again (`SearchRows`), the rest copied. Whatever
/// the change (an idea renamed, added, removed or moved, a team's people or open roles
/// changed, a person renamed, gone or made a mentor, the log added to or edited,
/// something unrelated), every list's carried texts must be exactly what folding every
/// row afresh gives; copies of the state with other data share the cache without seeing
/// each other's texts; and a search made while the app's thread prepares the texts finds
/// the same.
@Suite struct SearchTextCacheTests {
    static func context(_ db: Database) -> ListContext { ListContext(db: db, index: DatabaseIndex(db), strings: .en) }

    static func fresh(_ kind: ListKind, _ db: Database) -> SearchTexts {
        let spec = ListSpec.of(kind, context(db))
        return SearchTexts(count: spec.count, text: spec.searchText)
    }

    static let kinds = 20

    @Test(arguments: [21 as UInt64, 22, 23])
    func carriedTextsAreWhatFoldingAfreshGives(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var db = Generator.database(ideas: 60, seed: seed)
        let cache = SearchTextCache()
        cache.prepare(Self.context(db), .en)
        var made = Set<Int>()
        for step in 0..<150 {
            let kind = Int.random(in: 0..<Self.kinds, using: &rng)
            made.insert(kind)
            Self.edit(&db, kind, &rng, step)
            // As the app: the state follows the data; a thread carries every list over
            // (every other step here), else each is carried when next searched.
            cache.follow(db)
            if step % 2 == 0 { cache.prepare(Self.context(db), .en) }
            for list in ListKind.allCases {
                let carried = cache.texts(list, Self.context(db), .en), fresh = Self.fresh(list, db)
                let wrong = (0..<max(carried.count, fresh.count)).filter { carried.text($0) != fresh.text($0) }
                #expect(carried.count == fresh.count && wrong.isEmpty,
                        "step \(step), edit \(kind), \(list): rows \(wrong.prefix(3)), e.g. “\(wrong.first.map(carried.text) ?? "")”")
            }
        }
        #expect(made.count == Self.kinds)
    }

    /// One of `kinds` kinds of change, picked by `kind`.
    static func edit(_ db: inout Database, _ kind: Int, _ rng: inout SplitMix64, _ step: Int) {
        func any(_ n: Int) -> Int { Int.random(in: 0..<max(1, n), using: &rng) }
        switch kind {
        case 0: if !db.ideas.isEmpty { db.ideas[any(db.ideas.count)].title = "Kiemo šventė \(step)" }
        case 1: if !db.ideas.isEmpty { db.ideas[any(db.ideas.count)].tags.append("žymė\(step)") }
        case 2: if !db.ideas.isEmpty { db.ideas[any(db.ideas.count)].stage = .parked }
        case 3:
            if !db.ideas.isEmpty {
                var idea = db.ideas[any(db.ideas.count)]
                idea.id = "idea-new-\(step)"
                idea.title = "Naujas \(step)"
                db.ideas.insert(idea, at: any(db.ideas.count + 1))
            }
        case 4: if !db.ideas.isEmpty { db.ideas.remove(at: any(db.ideas.count)) }
        case 5: if db.ideas.count > 1 { db.ideas.swapAt(any(db.ideas.count), any(db.ideas.count)) }
        case 6: if !db.teams.isEmpty, !db.people.isEmpty { db.teams[any(db.teams.count)].mentorIds.append(db.people[any(db.people.count)].id) }
        case 7: if !db.teams.isEmpty { db.teams.remove(at: any(db.teams.count)) }
        case 8: if !db.teams.isEmpty, !db.people.isEmpty { db.teams[any(db.teams.count)].leadId = db.people[any(db.people.count)].id }
        case 9: if !db.people.isEmpty { db.people[any(db.people.count)].name = "Žana Šimkutė \(step)" }
        case 10: if !db.people.isEmpty { db.people.remove(at: any(db.people.count)) }
        case 11:
            // Someone added under an id ideas name but nobody had: the name replaces the id.
            let id = db.ideas.first.map(\.authorId) ?? "nobody"
            if !db.people.contains(where: { $0.id == id }) {
                db.people.insert(Person(id: id, name: "Grįžęs \(step)", sectors: [], skills: [], roles: []), at: any(db.people.count + 1))
            }
        case 12:
            if let person = db.people.randomElement(using: &rng) {
                db.log.append(LogEntry(id: "log-new-\(step)", at: Timestamp(seconds: step), by: person.id, kind: "edit",
                                       ideaId: db.ideas.randomElement(using: &rng)?.id, summary: "pakeitė \(step)"))
            }
        case 13: if !db.log.isEmpty { db.log[any(db.log.count)].summary = "perrašė \(step)" }
        case 14: if !db.log.isEmpty { db.log.remove(at: any(db.log.count)) }
        case 15:
            if !db.teams.isEmpty {
                db.teams[any(db.teams.count)].openRoles.append(OpenRole(id: "role-\(step)", title: "Garsistas \(step)", skills: ["garsas"]))
            }
        case 16: if !db.people.isEmpty { db.people[any(db.people.count)].mentor = MentorProfile(expertise: ["kinas \(step)"], capacity: 2) }
        case 17: if let i = db.people.indices.filter({ db.people[$0].mentor != nil }).randomElement(using: &rng) { db.people[i].mentor = nil }
        case 18:
            // Many at once (as a file read anew): ten people renamed, ten ideas retitled.
            for _ in 0..<10 where !db.people.isEmpty { db.people[any(db.people.count)].name = "Vardas \(step) \(any(1000))" }
            for _ in 0..<10 where !db.ideas.isEmpty { db.ideas[any(db.ideas.count)].title = "Pavadinimas \(step) \(any(1000))" }
        default: db.districts.append("Rajonas \(step)")
        }
    }

    @Test func onlyTheChangedIdeasRowIsFoldedAgain() {
        let db = Generator.database(ideas: 40, seed: 5)
        var renamed = db, parked = db
        renamed.ideas[7].title = "Kitas pavadinimas"
        parked.ideas[9].stage = .parked
        let before = Self.context(db)
        let kept = Array(0..<40)
        #expect(SearchRows.ideas(before, Self.context(renamed)) == kept.map { $0 == 7 ? -1 : $0 })
        // A change the text does not show folds nothing.
        #expect(SearchRows.ideas(before, Self.context(parked)) == kept)
        // An idea added in the middle: the rows after it come from one place further up.
        var added = db
        var idea = db.ideas[3]
        idea.id = "idea-added"
        added.ideas.insert(idea, at: 10)
        let rows = SearchRows.ideas(before, Self.context(added))
        #expect(rows == Array(0..<10) + [-1] + Array(10..<40))
        // A mentor added to a team: that team's idea again, nothing else.
        var mentored = db
        let team = mentored.teams[0]
        mentored.teams[0].mentorIds.append(db.people[0].id)
        let row = db.ideas.firstIndex { $0.id == team.ideaId } ?? -2
        #expect(SearchRows.ideas(before, Self.context(mentored)) == kept.map { $0 == row ? -1 : $0 })
    }

    @Test func copiesOfTheStateWithOtherDataDoNotSeeEachOthersTexts() {
        var a = AppState(database: SampleDatabase.database, path: "ideas.db.json", size: Size(cols: 100, rows: 30))
        a.handle(.char("2"))
        var b = a
        var changed = a.database
        changed.ideas[0].title = "Zuikių kalnas"
        b.setDatabase(changed)
        let words = ListSpec.words("zuikiu")
        #expect(b.searchTexts(.ideas).positions(in: Array(0..<changed.ideas.count), holding: words) == [0])
        #expect(a.searchTexts(.ideas).positions(in: Array(0..<changed.ideas.count), holding: words).isEmpty)
        #expect(b.searchTexts(.ideas).positions(in: Array(0..<changed.ideas.count), holding: words) == [0])
    }

    @Test func aSearchWhileTheTextsAreBeingPreparedFindsTheSame() {
        let db = Generator.database(ideas: 400, seed: 8)
        let state = AppState(database: db, path: "ideas.db.json", size: Size(cols: 100, rows: 30))
        let preparing = Thread(block: state.searchPreparation())
        preparing.start()
        #expect(state.searchTexts(.ideas) == Self.fresh(.ideas, db))
        state.searchPreparation()()
        #expect(state.searchTexts(.ideas) == Self.fresh(.ideas, db))
    }
}
