import IdeaModel

/// The festival grid: a header that always says N/target scheduled, the venues in use
/// and the balance across the sectors; the time axis; a row per venue with each
/// intervention as a block in its first sector's colour (pinned ones marked "!",
/// delivered ones "✓"); the cursor; and the ready ideas still waiting for a place.
enum GridView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let s = state.strings, f = state.database.festival, fs = s.festival
        let venues = GridLayout.venues(state.database)
        let first = GridLayout.firstRow(state)
        header(state, into: &screen)
        guard !venues.isEmpty else {
            screen.write(fs.noVenues, row: first, col: 1, width: screen.cols - 2, style: Styles.muted)
            return
        }
        let nameW = GridLayout.nameWidth(state), cw = GridLayout.cellWidth
        let cols = GridLayout.visibleColumns(state), rows = GridLayout.visibleRows(state)
        let zoom = state.grid.zoom
        let left = state.grid.left ?? f.dayStart.minutes
        let right = left + cols * zoom
        // The axis: a time where a column starts on the hour (or every column at 60).
        for c in 0..<cols {
            let minute = left + c * zoom
            guard minute % 60 == 0 || (zoom == 60) else { continue }
            let label = zoom == 60 ? pad2(minute / 60) : pad2(minute / 60) + ":" + pad2(minute % 60)
            screen.write(label, row: first - 1, col: nameW + c * cw, width: cw * (zoom == 60 ? 1 : 60 / zoom), style: Styles.muted)
        }
        func idea(_ id: String) -> Idea? { state.index.idea[id].map { state.database.ideas[$0] } }
        for r in 0..<rows {
            let v = state.grid.top + r
            guard venues.indices.contains(v) else { break }
            let venue = venues[v], row = first + r
            // Cut in the middle, so venues named for their district stay apart ("Kultūros…Šilainiai").
            screen.write(TextFit.truncateMiddle(venue.name, to: nameW - 1), row: row, col: 0, width: nameW - 1,
                         style: v == state.grid.venue ? Styles.heading : .plain)
            // Closed hours are dotted, open ones blank.
            for c in 0..<cols {
                let minute = left + c * zoom
                let open = minute >= venue.opens.minutes && minute < venue.closes.minutes && minute < f.dayEnd.minutes
                screen.write(open ? "   ·" : "····", row: row, col: nameW + c * cw, width: cw, style: Styles.rule)
            }
            for slot in f.slots where slot.venueId == venue.id && slot.end.minutes > left && slot.start.minutes < right {
                guard slot.ideaId != state.grid.carrying else { continue }
                block(slot.start.minutes, slot.end.minutes, idea(slot.ideaId), pinned: slot.pinned, row: row, state, into: &screen)
            }
        }
        // The cursor, or the intervention being moved where it would go.
        let cursorRow = first + state.grid.venue - state.grid.top
        let minute = GridLayout.cursorMinute(state)
        if let carrying = state.grid.carrying, let idea = idea(carrying), let length = idea.plan?.durationMinutes {
            block(minute, minute + length, idea, pinned: false, row: cursorRow, state, into: &screen, ghost: true)
        }
        let cursorCol = nameW + (minute - left) / zoom * cw
        if cursorRow >= first, cursorRow < first + rows {
            screen.highlight(Rect(row: cursorRow, col: cursorCol, width: cw, height: 1))
        }
        side(state, venues: venues.count, into: &screen)
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// One intervention from `start` to `end` minutes, clipped to what is shown.
    static func block(_ start: Int, _ end: Int, _ idea: Idea?, pinned: Bool, row: Int, _ state: AppState,
                      into screen: inout Screen, ghost: Bool = false) {
        let nameW = GridLayout.nameWidth(state), cw = GridLayout.cellWidth, zoom = state.grid.zoom
        let left = state.grid.left ?? state.database.festival.dayStart.minutes
        let cols = GridLayout.visibleColumns(state)
        let from = max(0, (start - left) / zoom), to = min(cols, (end - left + zoom - 1) / zoom)
        guard to > from else { return }
        let width = (to - from) * cw - 1
        guard width >= 1 else { return }
        let role: ColorRole = idea?.sectors.first.map(ColorRole.sector) ?? .normal
        let style = ghost ? Style(role, bold: true, underline: true) : Style(role, reverse: true)
        let mark = idea?.stage == .delivered ? "✓" : pinned ? "!" : ""
        let text = mark + (idea?.title ?? "?")
        screen.write(text, row: row, col: nameW + from * cw, exactly: width, style: style)
    }

    /// The header's pieces by line: the title, N/target and the venues in use, then each
    /// sector's share of the scheduled interventions beside its share of the ideas ready
    /// or later (▼ when it falls behind) — on one line when they fit, else the sectors
    /// below, never cut inside a sector. On a narrow screen the counts come first, so it
    /// is the title that is cut.
    static func headerLines(_ state: AppState) -> [[(String, Style)]] {
        let s = state.strings, f = state.database.festival
        let used = Set(f.slots.map(\.venueId)).count
        let title: (String, Style) = (f.title + " · " + s.date(f.day) + "  ", Styles.heading)
        let counts: [(String, Style)] = [(s.festival.scheduledOf(f.slots.count, f.target), Styles.number),
                                         ("  " + s.festival.venuesInUse(used, state.database.venues.count) + " ", Styles.muted)]
        // Groups of pieces that stay on one line together.
        var groups: [[(String, Style)]] = [[(" " + s.screen.balanceLegend, Styles.muted)]]
        for share in state.stats.sectorBalance.shares {
            var group = [(" " + s.sector(share.sector) + " \(share.scheduledPercent)%/\(share.readyOrLaterPercent)%",
                          Style(ColorRole.sector(share.sector)))]
            if share.behind { group.append((s.screen.behindMark, Styles.warning)) }
            groups.append(group)
        }
        func width(_ line: [(String, Style)]) -> Int { line.reduce(0) { $0 + DisplayWidth.of($1.0) } }
        func fits(_ line: [(String, Style)]) -> Bool { width(line) <= state.size.cols - 2 }
        let sectors = groups.flatMap { $0 }
        if fits([title] + counts + sectors) { return [[title] + counts + sectors] }
        // The sectors below, on as many lines as they need, none starting with a space.
        var below: [[(String, Style)]] = [[]]
        for group in groups {
            if !fits(below[below.count - 1] + group), !below[below.count - 1].isEmpty { below.append([]) }
            var pieces = group
            if below[below.count - 1].isEmpty { pieces[0].0 = String(pieces[0].0.drop { $0 == " " }) }
            below[below.count - 1] += pieces
        }
        return [fits([title] + counts) ? [title] + counts : counts + [("· " + title.0, title.1)]] + below
    }

    static func header(_ state: AppState, into screen: inout Screen) {
        for (row, pieces) in headerLines(state).enumerated() {
            var col = 1
            for (text, style) in pieces {
                guard col < screen.cols - 1 else { break }
                col += screen.write(text, row: 1 + row, col: col, width: screen.cols - 1 - col, style: style)
            }
        }
    }

    /// The ready ideas waiting for a place: on the right of a wide screen, else below the
    /// venues when at least three lines are left there.
    static func side(_ state: AppState, venues: Int, into screen: inout Screen) {
        let first = GridLayout.firstRow(state)
        var top = first - 1, col = screen.cols - GridLayout.sideWidth(state), width = GridLayout.sideWidth(state)
        if width == 0 {
            top = first + venues + 1
            col = 0
            width = screen.cols
            guard screen.rows - 1 - top >= 3 else { return }
        }
        let ready = state.gridReady ?? GridLayout.ready(state.database)
        screen.write(state.strings.festival.readyTitle(ready.count), row: top, col: col + 1, width: width - 2, style: Styles.heading)
        if ready.isEmpty {
            screen.write(state.strings.festival.nothingReady, row: top + 1, col: col + 1, width: width - 2, style: Styles.muted)
        }
        for (i, idea) in ready.prefix(max(0, screen.rows - top - 2)).enumerated() {
            let minutes = idea.plan.map { " \($0.durationMinutes)′" } ?? ""
            let role: ColorRole = idea.sectors.first.map(ColorRole.sector) ?? .normal
            let w = screen.write("■ ", row: top + 1 + i, col: col + 1, style: Style(role))
            screen.write(idea.title, row: top + 1 + i, col: col + 1 + w, width: width - 3 - w - DisplayWidth.of(minutes))
            screen.write(minutes, row: top + 1 + i, col: col + width - 1 - DisplayWidth.of(minutes), style: Styles.muted)
        }
    }
}
