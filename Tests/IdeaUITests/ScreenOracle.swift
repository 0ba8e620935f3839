import IdeaModel
@testable import IdeaUI

/// What the screens must hold, worked out from the database alone: the fuzzers ask it
/// after every step. Each list's rows are recomputed here from the records and the list's
/// filters with rules written out again (not the list specs' code), so a list that lost
/// its rows, kept stale ones or filters wrongly is caught even when nothing crashes.
enum ScreenOracle {
    /// Everything wrong with a state, in words; empty when all holds.
    static func problems(_ state: AppState) -> [String] {
        var out: [String] = []
        let db = state.database
        if case .list(let kind) = state.route, state.lists[kind] == nil {
            out.append("the \(kind) list is on screen but was never built")
        }
        for (kind, list) in state.lists {
            // The text filter looks through the text a search does; only that text comes from
            // the list's own spec, the matching is done here.
            let text = ListSpec.of(kind, state.listContext).searchText
            let expected = expectedRows(kind, filters: list.filters, in: db, text: text)
            if list.rows.count != expected.count || Set(list.rows) != expected {
                out.append("\(kind): \(list.rows.count) rows, the filters \(list.filters) give \(expected.count)")
            }
            if !list.rows.isEmpty, !list.rows.indices.contains(list.selected) {
                out.append("\(kind): selection \(list.selected) outside \(list.rows.count) rows")
            }
            if !list.rows.isEmpty, !(list.top...list.top + state.listHeight - 1).contains(list.selected) {
                out.append("\(kind): selection \(list.selected) not in view (top \(list.top), \(state.listHeight) rows)")
            }
        }
        out += gridProblems(state)
        out += boardAndDashboardProblems(state)
        return out
    }

    /// The board's selected card is one of its column's cards (the ideas list's rows of
    /// that stage), and the dashboard's selected figure is one it shows.
    static func boardAndDashboardProblems(_ state: AppState) -> [String] {
        var out: [String] = []
        let rows = state.list(.ideas).rows
        for (c, stage) in Stage.allCases.enumerated() where state.board.row.indices.contains(c) {
            let cards = rows.filter { state.database.ideas[$0].stage == stage }.count
            if state.board.row[c] != 0, !(0..<cards).contains(state.board.row[c]) {
                out.append("board: card \(state.board.row[c]) selected in \(stage), which has \(cards)")
            }
        }
        if !(0..<Stage.allCases.count).contains(state.board.column) { out.append("board: column \(state.board.column)") }
        if state.fits {
            let figures = state.dashboardLayout.items.count
            if figures > 0, !(0..<figures).contains(state.dashboard.selection) {
                out.append("dashboard: figure \(state.dashboard.selection) selected of \(figures)")
            }
        }
        return out
    }

    /// The grid's cursor is on a venue and a column inside the day, and in view.
    static func gridProblems(_ state: AppState) -> [String] {
        let f = state.database.festival, grid = state.grid
        var out: [String] = []
        let venues = state.database.venues.count
        if venues > 0, !(0..<venues).contains(grid.venue) { out.append("grid: venue \(grid.venue) of \(venues)") }
        if venues == 0, grid.venue != 0 { out.append("grid: venue \(grid.venue) with no venues") }
        let minute = grid.minute ?? f.dayStart.minutes
        if minute < f.dayStart.minutes || minute + grid.zoom > max(f.dayEnd.minutes, f.dayStart.minutes + grid.zoom) {
            out.append("grid: cursor at minute \(minute), outside the day \(f.dayStart.text)–\(f.dayEnd.text)")
        }
        if (minute - f.dayStart.minutes) % grid.zoom != 0 { out.append("grid: cursor at minute \(minute), off the \(grid.zoom)′ columns") }
        let rows = GridLayout.visibleRows(state), cols = GridLayout.visibleColumns(state)
        if venues > 0, !(grid.top..<grid.top + rows).contains(grid.venue) {
            out.append("grid: venue \(grid.venue) not in view (top \(grid.top), \(rows) rows)")
        }
        let left = grid.left ?? f.dayStart.minutes
        if !(left..<left + cols * grid.zoom).contains(minute) {
            out.append("grid: minute \(minute) not in view (left \(left), \(cols) columns of \(grid.zoom)′)")
        }
        return out
    }

