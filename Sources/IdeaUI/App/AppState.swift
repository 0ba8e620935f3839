import IdeaModel

/// Everything the interface shows, as one value. `update` is the only way it changes, and
/// `render` draws it, so both can be tested without a terminal. Two states are equal when
/// every field is, except those drawn from others (`@Derived`).
public struct AppState: Equatable, Sendable {
    public private(set) var database: Database
    /// Lookups and figures derived from `database`, kept in step with it.
    @Derived public private(set) var index: DatabaseIndex
    @Derived public private(set) var stats: DatabaseStats
    /// The newest log entries, newest first (enough for any screen height).
    @Derived public private(set) var recent: [LogEntry]
    /// The database file, as given on the command line.
    public var path: String
    public var size: Size
    public private(set) var lang: Lang
    @Derived public private(set) var strings: Strings
    /// The local calendar day, for gates that depend on the date.
    public var today: Day
    /// The festival's time zone: every moment on screen is shown on its clock.
    public private(set) var zone: TimeZoneRules
    /// Screens opened, the first is a tab; the last is shown.
    public private(set) var stack: [Route] = [.dashboard]
    /// Each list screen's rows, selection, sort, filters and search.
    public private(set) var lists: [ListKind: ListState] = [:]
    /// Each detail screen's scroll and selected line (a link to another record), by route.
    public var details: [Route: DetailState] = [:]
    /// The dashboard's selected figure.
    public var dashboard = DashboardState()
    /// The board's selected column (stage) and card in each.
    public var board = BoardState()
    /// The festival grid's cursor, scroll, zoom and the slot being moved.
    public var grid = GridState()
    /// A form whose change clashed with the file, kept while the conflict is open: it
    /// comes back when the user keeps the file's version, so nothing typed is lost.
    public var heldForm: Form?
    /// What is on top of the screen, if anything.
    public var overlay: Overlay? {
        didSet { if !isHelpOpen { helpTop = 0 } }
    }
    /// The first line of the help shown, when it is taller than the screen.
    public var helpTop = 0
    /// The search being typed, if any; `nil` when not typing.
    public var searchInput: String?
    /// The "text contains" filter being typed, if any, and the one in force before (Esc
    /// puts it back).
    public var filterInput: String?
    var filterBefore: String?
    /// Each list's search text per record, folded, made at the first search (or by
    /// `searchPreparation` off the loop) and carried over changes of the data.
    @Derived var searchCache = SearchTextCache()
    /// The teams that need a mentor, ranked for a mentor whose home is open: computed
    /// when the home opens or the data changes, not on every frame.
    @Derived var mentorRankings: [String: [MentorFit]] = [:]
    /// The ready ideas waiting for a place on the grid, sorted: made when the grid opens
    /// or the data changes while it is open, not on every frame.
    @Derived var gridReady: [Idea]?
    /// The last thing the app has to say, shown in the status line.
    public var message: String? {
        didSet {
            guard let message, message != oldValue else { return }
            messageLog.append(message)
            if messageLog.count > AppState.messagesKept { messageLog.removeFirst(messageLog.count - AppState.messagesKept) }
        }
    }
    /// The last messages, oldest first: `~` shows them in full.
    public private(set) var messageLog: [String] = []
    public static let messagesKept = 20
    /// The rows others changed in the last few seconds (see `ChangeMarks`).
    public internal(set) var marks = ChangeMarks()
    /// The id of the person making changes; nil until the user has said who they are.
    public var actor: String?
    /// False once the user has asked to quit.
    public var isRunning = true
    /// Long work (the auto-scheduler, the mentor suggestion, a save) and whether it runs
    /// off the loop (see AppState+Work).
    public var work = WorkState()
    public var keyMap: KeyMap

    public static let recentKept = 100

    public init(database: Database, path: String, size: Size, lang: Lang = .en, today: Day? = nil,
                actor: String? = nil, keyMap: KeyMap = .standard, zone: TimeZoneRules = .utc) {
        self.actor = actor
        self.zone = zone
        self.database = database
        let index = DatabaseIndex(database)
        self.index = index
        stats = DatabaseStats(database, index: index)
        recent = database.recentActivity(AppState.recentKept)
        self.path = path
        self.size = size
        self.lang = lang
        strings = Strings.of(lang)
        self.today = today ?? database.festival.day
        self.keyMap = keyMap
        // Lists are built when first opened (the ideas list also when the board is): the
        // first frame, the dashboard, needs none of them.
    }

