import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// Screens that explain themselves (issue 13, defects 6, 7, 9 and 10).
@Suite struct ScreenExplainsTests {
    static func state(_ db: Database = SampleDatabase.database, _ size: Size = Size(cols: 80, rows: 24), lang: Lang = .en,
                      actor: String? = "p-ruta") -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, lang: lang, today: db.festival.day, actor: actor)
    }

    // MARK: Messages (defect 7)

    @Test func aMessageWinsOverTheKeyHints() {
        var s = Self.state()
        s.handle(.char("2"))
        s.message = "a ready idea moves on when it is placed on the festival grid"
        let status = render(s).line(23)
        #expect(status.contains("a ready idea moves on when it is placed on the festival grid"), "\(status)")
        // The keys that still fit stay, before it.
        #expect(status.hasPrefix(" Enter open"))
    }

    @Test func aMessageLongerThanTheLineSaysHowToReadItWhole() throws {
        var s = Self.state(Generator.sample(zone: TestZones.vilnius), Size(cols: 60, rows: 18))
        s.handle(.char("2"))
        let long = "saved: Algirdas Bagdonas now mentors “Kalbų kavinė naujiems kauniečiams Žaliakalnyje” (3 of 3 teams)"
        s.message = long
        let status = render(s).line(17)
        #expect(status.hasSuffix("… ~ messages "), "\(status)")
        s.handle(.char("~"))
        guard case .notice(let notice)? = s.overlay else { Issue.record("no messages window"); return }
        #expect(notice.lines.first == long)
        let shown = render(s).text.replacingOccurrences(of: "│", with: " ")
        for word in long.split(separator: " ") { #expect(shown.contains(word), "“\(word)” not shown") }
        s.handle(.enter)
        #expect(s.overlay == nil)
        // Newest first; the last twenty are kept.
        for n in 1...25 { s.message = "message \(n)" }
        s.handle(.char("~"))
        guard case .notice(let log)? = s.overlay else { Issue.record("no messages window"); return }
        #expect(log.lines.first == "message 25")
        #expect(log.lines.filter { !$0.isEmpty }.count == AppState.messagesKept)
    }

    @Test func theMessagesKeyIsNamedInLithuanianToo() {
        var s = Self.state(Generator.sample(zone: TestZones.vilnius), Size(cols: 60, rows: 18), lang: .lt)
        s.message = String(repeating: "ilgas pranešimas ", count: 6)
        #expect(render(s).line(17).hasSuffix("… ~ pranešimai "))
    }

    // MARK: First item selected, fit and counts explained (defect 9)

    @Test func theDashboardStartsOnTheFirstStageAndEnterOpensIt() {
        var s = Self.state()
        let screen = render(s)
        #expect(screen.line(3).hasPrefix("shared"))
        #expect((0..<38).allSatisfy { screen[3, $0].style.reverse }, "the whole first stage row is selected")
        #expect(!screen[1, 79].style.reverse, "the festival's figure is not what is selected")
        s.handle(.enter)
        #expect(s.route == .list(.ideas))
        #expect(s.list(.ideas).filters == [.stage(.shared)])
    }

    @Test func aMentorsHomeStartsOnItsFirstTeamAndExplainsTheFit() throws {
        var s = Self.state(actor: "p-mindaugas")
        s.openHomeForActor()
        let lines = DetailContent.of(s.route, s, width: 78).1
        let first = try #require(lines.firstIndex { $0.link != nil })
        #expect(s.detailSelectedLink == lines[first].link)
        let screen = render(s)
        #expect(screen[first + 2, 5].style.reverse)
        let text = screen.text
        #expect(text.contains("Teams you could take on"))
        #expect(text.contains("fit: +3 your expertise in the idea's tags"))
        // Every reason shows its points, and they add up to the fit beside it.
        let mentor = try #require(s.database.people.first { $0.id == "p-mindaugas" })
        for fit in MentorFit.openTeams(for: mentor, in: s.database) {
            let reason = s.strings.mentor.reason(fit, s.strings)
            let points = reason.matches(of: /([+−])(\d+)/).map { ($0.1 == "−" ? -1 : 1) * (Int($0.2) ?? 0) }
            #expect(points.reduce(0, +) == fit.score, "\(reason)")
        }
        s.handle(.enter)
        if case .team = s.route {} else { Issue.record("Enter did not open the team: \(s.route)") }
    }

    @Test func theTwoMentorCountsSayWhatTheyCount() throws {
        let s = Self.state()
        let dashboard = render(s).text
        #expect(dashboard.contains("Active teams with no mentor"))
        #expect(!dashboard.contains("Teams without a mentor"))
        var home = Self.state(actor: "p-mindaugas")
        home.openHomeForActor()
        let text = render(home).text
        #expect(text.contains("Teams you could take on"))
        #expect(text.contains("teams from the team stage to ready with room for another mentor (at most 3)"))
        let lt = Self.state(lang: .lt)
        #expect(render(lt).text.contains("Aktyvios komandos be mentoriaus"))
    }

    // MARK: Sector balance (defect 10)

    @Test(arguments: [Lang.en, .lt], [Size(cols: 80, rows: 24), Size(cols: 60, rows: 18), Size(cols: 120, rows: 40)])
    func theDashboardShowsSharesAndMarksTheSectorsBehind(_ lang: Lang, _ size: Size) {
        let db = SampleDatabase.database
        let s = Self.state(db, size, lang: lang)
        let screen = render(s)
        let balance = SectorBalance(db)
        for (i, share) in balance.shares.enumerated() {
            let line = screen.line(3 + i)
            let right = String(line.dropFirst((size.cols - 2) / 2 + 2))
            #expect(right.hasPrefix(s.strings.sector(share.sector)), "\(right)")
            #expect(right.contains("\(share.scheduledPercent)%") && right.contains("\(share.readyOrLaterPercent)%"), "\(right)")
            #expect(right.contains("▼") == share.behind, "\(share.sector): \(right)")
        }
        #expect(balance.shares.contains { $0.behind }, "the fixture has a sector behind")
        let heading = screen.line(2)
        #expect(heading.contains(lang == .en ? "ready+" : "pareng"))
    }

    // MARK: The festival grid (defect 6)

    @Test(arguments: [Lang.en, .lt])
    func theGridsHelpExplainsItsSymbols(_ lang: Lang) {
        var s = Self.state(Generator.sample(zone: TestZones.vilnius), Size(cols: 100, rows: 40), lang: lang)
        s.handle(.char("9"))
        s.handle(.char("?"))
        s.update(.last)  // the notes are at the end
        let text = render(s).text
        for mark in ["✓", "!", "■", "····"] {
            #expect(text.components(separatedBy: "\n").contains { $0.contains("  " + mark + " ") || $0.contains(mark + "  ") }, "\(mark)")
        }
        let n = s.strings.screen.noteGrid(SectorBalance.behindPoints)
        for (mark, meaning) in n where !mark.isEmpty {
            #expect(text.contains(String(meaning.prefix(20))), "\(mark): \(meaning)")
        }
    }

    @Test(arguments: [Lang.en, .lt])
    func thePlacePickerLabelsItsColumnsPutsWhatFitsFirstAndNamesTheFirstBrokenRule(_ lang: Lang) throws {
        var s = Self.state(Generator.sample(zone: TestZones.vilnius), Size(cols: 120, rows: 40), lang: lang)
        s.handle(.char("9"))
        // The first venue and time where some ready ideas fit and some do not.
        let ready = GridLayout.ready(s.database), venues = GridLayout.venues(s.database), f = s.database.festival
        search: for (v, venue) in venues.enumerated() {
            for minute in stride(from: f.dayStart.minutes, to: f.dayEnd.minutes, by: 15) {
                let fits = ready.map { PlacementRules.violations(placing: $0, at: venue, start: ClockTime(minutes: minute), in: s.database).isEmpty }
                if fits.contains(true) && fits.contains(false) {
                    s.grid.venue = v
                    s.grid.minute = minute
                    s.keepGridCursorInView()
                    break search
                }
            }
        }
        s.handle(.char("p"))
        guard case .picker(let picker)? = s.overlay, case .place(let venueId, let start) = picker.purpose else {
            Issue.record("no place picker"); return
        }
        let n = s.strings.screen
        #expect(picker.columns == [s.strings.colIdea, n.colLength, n.colAudience, n.colDistricts, n.colHere])
        let header = render(s).text.components(separatedBy: "\n").first { $0.contains(n.colLength) } ?? ""
        for title in picker.columns { #expect(header.contains(title), "\(title) missing from \(header)") }
        let venue = try #require(s.database.venues.first { $0.id == venueId })
        var seenMisfit = false
        for option in picker.options {
            let idea = try #require(s.database.ideas.first { $0.id == option.id })
            let broken = PlacementRules.violations(placing: idea, at: venue, start: ClockTime(minutes: start), in: s.database)
            #expect(option.flagged == !broken.isEmpty)
            #expect(option.cells.last == (broken.first.map { "✗ " + n.problemShort($0, s.strings) } ?? n.fits))
            #expect(!(seenMisfit && !option.flagged), "an idea that fits comes after one that does not")
            seenMisfit = seenMisfit || option.flagged
        }
        #expect(picker.options.contains { $0.flagged } && picker.options.contains { !$0.flagged },
                "the cursor is where some ideas fit and some do not")
        // The foot says the selected one's reason in full.
        let selected = try #require(picker.options.first)
        #expect(render(s).text.contains(String(selected.foot.prefix(40))))
    }

    @Test(arguments: [Size(cols: 80, rows: 24), Size(cols: 60, rows: 18), Size(cols: 120, rows: 40)])
    func venuesWhoseNamesStartAlikeStayApart(_ size: Size) {
        var s = Self.state(Generator.sample(zone: TestZones.vilnius), size)
        s.handle(.char("9"))
        let screen = render(s)
        let first = GridLayout.firstRow(s), width = GridLayout.nameWidth(s) - 1
        let rows = min(GridLayout.visibleRows(s), s.database.venues.count)
        let names = (0..<rows).map { String(screen.line(first + $0).prefix(width)) }
        #expect(Set(names).count == names.count, "\(names)")
        if rows == s.database.venues.count {
            #expect(names.contains { $0.hasPrefix("Kultūros") && $0.contains("Šilainiai") }, "\(names)")
        }
        // The Venues list cuts them the same way.
        s.handle(.char("7"))
        let list = render(s).text
        #expect(!list.contains("Kultūros centro kiemel…"))
    }
}