    /// The record positions a list of `kind` must show under `filters`: filters of one
    /// group are alternatives, groups all apply.
    static func expectedRows(_ kind: ListKind, filters: Set<FilterToken>, in db: Database,
                             text: (Int) -> String = { _ in "" }) -> Set<Int> {
        let groups = Dictionary(grouping: filters, by: \.group)
        let count: Int
        switch kind {
        case .ideas: count = db.ideas.count
        case .people: count = db.people.count
        case .teams: count = db.teams.count
        case .mentors: count = db.people.filter { $0.mentor != nil }.count
        case .venues: count = db.venues.count
        case .forums: count = db.forums.count + db.sessions.count
        case .log: count = db.log.count
        }
        return Set((0..<count).filter { row in
            groups.values.allSatisfy { tokens in
                tokens.contains { token in
                    if case .text(let words) = token { return containsEveryWord(text(row), words) }
                    return passes(kind, row, token, db)
                }
            }
        })
    }

    /// Case and diacritics ignored: every word of `words` is somewhere in `text`.
    static func containsEveryWord(_ text: String, _ words: String) -> Bool {
        let haystack = SearchText.fold(text)
        return SearchText.fold(words).split(separator: " ").allSatisfy { haystack.contains($0) }
    }

    /// Whether record `row` of a kind passes one filter; a filter that says nothing about
    /// the kind lets every record through.
    static func passes(_ kind: ListKind, _ row: Int, _ token: FilterToken, _ db: Database) -> Bool {
        switch kind {
        case .ideas:
            let idea = db.ideas[row]
            let team = db.teams.first { $0.ideaId == idea.id }
            let active = ![Stage.parked, .withdrawn, .delivered].contains(idea.stage)
            switch token {
            case .stage(let stage): return idea.stage == stage
            case .sector(let sector): return idea.sectors.contains(sector)
            case .district(let district): return idea.district == district
            case .mentor(let id): return team?.mentorIds.contains(id) == true
            case .needsTeam: return team == nil && active && idea.stage != .shared
            case .needsMentor: return team.map { $0.mentorIds.isEmpty && active } ?? false
            default: return true
            }
        case .people:
            let person = db.people[row]
            switch token {
            case .role(let role): return person.roles.contains(role)
            case .sector(let sector): return person.sectors.contains(sector)
            default: return true
            }
        case .teams:
            let team = db.teams[row]
            let idea = db.ideas.first { $0.id == team.ideaId }
            switch token {
            case .stage(let stage): return idea?.stage == stage
            case .sector(let sector): return idea?.sectors.contains(sector) == true
            case .needsMentor:
                return team.mentorIds.isEmpty && idea.map { ![Stage.parked, .withdrawn, .delivered].contains($0.stage) } == true
            case .hasOpenRoles: return !team.openRoles.isEmpty
            default: return true
            }
        case .mentors:
            let person = db.people.filter { $0.mentor != nil }[row]
            let load = db.teams.filter { $0.mentorIds.contains(person.id) }.count
            let capacity = person.mentor?.capacity ?? 0
            switch token {
            case .hasRoom: return load < capacity
            case .atCapacity: return load >= capacity
            case .sector(let sector): return person.sectors.contains(sector)
            default: return true
            }
        case .venues:
            let venue = db.venues[row]
            switch token {
            case .district(let district): return venue.district == district
            case .feature(let feature): return venue.features.contains(feature)
            default: return true
            }
        case .forums:
            switch token {
            case .forumsOnly: return row < db.forums.count
            case .workshopsOnly: return row >= db.forums.count
            default: return true
            }
        case .log:
            let entry = db.log[row]
            switch token {
            case .actor(let id): return entry.by == id
            case .logKind(let kind): return entry.kind == kind
            case .idea(let id): return entry.ideaId == id
            default: return true
            }
        }
    }
}
