import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// The detail screens of people, teams, venues, forums and workshop sessions: what they
/// say, in which order, and how the lists open them and come back.
@Suite struct DetailsTests {
    static let generated = Generator.database(ideas: 60, seed: 3)

    func fresh(_ db: Database = SampleDatabase.database, _ size: Size = Size(cols: 80, rows: 24), lang: Lang = .en) -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, lang: lang)
    }

    /// Every line of a detail, as text (not only what fits on screen).
    func text(_ route: Route, _ state: AppState, width: Int = 78) -> (title: String, lines: [String]) {
        let (title, lines) = DetailContent.of(route, state, width: width)
        return (title, lines.map { $0.pieces.map(\.0).joined() })
    }

    // MARK: Opening from the lists and coming back

    @Test(arguments: [(4, ListKind.people), (5, .teams), (6, .mentors), (7, .venues), (8, .forums)])
    func enterOpensTheSelectedRecordAndEscComesBack(_ tab: Int, _ kind: ListKind) throws {
        var state = fresh(Self.generated)
        state.handle(.char(Character(String(tab))))
        #expect(state.route == .list(kind))
        state.handle(.char("j"))
        state.handle(.char("j"))
        let before = state.list(kind)
        let record = try #require(before.selectedRecord)
        let expected = ListSpec.of(kind, state.listContext).route(record)
        state.handle(.enter)
        #expect(state.route == expected)
        #expect(state.keyContext == .detail)
        let screen = render(state)
        #expect(!screen.line(1).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!screen.lines.contains { $0.contains("Nothing here has the id") })
        state.handle(.escape)
        #expect(state.route == .list(kind))
        #expect(state.list(kind) == before)
    }

    @Test func theRouteOfEachKindIsItsOwnDetail() throws {
        var state = fresh(Self.generated)
        let routes: [(Int, (Route) -> Bool)] = [
            (4, { if case .person = $0 { return true } else { return false } }),
            (5, { if case .team = $0 { return true } else { return false } }),
            (7, { if case .venue = $0 { return true } else { return false } }),
            (8, { if case .forum = $0 { return true } else { if case .session = $0 { return true } else { return false } } }),
        ]
        for (tab, isRight) in routes {
            state.handle(.char(Character(String(tab))))
            state.handle(.enter)
            #expect(isRight(state.route), "tab \(tab) opened \(state.route)")
            state.handle(.escape)
        }
    }

    @Test func theDetailScrollsWithinItsLinesAndQGoesBack() throws {
        var state = fresh(Self.generated, Size(cols: 60, rows: 18))
        state.handle(.char("5"))
        state.handle(.enter)
        let route = state.route
        let content = DetailContent.of(route, state, width: 58).1
        let lines = content.count
        let most = lines - 15
        try #require(most > 2, "the first team's detail should be longer than a screen")
        state.handle(.char("G"))
        #expect(state.details[route]?.top == most)
        #expect(render(state).line(1).hasSuffix("\(most + 1)–\(lines)/\(lines) "))
        state.handle(.char("g"))
        #expect(state.details[route]?.top == 0)
        state.handle(.char("k"))
        #expect(state.details[route]?.top == 0)
        state.handle(.char("q"))
        #expect(state.route == .list(.teams))
    }

    @Test func linesThatNameARecordAreLinksAndEnterFollowsThem() throws {
        var state = fresh(Self.generated, Size(cols: 80, rows: 24))
        state.handle(.char("5"))
        state.handle(.enter)
        let route = state.route
        let content = DetailContent.of(route, state, width: 78).1
        let links = content.indices.filter { content[$0].link != nil }
        try #require(links.count >= 3, "a team detail links its lead and members")
        // The first link is selected from the start: Enter opens it at once.
        #expect(state.detailSelectedLink == content[links[0]].link)
        state.handle(.down)
        #expect(state.details[route]?.cursor == links[1])
        state.handle(.up)
        #expect(state.details[route]?.cursor == links[0])
        let screen = render(state)
        let row = links[0] - (state.details[route]?.top ?? 0) + 2
        #expect(screen[row, 3].style.reverse)
        let target = try #require(content[links[0]].link)
        state.handle(.enter)
        #expect(state.route == target)
        state.handle(.escape)
        #expect(state.route == route)
        #expect(state.details[route]?.cursor == links[0])
        // A double click on a link line opens it too.
        state.update(.doubleClick(row: links[1] - (state.details[route]?.top ?? 0) + 2, col: 5))
        #expect(state.route == content[links[1]].link)
    }

    // MARK: People

    @Test func aMentorsLoadIsTheNumberOfTeamsListingThem() {
        let state = fresh()
        let db = state.database
        for mentor in db.people where mentor.mentor != nil {
            let teams = db.teams.filter { $0.mentorIds.contains(mentor.id) }.count
            let lines = text(.person(mentor.id), state).lines
            let load = lines.first { $0.hasPrefix("Load") }
            #expect(load?.contains("\(teams)/\(mentor.mentor?.capacity ?? -1)") == true, "\(mentor.name): \(load ?? "no load line")")
            let heading = lines.first { $0.hasPrefix("Teams mentored") }
            #expect(heading?.hasPrefix("Teams mentored (\(teams))") == true)
        }
    }

    @Test func mentorLoadOnScreenThroughTheMentorsList() throws {
        var state = fresh()
        state.handle(.char("6"))
        state.handle(.enter)
        guard case .person(let id) = state.route else {
            Issue.record("opened \(state.route)")
            return
        }
        let person = try #require(state.database.people.first { $0.id == id })
        let n = state.database.teams.filter { $0.mentorIds.contains(id) }.count
        let capacity = try #require(person.mentor?.capacity)
        #expect(render(state).lines.contains { $0.hasPrefix(" Load") && $0.contains("\(n)/\(capacity)") })
    }

    @Test func aPersonShowsContactAsPrivateAndTheirTeamsIdeasAndForums() throws {
        let state = fresh(Self.generated)
        let db = state.database
        let host = try #require(db.people.first { p in
            p.contact?.email != nil && db.forums.contains { $0.hostIds.contains(p.id) } && db.teams.contains { $0.leadId == p.id }
        } ?? db.people.first { p in p.contact?.email != nil && db.forums.contains { $0.hostIds.contains(p.id) } })
        let (title, lines) = text(.person(host.id), state)
        #expect(title == host.name)
        #expect(lines.contains { $0.hasPrefix("Contact · private") })
        #expect(lines.contains { $0.hasPrefix("E-mail") && $0.contains(host.contact?.email ?? "?") })
        for forum in db.forums where forum.hostIds.contains(host.id) {
            #expect(lines.contains { $0.contains(String(forum.title.prefix(30))) })
        }
        let lead = try #require(db.teams.first)
        let leadLines = text(.person(lead.leadId), state).lines
        let ideaTitle = db.ideas.first { $0.id == lead.ideaId }?.title ?? "?"
        #expect(leadLines.contains { $0.contains(String(ideaTitle.prefix(20))) && $0.contains(" lead ") })
    }

    @Test func aPersonWithoutContactSaysSo() {
        let lines = text(.person("p-jonas"), fresh()).lines
        #expect(lines.contains("  no contact details on file"))
        #expect(!lines.contains { $0.hasPrefix("Mentor profile") })
        // Jonas authored ideas i01, i06, …: every fifth idea.
        let authored = SampleDatabase.database.ideas.filter { $0.authorId == "p-jonas" }
        let heading = lines.first { $0.hasPrefix("Ideas authored (\(authored.count)) ─") }
        #expect(heading.map(DisplayWidth.of) == 78)
    }

    // MARK: Teams

    @Test func aTeamShowsMembersOpenRolesMentorsAndWorkshops() throws {
        let state = fresh(Self.generated)
        let db = state.database
        let team = try #require(db.teams.first { $0.trackId != nil && !$0.mentorIds.isEmpty && !$0.openRoles.isEmpty }
            ?? db.teams.first { $0.trackId != nil && !$0.mentorIds.isEmpty })
        let (title, lines) = text(.team(team.id), state, width: 118)
        let idea = try #require(db.ideas.first { $0.id == team.ideaId })
        #expect(title == "Team · " + idea.title)
        #expect(lines.contains { $0.hasPrefix("Members (\(team.personIds.count))") })
        for id in team.personIds + team.mentorIds {
            let name = db.people.first { $0.id == id }?.name ?? id
            #expect(lines.contains { $0.contains(name) })
        }
        for role in team.openRoles { #expect(lines.contains { $0.contains(role.title) && $0.contains("skills") }) }
        let track = try #require(db.tracks.first { $0.id == team.trackId })
        for stage in track.stages {
            let attended = db.sessions.contains { $0.stageId == stage.id && $0.attendance.contains(team.id) }
            #expect(lines.contains { $0.hasPrefix("  " + (attended ? "✓" : "✗")) && $0.contains(stage.name) }, "\(stage.name)")
        }
    }

    @Test func aTeamListsItsInvitationsNewestFirstWithWhatBecameOfThem() throws {
        var db = SampleDatabase.database
        #expect(!text(.team("t-i10"), fresh(db)).lines.contains { $0.hasPrefix("Invitations") })
        let at = { (hour: Int, actor: String) in CommandContext(actor: actor, now: Timestamp(day: EditBench.now.day, hour: hour), today: EditBench.now.day) }
        try db.apply(.addOpenRole(teamId: "t-i10", title: "Garso meistras", skills: ["sound"], sectors: [.cultural, .business, .social]), context: at(9, "p-ruta"))
        let team = try #require(db.teams.first { $0.id == "t-i10" })
        let role = try #require(team.openRoles.last)
        let invited = Recruitment.candidates(for: role, in: team, db).prefix(2).map(\.person.id)
        try #require(invited.count == 2)
        try db.apply(.invite(teamId: "t-i10", roleId: role.id, personId: invited[0]), context: at(10, "p-ruta"))
        try db.apply(.invite(teamId: "t-i10", roleId: role.id, personId: invited[1]), context: at(11, "p-ruta"))
        let second = try #require(db.teams.first { $0.id == "t-i10" }?.invitations.last?.id)
        try db.apply(.answerInvitation(teamId: "t-i10", invitationId: second, accept: true), context: at(12, invited[1]))
        let lines = text(.team("t-i10"), fresh(db), width: 100).lines
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Invitations (2) ─") })
        let name = { (id: String) in db.people.first { $0.id == id }?.name ?? id }
        #expect(lines[heading + 1].contains(name(invited[1])) && lines[heading + 1].contains("Garso meistras  accepted"))
        #expect(lines[heading + 2].contains(name(invited[0])) && lines[heading + 2].contains("role filled by someone else"))
    }

    @Test func aOneSectorTeamIsWarnedAndAMixedOneIsNot() {
        var db = SampleDatabase.database
        // t-i10: lead p-jonas (youth) with p-lukas (youth) and p-ieva (educational).
        let mixed = text(.team("t-i10"), fresh(db)).lines
        #expect(!mixed.contains { $0.contains("cross-sector") })
        if let i = db.teams.firstIndex(where: { $0.id == "t-i10" }) {
            db.teams[i].members = [Member(personId: "p-lukas", role: "sound")]
        }
        let single = text(.team("t-i10"), fresh(db)).lines
        #expect(single.contains { $0.contains("All members come from one sector (youth): cross-sector teams are the goal.") })
    }

    @Test func aTeamWithoutTrackOrMentorSaysSo() {
        let lines = text(.team("t-i10"), fresh()).lines
        #expect(lines.contains("  needs a mentor"))
        #expect(lines.contains("  not enrolled in a workshop track"))
    }

    // MARK: Venues

    @Test func aVenueListsItsSlotsInTimeOrderAndItsFreeTime() throws {
        var db = SampleDatabase.database
        // An earlier slot added last must still come first.
        db.festival.slots.append(Slot(id: "s5", ideaId: "i19", venueId: "v-laisves", start: ClockTime(10), end: ClockTime(10, 45)))
        let lines = text(.venue("v-laisves"), fresh(db)).lines
        let slotLines = lines.filter { $0.hasPrefix("  1") }
        #expect(slotLines.count == 3)
        #expect(slotLines.map { String($0.dropFirst(2).prefix(11)) } == ["10:00–10:45", "11:00–12:00", "13:00–14:00"])
        #expect(slotLines[0].contains("Kiemo kinas"))
        #expect(slotLines[1].contains("Laisvės alėjos piešiniai") && slotLines[1].hasSuffix("pinned"))
        #expect(!slotLines[2].contains("pinned"))
        // Open 10:00–22:00 = 12 h; booked 45 + 60 + 60 min.
        #expect(lines.contains("  open 12 h, booked 2 h 45 min, free 9 h 15 min"))
        #expect(lines.contains { $0.hasPrefix("Festival slots · 20 Jun 2026 (3)") })
    }

    // MARK: Forums and sessions

    @Test func aForumShowsItsIdeasWithOutcomesWrappedAndCurrentStages() throws {
        var db = SampleDatabase.database
        let long = "The neighbours want it on Saturdays; the school offers its yard and two teachers, and "
            + "the community centre will lend tables. \u{1B}[2J Next: ask the city for a permit."
        db.forums = [Forum(id: "f1", title: "Kiemų forumas", day: Day(year: 2026, month: 5, day: 2) ?? SampleDatabase.day,
                           place: "Šančių bendruomenės namai", hostIds: ["p-ruta", "p-gone"],
                           discussions: [Discussion(ideaId: "i06", outcome: long), Discussion(ideaId: "i99", outcome: "")])]
        let state = fresh(db)
        let (title, lines) = text(.forum("f1"), state, width: 58)
        #expect(title == "Kiemų forumas")
        #expect(lines.contains { $0.hasPrefix("Hosts") && $0.contains("Rūta Žemaitytė, p-gone") })
        #expect(lines.contains("  Žaliakalnio laiptų galerija  now refined"))
        let outcome = lines.filter { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }
        #expect(outcome.count >= 3)
        #expect(outcome.allSatisfy { DisplayWidth.of($0) <= 58 })
        #expect(lines.contains("  i99"))
        #expect(lines.contains("    no outcome written down"))
        // On screen the escape sequence is a visible placeholder.
        var s = state
        s.push(.forum("f1"))
        let screen = render(s)
        #expect(screen.lines.joined().contains("␛[2J"))
        DashboardGoldenTests.checkShape(screen)
    }

    @Test func aSessionShowsWhoAttendedAndWhoHasNotDoneTheStage() throws {
        let state = fresh(Self.generated)
        let db = state.database
        let session = try #require(db.sessions.max { $0.attendance.count < $1.attendance.count })
        let (_, lines) = text(.session(session.id), state, width: 118)
        #expect(lines.contains { $0.hasPrefix("Teams that attended (\(session.attendance.count))") })
        let done = Set(db.sessions.filter { $0.stageId == session.stageId }.flatMap(\.attendance))
        let absent = db.teams.filter { $0.trackId == session.trackId && !done.contains($0.id) }
        #expect(lines.contains { $0.hasPrefix("Enrolled in the track, this stage not attended (\(absent.count))") })
    }

    // MARK: Anything

    @Test(arguments: [Route.person("nobody"), .team("nobody"), .venue("nobody"), .forum("nobody"), .session("nobody")])
    func unknownIdsSayNotFound(_ route: Route) {
        var state = fresh()
        state.push(route)
        let screen = render(state)
        #expect(screen.line(1).hasPrefix(" nobody"))
        #expect(screen.line(2).contains("Nothing here has the id “nobody”; it may have been removed."))
        DashboardGoldenTests.checkShape(screen)
    }

    @Test func detailsSpeakLithuanian() {
        let state = fresh(lang: .lt)
        let person = text(.person("p-egle"), state).lines
        #expect(person.contains { $0.hasPrefix("Mentoriaus profilis") })
        #expect(person.contains { $0.hasPrefix("Krūvis") && $0.contains("2/2 · pilnas krūvis") })
        let venue = text(.venue("v-santaka"), state).lines
        #expect(venue.contains { $0.hasPrefix("Festivalio laikai · 2026-06-20 (1)") })
        #expect(venue.contains("  atvira 12 val., užimta 1 val. 30 min., laisva 10 val. 30 min."))
        let team = text(.team("t-i16"), state)
        #expect(team.title == "Komanda · Šokių vakaras 🎉 prie Nemuno")
        #expect(team.lines.contains { $0.hasPrefix("  ✗") && $0.contains("dar ne") })
    }

    /// Every detail of the generated database draws at the smallest size and a wide one
    /// without a row wider than the screen or a control character.
    @Test(arguments: [Size(cols: 60, rows: 18), Size(cols: 200, rows: 50)])
    func everyDetailFits(_ size: Size) {
        let db = Self.generated
        var routes: [Route] = db.people.prefix(40).map { .person($0.id) } + db.teams.prefix(20).map { .team($0.id) }
        routes += db.venues.map { .venue($0.id) } + db.forums.map { .forum($0.id) } + db.sessions.prefix(10).map { .session($0.id) }
        for route in routes {
            var state = fresh(db, size)
            state.push(route)
            DashboardGoldenTests.checkShape(render(state))
            state.update(.last)
            DashboardGoldenTests.checkShape(render(state))
        }
    }

    // MARK: Sorting

    @Test func sortingByNameFollowsTheLithuanianAlphabet() throws {
        var db = SampleDatabase.database
        let names = ["Žygimantas", "Černius", "Sigita", "Zita", "Cukras", "Šarūnas", "Tadas", "Ąžuolas", "Dainius", "Ėglė"]
        db.people = names.enumerated().map { n, name in Person(id: "x\(n)", name: name, roles: [.talent]) }
        db.ideas = []
        db.teams = []
        db.log = []
        db.festival.slots = []
        var state = fresh(db)
        state.handle(.char("4"))
        // Sort by another column first, so choosing Name sorts ascending by name.
        state.handle(.char("s"))
        state.handle(.char("j"))
        state.handle(.enter)
        #expect(state.list(.people).sortColumn == "organisation")
        state.handle(.char("s"))
        guard case .menu(let menu)? = state.overlay else {
            Issue.record("no sort menu")
            return
        }
        let name = try #require(menu.items.firstIndex { $0.column == "name" })
        for _ in 0..<abs(menu.selected - name) { state.handle(.char(menu.selected > name ? "k" : "j")) }
        state.handle(.enter)
        #expect(state.list(.people).sortColumn == "name")
        #expect(state.list(.people).ascending)
        let expected = ["Ąžuolas", "Cukras", "Černius", "Dainius", "Ėglė", "Sigita", "Šarūnas", "Tadas", "Zita", "Žygimantas"]
        func shown(_ state: AppState) -> [String] { state.list(.people).rows.map { db.people[$0].name } }
        #expect(shown(state) == expected)
        let screen = render(state)
        #expect((0..<expected.count).map { screen.line(3 + $0).dropFirst().hasPrefix(expected[$0]) }.allSatisfy { $0 })
        // Choosing Name again reverses the order.
        state.handle(.char("s"))
        state.handle(.enter)
        #expect(shown(state) == expected.reversed())
    }
}