    /// Replaces the database (after a command or a reload) and everything drawn from it,
    /// keeping each list's sort and filters, and every screen's selection on its record
    /// (by id, wherever its row went: see `KeptSelection`).
    public mutating func setDatabase(_ db: Database) {
        let kept = KeptSelection(self)
        database = db
        index = DatabaseIndex(db)
        stats = DatabaseStats(db, index: index)
        recent = db.recentActivity(AppState.recentKept)
        searchCache.follow(db)
        for kind in lists.keys { refreshList(kind, selecting: kept.lists[kind]) }
        mentorRankings = [:]
        for case .mentoring(let id) in stack { rankTeams(for: id) }
        gridReady = stack.contains(.grid) ? GridLayout.ready(db) : nil
        refreshReasons()
        kept.restore(into: &self)
        keepCursorsInside()
    }

    /// Ranks the teams that need a mentor for `id` (a mentor) and keeps the result.
    mutating func rankTeams(for id: String) {
        guard let mentor = index.person[id].map({ database.people[$0] }), mentor.mentor != nil else { return }
        mentorRankings[id] = MentorFit.openTeams(for: mentor, in: database)
    }

    public mutating func setLang(_ lang: Lang) {
        self.lang = lang
        strings = Strings.of(lang)
        for kind in lists.keys { refreshList(kind) }
        // The grid's header and the dashboard's figures may take other room in the other language.
        keepCursorsInside()
    }

    public var route: Route { stack.last ?? .dashboard }
    public var tab: Route { stack.first ?? .dashboard }

    public var listContext: ListContext { ListContext(db: database, index: index, strings: strings, zone: zone) }

    public func list(_ kind: ListKind) -> ListState { lists[kind] ?? ListState() }

    /// Where keys are read right now.
    public var keyContext: KeyContext {
        isHelpOpen ? .help : context(under: overlay)
    }

    /// True while the help is shown (over a screen or over a window).
    public var isHelpOpen: Bool {
        switch overlay {
        case .help?, .helpOver?: return true
        default: return false
        }
    }

    /// What the help describes: the keys of the window or screen under it.
    public var helpContext: KeyContext {
        if case .helpOver(let under)? = overlay { return context(under: under) }
        return context(under: nil)
    }

    /// The context of a window, or of the screen when there is none.
    func context(under overlay: Overlay?) -> KeyContext {
        switch overlay {
        case .help?, .helpOver?: return .help
        case .menu(let menu)?:
            switch menu.purpose {
            case .filters: return .checklist
            case .suggestions: return .suggestions
            case .sort, .moves, .actions: return .menu
            }
        case .notice(let notice)? where notice.draft != nil: return .draftOffer
        case .notice(let notice)?: return notice.confirm == nil ? .notice : .question
        case .prompt?: return .prompt
        case .conflict(let conflict)?:
            guard case .rule(_, let remedy) = conflict.clash else { return .conflict }
            return remedy == nil ? .ruleConflict : .limitConflict
        case .form(let form)?: return form.picker == nil ? .form : .picker
        case .picker?: return .picker
        case .reasons(let window)?: return window.asking ? .reasonsQuestion : .reasons
        case nil: break
        }
        if searchInput != nil || filterInput != nil { return .typing }
        switch route {
        case .dashboard: return .dashboard
        case .list(.ideas): return .ideaList
        case .list: return .list
        case .board: return .board
        case .mentoring: return .mentoring
        case .grid: return .grid
        case .idea: return .ideaDetail
        default: return .detail
        }
    }

    /// True when the terminal is big enough for the current screen.
    public var fits: Bool { size.covers(Layout.minimum) }

    /// Rows a list shows at the current size (tab bar, header, filter bar, status line).
    public var listHeight: Int { max(1, size.rows - Layout.listChrome) }

    // MARK: Navigation

    mutating func push(_ route: Route) {
        if case .list(let kind) = route, lists[kind] == nil { refreshList(kind) }
        if route == .board, lists[.ideas] == nil { refreshList(.ideas) }
        if case .mentoring(let id) = route, mentorRankings[id] == nil { rankTeams(for: id) }
        if route == .grid, gridReady == nil { gridReady = GridLayout.ready(database) }
        if route.isTab {
            stack = [route]
        } else {
            stack.append(route)
        }
        message = nil
    }

    /// Goes back one screen; returns false at the first screen.
    mutating func pop() -> Bool {
        if stack.count > 1 {
            stack.removeLast()
            return true
        }
        if tab != .dashboard {
            stack = [.dashboard]
            return true
        }
        return false
    }

