import IdeaModel
@testable import IdeaUI
import Testing

/// Defect 8 of issue 13: the sample is dated in the past, so a change made today is the
/// newest thing on the dashboard, in the activity log and in the idea's history; moments
/// are shown on the festival's clock (Europe/Vilnius) and the log's arrow says which
/// way it runs.
@Suite struct DatesAndTimesTests {
    static let sample = Generator.sample(zone: TestZones.vilnius)
    /// The day the issue was found on, in winter (UTC+2 in Kaunas).
    static let today = Day(year: 2026, month: 11, day: 26) ?? Day(daysSinceEpoch: 0)
    static let now = Timestamp(day: today, hour: 9, minute: 15)

    func state(_ db: Database, lang: Lang = .en, size: Size = Size(cols: 120, rows: 40)) -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, lang: lang, today: Self.today, zone: TestZones.vilnius)
    }

    /// A facilitator's change to a scheduled idea, made now.
    func changedToday() throws -> (Database, Idea, LogEntry) {
        var db = Self.sample
        let facilitator = try #require(db.people.first { $0.has(.facilitator) })
        let idea = try #require(db.ideas.first { $0.stage == .scheduled })
        let entry = try db.apply(.moveBack(ideaId: idea.id, reason: "the venue asked to move it"),
                                 context: CommandContext(actor: facilitator.id, now: Self.now, today: Self.today))
        return (db, idea, entry)
    }

    @Test func todaysChangeIsTheNewestOnTheDashboard() throws {
        let (db, idea, entry) = try changedToday()
        #expect(db.recentActivity(1) == [entry])
        let lines = render(state(db)).lines
        let recent = try #require(lines.firstIndex { $0.contains("Recent activity") })
        // 09:15 UTC is 11:15 in Kaunas in November.
        #expect(lines[recent + 1].contains("11-26 11:15") && lines[recent + 1].contains(idea.title), "\(lines[recent + 1])")
    }

    @Test func todaysChangeHeadsTheIdeasHistoryAndActivity() throws {
        let (db, idea, _) = try changedToday()
        let (_, detail) = DetailContent.of(.idea(idea.id), state(db), width: 118)
        let lines = detail.map { $0.pieces.map(\.0).joined() }
        let history = try #require(lines.firstIndex { $0.hasPrefix("Stage history") })
        #expect(lines[history + 1].contains("26 Nov 2026") && lines[history + 1].contains("scheduled → ready"), "\(lines[history + 1])")
        let activity = try #require(lines.firstIndex { $0.hasPrefix("Activity") })
        #expect(lines[activity + 1].contains("26 Nov 2026 11:15"), "\(lines[activity + 1])")
    }

    @Test func aHistoryOutOfFileOrderIsShownByTime() throws {
        var db = Self.sample
        let i = try #require(db.ideas.firstIndex { $0.stage == .scheduled && $0.history.count >= 3 })
        // An imported record whose moves are not in time order.
        db.ideas[i].history.swapAt(0, db.ideas[i].history.count - 1)
        let (_, detail) = DetailContent.of(.idea(db.ideas[i].id), state(db), width: 118)
        let lines = detail.map { $0.pieces.map(\.0).joined() }
        let history = try #require(lines.firstIndex { $0.hasPrefix("Stage history") })
        let shown = lines[(history + 1)...(history + db.ideas[i].history.count)]
        let newest = try #require(db.ideas[i].history.max { $0.at < $1.at })
        #expect(shown.first?.contains(String(TestZones.vilnius.day(newest.at).day)) == true)
        #expect(shown.first?.contains("→ " + newest.to.rawValue) == true, "\(shown)")
    }

    @Test func theFestivalIsOverSoAScheduledIdeaMayBeDelivered() throws {
        let idea = try #require(Self.sample.ideas.first { $0.stage == .scheduled })
        #expect(Gates.isOpen(for: idea, to: .delivered, in: Self.sample, today: Self.today))
        #expect(Self.sample.log.allSatisfy { $0.at < Self.now })
    }

    @Test(arguments: [Lang.en, .lt])
    func theActivityLogRunsNewestFirstAndItsArrowSaysSo(_ lang: Lang) throws {
        let (db, _, _) = try changedToday()
        var s = state(db, lang: lang)
        s.update(.activity)
        let when = lang == .en ? "When" : "Kada"
        var lines = render(s).lines
        #expect(lines.contains { $0.contains(when + " ▼") }, "\(lines.prefix(4))")
        #expect(!lines.joined().contains("UTC"))
        #expect(lines.contains { $0.hasPrefix(" 2026-11-26 11:15") || $0.contains("2026-11-26 11:15") })
        let first = try #require(s.list(.log).rows.first)
        #expect(db.log[first].at == Self.now)
        // Choosing the same column again turns it round: oldest first, ▲.
        s.update(.openSort)
        s.update(.open)
        lines = render(s).lines
        #expect(lines.contains { $0.contains(when + " ▲") })
        let oldest = try #require(s.list(.log).rows.first)
        #expect(db.log[oldest].at == db.log.map(\.at).min())
    }

    @Test func withoutTheTimeZoneTheHeadingSaysUTC() throws {
        var s = AppState(database: Self.sample, path: "x", size: Size(cols: 120, rows: 40), zone: .utc)
        s.update(.activity)
        #expect(render(s).lines.contains { $0.contains("When (UTC) ▼") })
    }
}
