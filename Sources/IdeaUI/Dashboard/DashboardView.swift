import IdeaModel

/// The first screen: how the season stands at a glance. Every figure is an item that
/// leads to the list behind it; where each part goes is `DashboardLayout`'s.
public enum DashboardView {
    public static func draw(_ state: AppState, into screen: inout Screen) {
        let layout = DashboardLayout(state, size: screen.size)
        festivalLine(state, layout, into: &screen)
        stages(state, in: layout.stages, into: &screen)
        sectors(state, in: layout.sectors, into: &screen)
        mentors(state, in: layout.teams, into: &screen)
        if let districts = layout.districts { leftLower(state, layout, in: districts, into: &screen) }
        if let part = layout.activity { activity(state, in: part, into: &screen) }
        if layout.items.indices.contains(state.dashboard.selection) {
            screen.highlight(layout.items[state.dashboard.selection].rect)
        }
    }

    // MARK: Parts

    static func festivalLine(_ state: AppState, _ layout: DashboardLayout, into screen: inout Screen) {
        let festival = state.database.festival
        let s = state.strings
        screen.write("\(festival.title) · \(s.date(festival.day))", row: 1, col: 0,
                     width: max(0, screen.cols - layout.festival.width - 2), style: Styles.heading)
        screen.write(layout.festivalFigure, row: 1, col: layout.festival.col, style: Styles.number)
    }

    /// A label, a right-aligned count and a bar scaled to `maxValue`.
    static func barRow(_ label: String, _ value: Int, maxValue: Int, labelWidth: Int, row: Int, in r: Rect,
                       style: Style = .plain, into screen: inout Screen) {
        let countWidth = 5
        screen.write(label, row: row, col: r.col, exactly: labelWidth, style: style)
        screen.write(String(value), row: row, col: r.col + labelWidth, exactly: countWidth, alignRight: true,
                     style: style == .plain ? Styles.number : style)
        let barCol = r.col + labelWidth + countWidth + 1
        let barWidth = r.right - barCol
        guard barWidth >= 3 else { return }
        screen.repeating("█", count: barLength(value, of: maxValue, width: barWidth), row: row, col: barCol,
                         style: style == .plain ? Styles.bar : style)
    }

    /// Bar cells for `value` out of `maxValue`: at least one for any value above zero.
    static func barLength(_ value: Int, of maxValue: Int, width: Int) -> Int {
        guard value > 0, maxValue > 0, width > 0 else { return 0 }
        return max(1, min(width, (value * width + maxValue / 2) / maxValue))
    }

    static func stages(_ state: AppState, in part: DashboardLayout.Part, into screen: inout Screen) {
        let stats = state.stats, s = state.strings, r = part.rect
        Frame.heading(s.dashIdeasByStage, right: s.dashInAll(stats.ideaCount), in: r, into: &screen)
        let order = DashboardLayout.stageOrder
        let top = order.map { stats.byStage[$0] ?? 0 }.max() ?? 0
        let labelWidth = max(10, order.map { DisplayWidth.of(s.stage($0)) }.max() ?? 0) + 1
        for (i, stage) in order.prefix(part.rows).enumerated() {
            let inactive = stage == .parked || stage == .withdrawn
            barRow(s.stage(stage), stats.byStage[stage] ?? 0, maxValue: top, labelWidth: labelWidth, row: part.row(i), in: r,
                   style: inactive ? Styles.muted : Style(.stage(stage)), into: &screen)
        }
    }

    /// Each sector: its ideas, its scheduled interventions and their share of all, its
    /// share of the ideas ready or later, ▼ when it falls behind, and a bar of the
    /// scheduled share. Narrower, the ideas and then the counts give way to the shares.
    static func sectors(_ state: AppState, in part: DashboardLayout.Part, into screen: inout Screen) {
        let stats = state.stats, s = state.strings, n = s.screen, r = part.rect
        let labelWidth = 12, markWidth = 2
        Frame.heading(s.dashSectors, in: r, into: &screen)
        typealias Shape = (ideas: Bool, counts: Bool, scheduled: String, ready: String)
        let shapes: [Shape] = [(true, true, n.balanceScheduled, n.balanceReady), (true, true, n.balanceScheduledShort, n.balanceReadyShort),
                               (false, true, n.balanceScheduledShort, n.balanceReadyShort), (false, false, n.balanceScheduledShort, n.balanceReadyShort)]
        func widths(_ shape: Shape) -> (ideas: Int, scheduled: Int, ready: Int) {
            (shape.ideas ? max(6, DisplayWidth.of(s.dashIdeasColumn) + 1) : 0,
             max(shape.counts ? 9 : 5, DisplayWidth.of(shape.scheduled) + 1), max(5, DisplayWidth.of(shape.ready) + 1))
        }
        let shape = shapes.first { let w = widths($0); return labelWidth + w.ideas + w.scheduled + w.ready + markWidth <= r.width }
            ?? shapes[shapes.count - 1]
        let w = widths(shape)
        let ideasCol = r.col + labelWidth, scheduledCol = ideasCol + w.ideas, readyCol = scheduledCol + w.scheduled
        let markCol = readyCol + w.ready, barCol = markCol + markWidth
        // Column names over the figures, set into the heading's rule.
        if r.width >= barCol - r.col {
            if shape.ideas {
                screen.write(s.dashIdeasColumn, row: r.row, col: ideasCol, exactly: w.ideas, alignRight: true, style: Styles.muted)
            }
            screen.write(shape.scheduled, row: r.row, col: scheduledCol, exactly: w.scheduled, alignRight: true, style: Styles.muted)
            screen.write(shape.ready, row: r.row, col: readyCol, exactly: w.ready, alignRight: true, style: Styles.muted)
            if markCol < r.right { screen.write(" ", row: r.row, col: markCol) }
        }
        let barWidth = r.right - barCol
        for (i, share) in stats.sectorBalance.shares.prefix(part.rows).enumerated() {
            let row = part.row(i)
            let style = Style(.sector(share.sector))
            screen.write(s.sector(share.sector), row: row, col: r.col, exactly: labelWidth, style: style)
            if shape.ideas {
                screen.write(String(stats.bySector[share.sector] ?? 0), row: row, col: ideasCol, exactly: w.ideas, alignRight: true,
                             style: Styles.number)
            }
            let scheduled = (shape.counts ? "\(share.scheduled) " : "") + "\(share.scheduledPercent)%"
            screen.write(scheduled, row: row, col: scheduledCol, exactly: w.scheduled, alignRight: true, style: Styles.number)
            screen.write("\(share.readyOrLaterPercent)%", row: row, col: readyCol, exactly: w.ready, alignRight: true,
                         style: Styles.muted)
            if share.behind { screen.write(" " + n.behindMark, row: row, col: markCol, style: Styles.warning) }
            if barWidth >= 3 {
                screen.repeating("█", count: barLength(share.scheduledPercent, of: 100, width: barWidth), row: row, col: barCol, style: style)
            }
        }
    }