    /// Closes the screen at `at` and every screen opened from it; the first screen (a tab)
    /// stays.
    mutating func closeScreens(from at: Int) {
        let from = max(1, at)
        if from < stack.count { stack.removeSubrange(from...) }
    }

    mutating func goToTab(_ n: Int) {
        guard Route.tabs.indices.contains(n - 1) else { return }
        push(Route.tabs[n - 1])
    }

    mutating func cycleTab(_ delta: Int) {
        let i = Route.tabs.firstIndex(of: tab) ?? 0
        let n = Route.tabs.count
        push(Route.tabs[((i + delta) % n + n) % n])
    }

    // MARK: Lists

    /// Recomputes a list's rows from its filters and sort, keeping the selected record:
    /// `selecting` (after the data changed), else the one at the same position.
    mutating func refreshList(_ kind: ListKind, selecting record: Route? = nil) {
        var state = list(kind)
        let spec = ListSpec.of(kind, listContext)
        // A record that is gone leaves the selection where it was, on its neighbour.
        let previous = record.map { spec.rowOf($0) ?? -1 } ?? state.selectedRecord
        // The text filter reads the folded texts made once for searching (see ListSpec.of).
        let textWords = state.filters.text.map(ListSpec.words) ?? []
        let texts = textWords.isEmpty ? SearchTexts() : searchTexts(kind)
        var rows = (0..<spec.count).filter { row in
            state.filters.allGroupsMatch { token in
                if case .text = token { return texts.holds(row, textWords) }
                return spec.passes(row, token)
            }
        }
        let columnId = state.sortColumn ?? spec.defaultSort
        if let column = spec.columns.first(where: { $0.id == columnId }) {
            let keys = rows.map(column.sortKey)
            let order = rows.indices.sorted { a, b in
                keys[a] != keys[b] ? (state.ascending ? keys[a] < keys[b] : keys[b] < keys[a]) : rows[a] < rows[b]
            }
            rows = order.map { rows[$0] }
        }
        state.rows = rows
        if let previous, let at = rows.firstIndex(of: previous) { state.selected = at }
        state.matches = state.query.isEmpty ? [] : AppState.matches(of: state.query, in: rows, texts: searchTexts(kind))
        state.clamp(height: listHeight)
        lists[kind] = state
        // The board shows the ideas list: its cards may have gone with a filter.
        if kind == .ideas { keepBoardSelectionInside() }
    }

    static func matches(of query: String, in rows: [Int], texts: SearchTexts) -> [Int] {
        let words = ListSpec.words(query)
        guard !words.isEmpty else { return [] }
        return texts.positions(in: rows, holding: words)
    }

    /// Byte search in folded UTF-8: both sides are folded the same way, so comparing
    /// bytes is exact and much faster than comparing characters (see ByteSearch).
    static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool { ByteSearch.contains(text, word) }

    /// The folded search text of every record of a kind (see `SearchTextCache`).
    func searchTexts(_ kind: ListKind) -> SearchTexts { searchCache.texts(kind, listContext, lang) }

    /// Makes every list's search texts for the data as it is now (or carries them over
    /// from the data before), on the thread that calls it: the app calls it off the loop
    /// once the first frame is up and after each change, so no search key at 50,000 ideas
    /// folds every text (one typed meanwhile waits for its list).
    public func searchPreparation() -> @Sendable () -> Void {
        let cache = searchCache, context = listContext, lang = lang
        return { cache.prepare(context, lang) }
    }

    /// Changes a list's state and keeps its selection in view. A list not built yet is
    /// built first: lists are built lazily (when first opened), and a blank state stored
    /// here would be taken for a built list with no rows, empty until its filters change.
    mutating func editList(_ kind: ListKind, _ change: (inout ListState) -> Void) {
        if lists[kind] == nil { refreshList(kind) }
        var state = list(kind)
        change(&state)
        state.clamp(height: listHeight)
        lists[kind] = state
    }
}

/// What can sit on top of a screen.
public indirect enum Overlay: Equatable, Sendable {
    /// The keys of the screen.
    case help
    /// The keys of a window, shown over it; closing the help goes back to the window.
    case helpOver(Overlay)
    case menu(Menu)
    /// Something to read before going on.
    case notice(Notice)
    /// A line to type (a reason).
    case prompt(Prompt)
    /// A change that clashed with another; the user keeps one of the two.
    case conflict(EditSession.Conflict)
    /// A form to fill in (it may have a picker open over it).
    case form(Form)
    /// A list to choose from (who you are).
    case picker(Picker)
    /// Why a ready idea is not on the festival grid, and the change that lets it in.
    case reasons(ReasonsWindow)
}
