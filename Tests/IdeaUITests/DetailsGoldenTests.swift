import IdeaModel
@testable import IdeaUI
import Testing

/// Golden renders of the detail screens of people, teams, venues, forums and workshop
/// sessions at 80×24 and 120×40, over a generated database (it has forums, sessions and
/// contact details, which the hand-made sample lacks). Records are picked by what they
/// show, so each render has every section filled.
@Suite struct DetailsGoldenTests {
    static let db = Generator.database(ideas: 60, seed: 3, zone: TestZones.vilnius)

    static func route(_ name: String) -> Route? {
        let db = Self.db
        switch name {
        case "person":
            // A mentor who also hosts a forum: profile, teams mentored and forums hosted.
            return db.people.first { p in p.mentor != nil && db.forums.contains { $0.hostIds.contains(p.id) } }.map { .person($0.id) }
                ?? db.people.first { $0.mentor != nil }.map { .person($0.id) }
        case "team":
            // A team with open roles, mentors and a track.
            return (db.teams.first { !$0.openRoles.isEmpty && !$0.mentorIds.isEmpty && $0.trackId != nil }
                ?? db.teams.first).map { .team($0.id) }
        case "venue":
            let count = { (v: Venue) in db.festival.slots.filter { $0.venueId == v.id }.count }
            return db.venues.max { count($0) < count($1) }.map { .venue($0.id) }
        case "forum":
            return db.forums.max { $0.discussions.count < $1.discussions.count }.map { .forum($0.id) }
        case "session":
            return db.sessions.max { $0.attendance.count < $1.attendance.count }.map { .session($0.id) }
        default:
            return nil
        }
    }

    @Test(arguments: ["person", "team", "venue", "forum", "session"], [Size(cols: 80, rows: 24), Size(cols: 120, rows: 40)])
    func detail(_ name: String, _ size: Size) throws {
        let route = try #require(Self.route(name))
        var state = AppState(database: Self.db, path: "ideas.db.json", size: size, zone: TestZones.vilnius)
        state.push(route)
        let screen = render(state)
        Golden.check(screen.golden, "detail-\(name)-\(size.cols)x\(size.rows).txt")
        DashboardGoldenTests.checkShape(screen)
    }

    /// A team's invitations, dated on the festival's clock, in both languages.
    @Test(arguments: Lang.allCases)
    func teamWithInvitations(_ lang: Lang) throws {
        let team = try #require(Self.db.teams.first { !$0.invitations.isEmpty })
        var state = AppState(database: Self.db, path: "ideas.db.json", size: Size(cols: 120, rows: 40), lang: lang,
                             zone: TestZones.vilnius)
        state.push(.team(team.id))
        let screen = render(state)
        Golden.check(screen.golden, "detail-team-invitations-\(lang.rawValue)-120x40.txt")
    }

    /// The same screens from the hand-made sample: Lithuanian names, CJK and emoji.
    @Test(arguments: [("person", Route.person("p-egle")), ("team", .team("t-i16")), ("venue", .venue("v-laisves"))])
    func sample(_ name: String, _ route: Route) {
        var state = AppState(database: SampleDatabase.database, path: "ideas.db.json", size: Size(cols: 80, rows: 24),
                             zone: TestZones.vilnius)
        state.push(route)
        let screen = render(state)
        Golden.check(screen.golden, "detail-sample-\(name)-80x24.txt")
        DashboardGoldenTests.checkShape(screen)
    }
}