    /// Teams with no mentor, mentors at capacity, free places (in the order of the
    /// layout's targets).
    static func mentors(_ state: AppState, in part: DashboardLayout.Part, into screen: inout Screen) {
        let stats = state.stats, s = state.strings, r = part.rect
        Frame.heading(s.dashTeamsMentors, in: r, into: &screen)
        let unmentored = stats.teamsWithoutMentor.count
        let free = stats.mentorLoads.reduce(0) { $0 + max(0, $1.capacity - $1.teams) }
        let lines: [(String, String, Style)] = [
            (s.dashTeamsWithoutMentor, String(unmentored), unmentored > 0 ? Styles.warning : Styles.good),
            (s.dashMentorsAtCapacity, s.dashOf(stats.mentorsAtCapacity, stats.mentorLoads.count), Styles.number),
            (s.dashFreePlaces, String(free), free > 0 ? Styles.number : Styles.warning),
        ]
        for (i, line) in lines.prefix(part.rows).enumerated() {
            let row = part.row(i)
            let vw = DisplayWidth.of(line.1)
            screen.write(line.0, row: row, col: r.col, width: max(0, r.width - vw - 1))
            screen.write(line.1, row: row, col: r.right - vw, style: line.2)
        }
    }

    /// Top districts; on a tall terminal, the mentors' load below them.
    static func leftLower(_ state: AppState, _ layout: DashboardLayout, in part: DashboardLayout.Part, into screen: inout Screen) {
        let s = state.strings, r = part.rect
        let districts = layout.districtList
        Frame.heading(s.dashTopDistricts, right: s.dashWithIdeas(districts.count), in: r, into: &screen)
        let top = districts.first?.count ?? 0
        if districts.isEmpty && r.height > 1 {
            screen.write(s.dashNoIdeas, row: r.row + 1, col: r.col, width: r.width, style: Styles.muted)
        }
        for i in 0..<part.rows {
            barRow(districts[i].district, districts[i].count, maxValue: top, labelWidth: 13, row: part.row(i), in: r, into: &screen)
        }
        guard let loads = layout.loads else { return }
        Frame.heading(s.dashMentorLoad, right: s.dashTeamsCapacity, in: loads.heading, into: &screen)
        let gaugeWidth = loads.gaugeWidth
        let figureWidth = DashboardLayout.Loads.figureWidth
        let nameWidth = loads.nameWidth
        for (i, load) in loads.loads.enumerated() {
            let row = loads.heading.row + 1 + i
            let full = load.teams >= load.capacity
            screen.write(load.name, row: row, col: r.col, width: max(0, nameWidth - 1))
            screen.write("\(load.teams)/\(load.capacity)", row: row, col: r.col + nameWidth, exactly: figureWidth, alignRight: true,
                         style: full ? Styles.warning : Styles.number)
            let cells = min(load.capacity, gaugeWidth)
            guard cells > 0 else { continue }
            let used = load.capacity <= gaugeWidth ? min(load.teams, cells) : min(cells, barLength(load.teams, of: load.capacity, width: cells))
            let gaugeCol = r.right - gaugeWidth
            screen.repeating("█", count: used, row: row, col: gaugeCol, style: full ? Styles.warning : Styles.bar)
            screen.repeating("░", count: cells - used, row: row, col: gaugeCol + used, style: Styles.muted)
        }
    }

    static func activity(_ state: AppState, in part: DashboardLayout.Part, into screen: inout Screen) {
        let s = state.strings, r = part.rect
        Frame.heading(s.dashRecent, in: r, into: &screen)
        let entries = Array(state.recent.prefix(part.rows))
        if entries.isEmpty {
            if r.height > 1 { screen.write(s.dashNothingLogged, row: r.row + 1, col: r.col, width: r.width, style: Styles.muted) }
            return
        }
        for (i, entry) in entries.enumerated() {
            let row = part.row(i)
            let when = state.zone.monthDayAndTime(entry.at)
            let w = screen.write(when, row: row, col: r.col, width: r.width, style: Styles.muted)
            var what = entry.summary
            if let id = entry.ideaId, let index = state.index.idea[id] { what = state.database.ideas[index].title + ": " + what }
            screen.write(what, row: row, col: r.col + w + 1, width: max(0, r.width - w - 1))
        }
    }
}

