/// A place in the app. The top-level screens are tabs; opening a record pushes its
/// detail, and Esc or q goes back.
public enum Route: Hashable, Sendable {
    case dashboard
    case list(ListKind)
    case board
    case idea(String)
    case person(String)
    case team(String)
    case venue(String)
    case forum(String)
    case session(String)
    /// A mentor's home: their teams and the teams that need a mentor.
    case mentoring(String)
    /// The festival grid: venues by time.
    case grid

    /// The tabs, in the order of their number keys 1–9.
    public static let tabs: [Route] = [
        .dashboard, .list(.ideas), .board, .list(.people), .list(.teams), .list(.mentors), .list(.venues), .list(.forums), .grid,
    ]

    public var isTab: Bool { Route.tabs.contains(self) }

    public func title(_ s: Strings) -> String {
        switch self {
        case .dashboard: return s.dashboard
        case .board: return s.board
        case .list(let kind): return kind.title(s)
        case .idea: return s.ideas
        case .person: return s.people
        case .team: return s.teams
        case .venue: return s.venues
        case .forum, .session: return s.forums
        case .mentoring: return s.mentors
        case .grid: return s.festival.tab
        }
    }
}

/// The screens that are lists of records.
public enum ListKind: String, CaseIterable, Hashable, Sendable {
    case ideas, people, teams, mentors, venues, forums
    /// The activity log (not a tab: `a` opens it).
    case log

    public func title(_ s: Strings) -> String {
        switch self {
        case .ideas: return s.ideas
        case .people: return s.people
        case .teams: return s.teams
        case .mentors: return s.mentors
        case .venues: return s.venues
        case .forums: return s.forums
        case .log: return s.edit.activityTitle
        }
    }
}
