import IdeaModel

/// Where the festival grid's cursor is, what is scrolled into view, the zoom, and the
/// intervention being moved (taken with `v`, dropped with `v` or Enter).
public struct GridState: Equatable, Sendable {
    /// The cursor's venue, as an index into `GridLayout.venues`.
    public var venue = 0
    /// The cursor's minute of the day; nil until first shown (then the day's start).
    public var minute: Int?
    public var top = 0
    public var left: Int?
    /// Minutes a column stands for: 15, 30 or 60.
    public var zoom = 15
    /// The idea whose slot is being moved.
    public var carrying: String?

    public init() {}
}

/// The grid's shape for a database and a screen size: the venues in order, the columns
/// shown, and what is under the cursor.
enum GridLayout {
    static let cellWidth = 4

    /// The first venue's row: below the header (one line, or two when the counts and the
    /// sectors' balance do not fit beside the title) and the time axis.
    static func firstRow(_ state: AppState) -> Int { 2 + GridView.headerLines(state).count }

    /// Venues by district, then name.
    static func venues(_ db: Database) -> [Venue] {
        db.venues.sorted { a, b in
            a.district != b.district ? LithuanianOrder.less(a.district, b.district)
                : a.name != b.name ? LithuanianOrder.less(a.name, b.name) : a.id < b.id
        }
    }

    static func nameWidth(_ state: AppState) -> Int {
        min(24, max(10, (state.database.venues.map { DisplayWidth.of($0.name) }.max() ?? 10) + 1), max(8, state.size.cols / 4))
    }

    /// Columns for the ready list on the right, when the screen is wide enough.
    static func sideWidth(_ state: AppState) -> Int { state.size.cols >= 110 ? 32 : 0 }

    static func visibleColumns(_ state: AppState) -> Int {
        max(1, (state.size.cols - nameWidth(state) - sideWidth(state) - 1) / cellWidth)
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, state.size.rows - firstRow(state) - 1) }

    /// The slot at the cursor, if any.
    static func slotAtCursor(_ state: AppState) -> Slot? {
        let list = venues(state.database)
        guard list.indices.contains(state.grid.venue) else { return nil }
        let venueId = list[state.grid.venue].id, minute = cursorMinute(state)
        return state.database.festival.slots.first { $0.venueId == venueId && $0.start.minutes <= minute && minute < $0.end.minutes }
    }

    static func cursorMinute(_ state: AppState) -> Int { state.grid.minute ?? state.database.festival.dayStart.minutes }

    /// Ready ideas with a plan and no slot, by title.
    static func ready(_ db: Database) -> [Idea] {
        let placed = Set(db.festival.slots.map(\.ideaId))
        return LithuanianOrder.sorted(db.ideas.filter { $0.stage == .ready && !placed.contains($0.id) }, by: \.title) { $0.id < $1.id }
    }
}

extension AppState {
    /// Moves the grid's cursor and keeps it in view.
    mutating func moveGrid(venues dv: Int = 0, columns dc: Int = 0) {
        grid.venue = grid.venue.addingClamped(dv)
        if dc != 0 { grid.minute = GridLayout.cursorMinute(self).addingClamped(dc.clamped(to: -10_000...10_000) * grid.zoom) }
        keepGridCursorInView()
    }

    /// A click on a venue's row puts the cursor there (on its name: the venue only);
    /// false when the click was elsewhere.
    mutating func selectGridCell(row: Int, col: Int) -> Bool {
        let r = row - GridLayout.firstRow(self), c = col - GridLayout.nameWidth(self)
        guard r >= 0, r < GridLayout.visibleRows(self), grid.top + r < GridLayout.venues(database).count,
              c < GridLayout.visibleColumns(self) * GridLayout.cellWidth else { return false }
        grid.venue = grid.top + r
        if c >= 0 { grid.minute = (grid.left ?? database.festival.dayStart.minutes) + c / GridLayout.cellWidth * grid.zoom }
        moveGrid()
        return true
    }

    /// Puts the cursor back inside the venues and the day (on a column of the zoom) and
    /// scrolls so it is in view, with no empty space past the last venue or the day's
    /// end. Runs after every move, resize and change of the data, so the grid is never
    /// drawn from a position the screen or the festival no longer has.
    mutating func keepGridCursorInView() {
        let f = database.festival, zoom = max(1, grid.zoom)
        let count = GridLayout.venues(database).count
        let rows = GridLayout.visibleRows(self), cols = GridLayout.visibleColumns(self)
        grid.venue = max(0, min(count - 1, grid.venue))
        grid.top = max(0, min(grid.top, count - rows))
        if grid.venue < grid.top { grid.top = grid.venue }
        if grid.venue >= grid.top + rows { grid.top = grid.venue - rows + 1 }
        let start = f.dayStart.minutes
        let last = max(start, f.dayEnd.minutes - zoom)
        func column(_ minute: Int) -> Int { start + (max(start, min(last, minute)) - start) / zoom * zoom }
        if let minute = grid.minute { grid.minute = column(minute) }
        let minute = GridLayout.cursorMinute(self)
        var left = column(min(grid.left ?? start, last - (cols - 1) * zoom))
        if minute < left { left = minute }
        if minute >= left + cols * zoom { left = column(minute - (cols - 1) * zoom) }
        grid.left = left
    }
}
