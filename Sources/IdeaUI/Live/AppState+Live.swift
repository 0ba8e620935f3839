import IdeaModel

extension AppState {
    /// Takes in a version of the file another program saved: every screen stays as it was
    /// (its selection on the same record, the scroll, the grid's cursor, any window or form
    /// with its typed text); the status line says what changed and who; the changed rows
    /// are marked until `ChangeMarks.lasting` after `now` (monotonic milliseconds); and a
    /// record open on a screen that is gone is said so, the screens from it closed.
    public mutating func takeIn(_ db: Database, at now: Int) {
        let change = OutsideChange(from: database, to: db)
        // What the gone records were called, read while they are still there.
        let gone = stack.firstIndex { $0.isDetail && !Self.exists($0, in: db) }
        let goneName = gone.map { DetailContent.of(stack[$0], self, width: size.cols - 2).0 }
        setDatabase(db)
        marks.mark(change.marks, at: now)
        let live = strings.live
        let name = { (id: String) in self.index.person[id].map { self.database.people[$0].name } ?? id }
        // The conflict panel shows what is in the file already, and its keys need the
        // status line: a notice there hid them when the save raced the file's watch.
        if case .conflict? = overlay {} else { message = change.message(live, name: name) }
        if let carried = grid.carrying, index.idea[carried] == nil { grid.carrying = nil }
        guard let gone, let goneName else { return }
        closeScreens(from: gone)
        keepCursorsInside()
        let said = live.removed(goneName, change.who(live, name: name))
        switch overlay {
        case nil, .help?, .helpOver?, .menu?:
            // A menu was about what is gone; nothing typed is in it.
            overlay = .notice(Notice(title: live.removedTitle, lines: [said, live.wentBack]))
        default:
            // A form, a prompt or a question keeps what was typed; the status line says it.
            message = said
        }
    }

    /// The file changed but does not load (half written by an editor, invalid): the last
    /// good version stays on screen and the status line says why. The next change is read
    /// again.
    public mutating func fileUnreadable(_ error: StoreError) {
        message = strings.live.unreadable(Self.reason(error, strings))
    }

    /// Drops the marks that have run out by `now`; true when the screen must be drawn again.
    public mutating func expireMarks(at now: Int) -> Bool {
        marks.expire(at: now)
    }

    /// Why a file does not load, on one line: its first problem and how many more.
    static func reason(_ error: StoreError, _ strings: Strings) -> String {
        guard case .invalid(_, let failure) = error, let first = failure.problems.first else {
            let said = strings.model.store(error)
            return said.split(separator: "\n").first.map(String.init) ?? said
        }
        let more = failure.problems.count - 1 + failure.dropped
        return first.description + (more > 0 ? " " + strings.live.moreProblems(more) : "")
    }

    /// Whether the record a screen shows is in `db`.
    static func exists(_ route: Route, in db: Database) -> Bool {
        switch route {
        case .dashboard, .list, .board, .grid: return true
        case .idea(let id): return db.ideas.contains { $0.id == id }
        case .person(let id), .mentoring(let id): return db.people.contains { $0.id == id }
        case .team(let id): return db.teams.contains { $0.id == id }
        case .venue(let id): return db.venues.contains { $0.id == id }
        case .forum(let id): return db.forums.contains { $0.id == id }
        case .session(let id): return db.sessions.contains { $0.id == id }
        }
    }
}
