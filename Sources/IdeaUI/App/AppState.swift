import IdeaModel

/// The screens of the app. Only the dashboard exists so far; the others come later.
public enum ScreenID: Hashable, Sendable {
    case dashboard
}

/// Everything the interface shows, as one value. `update` is the only way it changes, and
/// `render` draws it, so both can be tested without a terminal.
public struct AppState: Equatable, Sendable {
    public private(set) var database: Database
    /// Figures derived from `database`, kept in step with it.
    public private(set) var stats: DatabaseStats
    /// The newest log entries, newest first (enough for any screen height).
    public private(set) var recent: [LogEntry]
    /// The database file, as given on the command line.
    public var path: String
    public var size: Size
    public var screen: ScreenID = .dashboard
    public var showingHelp = false
    /// False once the user has asked to quit.
    public var isRunning = true
    public var keyMap: KeyMap

    public static let recentKept = 100

    public init(database: Database, path: String, size: Size, keyMap: KeyMap = .standard) {
        self.database = database
        stats = DatabaseStats(database)
        recent = database.recentActivity(AppState.recentKept)
        self.path = path
        self.size = size
        self.keyMap = keyMap
    }

    /// Replaces the database (after a command or a reload) and the figures drawn from it.
    public mutating func setDatabase(_ db: Database) {
        database = db
        stats = DatabaseStats(db)
        recent = db.recentActivity(AppState.recentKept)
    }

    /// Where keys are read right now.
    public var keyContext: KeyContext { showingHelp ? .help : .dashboard }

    /// True when the terminal is big enough for the current screen.
    public var fits: Bool { size.covers(Layout.minimum) }

    /// Applies one action. Pure: the result depends only on the state and the action.
    @discardableResult
    public mutating func update(_ action: Action) -> Effect {
        switch action {
        case .quit:
            isRunning = false
            return .quit
        case .resize(let newSize):
            size = newSize
            return .none
        case .redraw:
            return .redrawAll
        case .toggleHelp:
            showingHelp.toggle()
            return .none
        case .closeHelp:
            showingHelp = false
            return .none
        case .click(let row, let col):
            guard let hit = StatusLine.binding(at: row, col: col, in: self) else { return .none }
            return update(hit.action)
        case .doubleClick, .scroll:
            return .none
        }
    }

    /// A key press: looked up in the key map for the current context, then applied.
    /// Keys that mean nothing here change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect {
        guard let action = keyMap.action(for: key, in: keyContext) else { return .none }
        return update(action)
    }
}
