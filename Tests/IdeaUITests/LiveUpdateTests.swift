import IdeaModel
import Testing
@testable import IdeaUI

/// Another program's save read in: what the status line says, which rows are marked and
/// for how long, every screen kept on the same record, and an open record that is gone.
/// All pure: the databases are values and the clock is a number.
@Suite struct LiveUpdateTests {
    static let db = SampleDatabase.database

    /// `db` with log entries added by these people (the change itself does not matter here).
    static func withEntries(_ by: [String], summary: String = "moved from shared to refined", to db: Database = db) -> Database {
        var out = db
        for (n, person) in by.enumerated() {
            out.log.append(LogEntry(id: "l-new-\(n)", at: SampleDatabase.at(6, 1, 10, n), by: person, kind: "stage",
                                    ideaId: "i01", summary: summary))
        }
        return out
    }

    static func name(_ id: String) -> String { db.people.first { $0.id == id }?.name ?? id }

    static func state(_ lang: Lang = .en, size: Size = Size(cols: 100, rows: 30)) -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, lang: lang, actor: "p-ruta")
    }

    // MARK: What the status line says

    @Test func oneChangeIsSaidWithWhoMadeIt() {
        let change = OutsideChange(from: Self.db, to: Self.withEntries(["p-egle"], summary: "took the team for “Amatų mugė” on"))
        #expect(change.message(.en, name: Self.name) == "Eglė Kazlauskaitė: took the team for “Amatų mugė” on")
        #expect(change.message(.lt, name: Self.name) == "Eglė Kazlauskaitė: took the team for “Amatų mugė” on")
        // A summary that already starts with the name is not given it twice.
        let named = OutsideChange(from: Self.db, to: Self.withEntries(["p-egle"], summary: "Eglė Kazlauskaitė now mentors the team"))
        #expect(named.message(.en, name: Self.name) == "Eglė Kazlauskaitė now mentors the team")
    }

    @Test func severalChangesAreCountedWithWhoMadeThem() {
        let one = OutsideChange(from: Self.db, to: Self.withEntries(["p-egle", "p-egle", "p-egle"]))
        #expect(one.message(.en, name: Self.name) == "3 changes by Eglė Kazlauskaitė")
        #expect(one.message(.lt, name: Self.name) == "Eglė Kazlauskaitė: 3 pakeitimai")
        // The newest entry's author is named first.
        let two = OutsideChange(from: Self.db, to: Self.withEntries(["p-egle", "p-egle", "p-jonas"]))
        #expect(two.message(.en, name: Self.name) == "3 changes by Jonas Petraitis and 1 other")
        #expect(two.message(.lt, name: Self.name) == "Jonas Petraitis ir dar 1 žmogus: 3 pakeitimai")
        let many = OutsideChange(from: Self.db, to: Self.withEntries(["p-egle", "p-ieva", "p-lukas"] + Array(repeating: "p-jonas", count: 18)))
        #expect(many.message(.en, name: Self.name) == "21 changes by Jonas Petraitis and 3 others")
        #expect(many.message(.lt, name: Self.name) == "Jonas Petraitis ir dar 3 žmonės: 21 pakeitimas")
        let ten = OutsideChange(from: Self.db, to: Self.withEntries(Array(repeating: "p-jonas", count: 10)))
        #expect(ten.message(.lt, name: Self.name) == "Jonas Petraitis: 10 pakeitimų")
        #expect(LiveStrings.lt.someoneAndOthers("Jonas", 12) == "Jonas ir dar 12 žmonių")
    }

    @Test func aChangeThatLoggedNothingWasMadeOutsideIdeaTUI() {
        var edited = Self.db
        edited.ideas[0].title = "Kiemų šventė Šančiuose 2027"
        let change = OutsideChange(from: Self.db, to: edited)
        #expect(change.entries.isEmpty && change.authors.isEmpty)
        #expect(change.message(.en, name: Self.name) == "the file was changed outside idea-tui; showing its new version")
        #expect(change.message(.lt, name: Self.name) == "failas pakeistas ne per idea-tui; rodoma nauja jo versija")
        #expect(change.marks == [.record(.idea("i01"))])
    }

    // MARK: Marks

    @Test func aMentorTakenMarksTheTeamItsIdeaTheMentorAndTheEntry() {
        var next = Self.withEntries(["p-gintare"])
        let t = next.teams.firstIndex { $0.id == "t-i12" } ?? 0
        next.teams[t].mentorIds.append("p-gintare")
        let change = OutsideChange(from: Self.db, to: next)
        #expect(change.marks == [.record(.team("t-i12")), .record(.idea("i12")), .record(.person("p-gintare")), .entry("l-new-0")])
        #expect(change.removed.isEmpty)
    }

    @Test func aSlotMovedMarksTheIdeaAndBothVenues() {
        var next = Self.db
        next.festival.slots[1].venueId = "v-santaka"
        let change = OutsideChange(from: Self.db, to: next)
        #expect(change.marks == [.record(.idea("i22")), .record(.venue("v-laisves")), .record(.venue("v-santaka"))])
    }

    @Test func marksLastAFewSecondsFromWhenTheyWereMade() {
        var marks = ChangeMarks()
        marks.mark([.record(.idea("i01"))], at: 10_000)
        marks.mark([.entry("l-new-0")], at: 12_000)
        let ranOut1 = marks.expire(at: 10_000 + ChangeMarks.lasting - 1)

        #expect(!ranOut1)
        #expect(marks.contains(.record(.idea("i01"))))
        #expect(marks.nextExpiry == 10_000 + ChangeMarks.lasting)
        let ranOut2 = marks.expire(at: 10_000 + ChangeMarks.lasting)

        #expect(ranOut2)
        #expect(!marks.contains(.record(.idea("i01"))) && marks.contains(.entry("l-new-0")))
        // Changed again: marked again, from then.
        marks.mark([.entry("l-new-0")], at: 16_000)
        let ranOut3 = marks.expire(at: 12_000 + ChangeMarks.lasting)

        #expect(!ranOut3)
        let ranOut4 = marks.expire(at: 16_000 + ChangeMarks.lasting)

        #expect(ranOut4)
        #expect(marks.isEmpty)
    }

    @Test func aChangedRowShowsItsMarkUntilItRunsOut() {
        var state = Self.state()
        state.update(.goToTab(2))
        var next = Self.withEntries(["p-egle"])
        let i = next.ideas.firstIndex { $0.id == "i19" } ?? 0
        next.ideas[i].title = "Kiemo kinas po žvaigždėmis"
        state.takeIn(next, at: 1_000)
        let row = { (state: AppState) in render(state).lines.first { $0.contains("Kiemo kinas po žvaigždėmis") } ?? "" }
        #expect(row(state).hasPrefix("•"), "\(row(state))")
        #expect(state.message == "Eglė Kazlauskaitė: moved from shared to refined")
        let ranOut5 = state.expireMarks(at: 1_000 + ChangeMarks.lasting - 1)

        #expect(!ranOut5)
        let ranOut6 = state.expireMarks(at: 1_000 + ChangeMarks.lasting)

        #expect(ranOut6)
        #expect(row(state).hasPrefix(" "), "\(row(state))")
        // The whole activity log marks the new entry.
        state.update(.goToTab(1))
        state.update(.activity)
        var later = next
        later.log.append(LogEntry(id: "l-later", at: SampleDatabase.at(6, 2, 10), by: "p-jonas", kind: "idea", summary: "shared a new idea"))
        state.takeIn(later, at: 20_000)
        let marked = render(state).lines.filter { $0.hasPrefix("•") }
        #expect(marked.count == 1 && marked.first?.contains("Jonas Petraitis") == true, "\(render(state).text)")
    }

    // MARK: Every screen stays on its record

    @Test func aListKeepsItsSelectedRecordWhenRowsMoveAndItsScroll() {
        var state = Self.state(size: Size(cols: 100, rows: 12))
        state.update(.goToTab(2))
        // Down to "Mokslo šou vaikams" (by title), far enough to have scrolled.
        let rows = state.list(.ideas).rows
        let target = rows.firstIndex { state.database.ideas[$0].id == "i20" } ?? 0
        for _ in 0..<target { state.update(.down) }
        let top = state.list(.ideas).top
        #expect(top > 0)
        // Someone adds an idea that sorts first, and removes one before ours.
        var next = Self.db
        next.ideas.removeAll { $0.id == "i18" }  // "Amatų mugė"
        next.ideas.append(Idea(id: "i27", title: "Aaa pirmoji", authorId: "p-jonas", sectors: [.youth], district: "Centras",
                               stage: .shared, createdAt: SampleDatabase.at(6, 1, 9)))
        state.takeIn(next, at: 0)
        let list = state.list(.ideas)
        #expect(list.selectedRecord.map { state.database.ideas[$0].id } == "i20")
        #expect(list.top == top)
    }

    @Test func theSelectedRecordGoneLeavesTheSelectionOnItsNeighbour() {
        var state = Self.state()
        state.update(.goToTab(2))
        for _ in 0..<3 { state.update(.down) }
        let at = state.list(.ideas).selected
        let gone = state.list(.ideas).selectedRecord.map { state.database.ideas[$0].id } ?? ""
        var next = Self.db
        next.ideas.removeAll { $0.id == gone }
        next.log = next.log.map { var e = $0; if e.ideaId == gone { e.ideaId = nil }; return e }
        state.takeIn(next, at: 0)
        #expect(state.list(.ideas).selected == at)
        #expect(state.route == .list(.ideas))
    }

    @Test func theBoardFollowsItsCardToItsNewStage() {
        var state = Self.state()
        state.update(.goToTab(3))
        // The "ready" column, its second card: "Mokslo šou vaikams".
        let ready = Stage.allCases.firstIndex(of: .ready) ?? 0
        for _ in 0..<ready { state.update(.right) }
        state.update(.down)
        #expect(state.boardSelectedRoute == .idea("i20"))
        var next = Self.db
        let i = next.ideas.firstIndex { $0.id == "i20" } ?? 0
        next.ideas[i].stage = .workshops
        state.takeIn(next, at: 0)
        #expect(state.boardSelectedRoute == .idea("i20"))
        #expect(state.board.column == Stage.allCases.firstIndex(of: .workshops))
    }

    @Test func theGridCursorStaysOnItsVenue() {
        var state = Self.state()
        state.update(.goToTab(9))
        state.update(.down)
        state.update(.right)
        let venue = GridLayout.venues(state.database)[state.grid.venue].id
        let minute = state.grid.minute
        var next = Self.db
        // A venue in a district that sorts first (Aleksotas) pushes the rows down.
        next.venues.append(Venue(id: "v-aleksotas", name: "Aleksoto aikštelė", district: "Aleksotas", address: "Veiverių g.",
                                 capacity: 50, features: [.outdoor], opens: ClockTime(10), closes: ClockTime(22)))
        state.takeIn(next, at: 0)
        #expect(GridLayout.venues(state.database)[state.grid.venue].id == venue)
        #expect(state.grid.minute == minute)
    }

    @Test func aDetailKeepsItsSelectedLinkWhenLinesAreAddedAboveIt() {
        var state = Self.state()
        state.update(.goToTab(5))
        let t = state.list(.teams).rows.firstIndex { state.database.teams[$0].id == "t-i14" } ?? 0
        for _ in 0..<t { state.update(.down) }
        state.update(.open)
        #expect(state.route == .team("t-i14"))
        // Down to the last link: the second mentor.
        for _ in 0..<20 { state.update(.down) }
        let link = state.detailSelectedLink
        #expect(link == .person("p-aiste"))
        // Someone adds a member: a line above the mentors.
        var next = Self.db
        let k = next.teams.firstIndex { $0.id == "t-i14" } ?? 0
        next.teams[k].members.append(Member(personId: "p-yuki", role: "member"))
        state.takeIn(next, at: 0)
        #expect(state.detailSelectedLink == link)
    }

    @Test func aRecordNamedOnTwoLinesKeepsTheLineThatWasSelected() {
        // Aistė Vaitkutė mentors the team of "Socialinio verslo kavinė" and is a member too.
        var db = Self.db
        let k = db.teams.firstIndex { $0.id == "t-i14" } ?? 0
        db.teams[k].members.append(Member(personId: "p-aiste", role: "member"))
        var state = AppState(database: db, path: "ideas.db.json", size: Size(cols: 100, rows: 30), actor: "p-ruta")
        state.update(.goToTab(5))
        let rows = state.list(.teams).rows
        for _ in 0..<(rows.firstIndex { state.database.teams[$0].id == "t-i14" } ?? 0) { state.update(.down) }
        state.update(.open)
        #expect(state.route == .team("t-i14"))
        let lines = DetailContent.of(state.route, state, width: state.size.cols - 2).1
        let aiste = lines.indices.filter { lines[$0].link == .person("p-aiste") }
        #expect(aiste.count == 2)
        guard let mentor = aiste.last else { return }
        for _ in 0..<40 where state.detailLayout.cursor != mentor { state.update(.down) }
        #expect(state.detailLayout.cursor == mentor)
        state.takeIn(Self.withEntries(["p-egle"], to: db), at: 0)
        #expect(state.detailLayout.cursor == mentor)
    }

    // MARK: Open records that are gone

    @Test func anOpenRecordThatIsGoneSaysSoAndTheScreenGoesBack() {
        for lang in [Lang.en, .lt] {
            var state = Self.state(lang)
            state.update(.goToTab(2))
            state.update(.open)
            guard case .idea(let id) = state.route, let title = state.database.ideas.first(where: { $0.id == id })?.title else {
                Issue.record("no idea opened")
                return
            }
            var next = Self.withEntries(["p-jonas"], summary: "undid: shared a new idea")
            next.ideas.removeAll { $0.id == id }
            next.log = next.log.map { var e = $0; if e.ideaId == id { e.ideaId = nil }; return e }
            state.takeIn(next, at: 0)
            #expect(state.route == .list(.ideas))
            guard case .notice(let notice)? = state.overlay else {
                Issue.record("no notice: \(String(describing: state.overlay))")
                return
            }
            if lang == .en {
                #expect(notice.title == "Removed")
                #expect(notice.lines == ["“\(title)” was removed by Jonas Petraitis.", "Back on the screen before it."])
            } else {
                #expect(notice.title == "Pašalinta")
                #expect(notice.lines == ["„\(title)“ pašalino Jonas Petraitis.", "Grąžinta į ankstesnį ekraną."])
            }
        }
    }

    @Test func aRecordGoneUnderAnOpenFormKeepsTheFormAndSaysSo() {
        var state = Self.state()
        state.update(.goToTab(2))
        state.update(.open)
        guard case .idea(let id) = state.route else { return }
        state.handle(.char("e"))
        state.handle(.end)
        for c in " (mūsų)" { state.handle(.char(c)) }
        let form = state.overlay
        var next = Self.db
        next.ideas.removeAll { $0.id == id }
        next.log = next.log.map { var e = $0; if e.ideaId == id { e.ideaId = nil }; return e }
        state.takeIn(next, at: 0)
        #expect(state.overlay == form)
        #expect(state.message?.hasSuffix("was removed by another program.") == true, "\(state.message ?? "")")
    }

    @Test func anOpenFormKeepsItsTypedTextAcrossAChange() {
        var state = Self.state()
        state.update(.goToTab(2))
        state.handle(.char("e"))
        state.handle(.end)
        for c in " (mūsų)" { state.handle(.char(c)) }
        guard case .form(let before)? = state.overlay else {
            Issue.record("no form")
            return
        }
        state.takeIn(Self.withEntries(["p-egle"]), at: 0)
        guard case .form(let after)? = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(after == before)
        #expect(after.field("title")?.text.hasSuffix(" (mūsų)") == true)
    }

    @Test func aFileThatDoesNotLoadKeepsTheLastGoodVersionAndSaysWhy() {
        var state = Self.state()
        let failure = LoadFailure([Problem(path: "$.ideas[3].title", message: "expected a string"),
                                   Problem(path: "$.ideas[4]", message: "missing \"id\"")], dropped: 1)
        state.fileUnreadable(.invalid(path: "ideas.db.json", failure))
        #expect(state.database == Self.db)
        let message = state.message ?? ""
        #expect(message.hasPrefix("the file changed but could not be read ("), "\(message)")
        #expect(message.contains("expected a string") && message.contains("and 2 more problems"), "\(message)")
        #expect(message.hasSuffix("still showing the last version read"))
        state.setLang(.lt)
        state.fileUnreadable(.missing(path: "ideas.db.json"))
        // Every word in the chosen language, the store's reason too.
        #expect(state.message?.hasPrefix("failas pasikeitė, bet jo nepavyko perskaityti (ideas.db.json: tokio failo nėra.") == true,
                "\(state.message ?? "")")
    }
}
