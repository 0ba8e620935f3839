import IdeaModel

/// The first screen: how the season stands at a glance. Every figure is an item that
/// leads to the list behind it.
///
/// ```
/// tab bar
/// festival title · day · N/100 scheduled
/// Ideas by stage (pipeline, then parked, withdrawn) │ Sectors: ideas, scheduled, balance
///                                                   │ Teams & mentors
/// Top districts (then mentor load when tall)        │ Recent activity
/// status line
/// ```
public enum DashboardView {
    /// Rows of the upper part: a heading and ten stages.
    static let upperRows = 11

    /// A figure on the dashboard, where it is, and where Enter on it goes.
    struct Item {
        var rect: Rect
        var target: Target
    }

    enum Target: Equatable {
        case ideas(Set<FilterToken>)
        case teams(Set<FilterToken>)
        case mentors(Set<FilterToken>)
        case idea(String)
        case person(String)
    }

    public static func draw(_ state: AppState, into screen: inout Screen) {
        let items = layout(state, into: &screen)
        if items.indices.contains(state.dashboardSelection) {
            screen.highlight(items[state.dashboardSelection].rect)
        }
    }

    /// Draws the dashboard and returns its items, top to bottom, left half first: the
    /// first is the first stage of the pipeline, selected when the app starts; the
    /// festival's N/100 heads the right half.
    static func layout(_ state: AppState, into screen: inout Screen) -> [Item] {
        var left: [Item] = [], right: [Item] = []
        festivalLine(state, into: &screen, items: &right)
        let gap = 2
        let leftWidth = (screen.cols - gap) / 2
        let rightCol = leftWidth + gap
        let rightWidth = screen.cols - rightCol
        let bodyTop = 2
        let bodyBottom = screen.rows - 1  // status line below
        let upper = min(upperRows, bodyBottom - bodyTop)

        stages(state, in: Rect(row: bodyTop, col: 0, width: leftWidth, height: upper), into: &screen, items: &left)
        let sectorRect = Rect(row: bodyTop, col: rightCol, width: rightWidth, height: min(6, upper))
        sectors(state, in: sectorRect, into: &screen, items: &right)
        mentors(state, in: Rect(row: sectorRect.bottom + 1, col: rightCol, width: rightWidth,
                                height: bodyTop + upper - sectorRect.bottom - 1), into: &screen, items: &right)

        let lowerTop = bodyTop + upper + 1
        let lowerHeight = bodyBottom - lowerTop
        if lowerHeight > 1 {
            leftLower(state, in: Rect(row: lowerTop, col: 0, width: leftWidth, height: lowerHeight), into: &screen, items: &left)
            activity(state, in: Rect(row: lowerTop, col: rightCol, width: rightWidth, height: lowerHeight), into: &screen, items: &right)
        }
        return left + right
    }

    // MARK: Parts

    static func festivalLine(_ state: AppState, into screen: inout Screen, items: inout [Item]) {
        let festival = state.database.festival
        let s = state.strings
        let right = s.scheduledOf(state.stats.scheduled, state.stats.target)
        let rightWidth = DisplayWidth.of(right)
        screen.write("\(festival.title) · \(s.date(festival.day))", row: 1, col: 0, width: max(0, screen.cols - rightWidth - 2),
                     style: Styles.heading)
        let col = max(0, screen.cols - rightWidth)
        screen.write(right, row: 1, col: col, style: Styles.number)
        items.append(Item(rect: Rect(row: 1, col: col, width: rightWidth, height: 1), target: .ideas([.stage(.scheduled)])))
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

    static func stages(_ state: AppState, in r: Rect, into screen: inout Screen, items: inout [Item]) {
        let stats = state.stats, s = state.strings
        Frame.heading(s.dashIdeasByStage, right: s.dashInAll(stats.ideaCount), in: r, into: &screen)
        let order = Stage.pipeline + [.parked, .withdrawn]
        let top = order.map { stats.byStage[$0] ?? 0 }.max() ?? 0
        let labelWidth = max(10, order.map { DisplayWidth.of(s.stage($0)) }.max() ?? 0) + 1
        for (i, stage) in order.enumerated() where i + 1 < r.height {
            let inactive = stage == .parked || stage == .withdrawn
            barRow(s.stage(stage), stats.byStage[stage] ?? 0, maxValue: top, labelWidth: labelWidth, row: r.row + 1 + i, in: r,
                   style: inactive ? Styles.muted : Style(.stage(stage)), into: &screen)
            items.append(Item(rect: Rect(row: r.row + 1 + i, col: r.col, width: r.width, height: 1), target: .ideas([.stage(stage)])))
        }
    }

    /// Each sector: its ideas, its scheduled interventions and their share of all, its
    /// share of the ideas ready or later, ▼ when it falls behind, and a bar of the
    /// scheduled share. Narrower, the ideas and then the counts give way to the shares.
    static func sectors(_ state: AppState, in r: Rect, into screen: inout Screen, items: inout [Item]) {
        let stats = state.stats, s = state.strings, n = s.screen
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
        for (i, share) in stats.sectorBalance.shares.enumerated() where i + 1 < r.height {
            let row = r.row + 1 + i
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
            items.append(Item(rect: Rect(row: row, col: r.col, width: r.width, height: 1), target: .ideas([.sector(share.sector)])))
        }
    }

    static func mentors(_ state: AppState, in r: Rect, into screen: inout Screen, items: inout [Item]) {
        let stats = state.stats, s = state.strings
        Frame.heading(s.dashTeamsMentors, in: r, into: &screen)
        let unmentored = stats.teamsWithoutMentor.count
        let free = stats.mentorLoads.reduce(0) { $0 + max(0, $1.capacity - $1.teams) }
        let lines: [(String, String, Style, Target)] = [
            (s.dashTeamsWithoutMentor, String(unmentored), unmentored > 0 ? Styles.warning : Styles.good, .teams([.needsMentor])),
            (s.dashMentorsAtCapacity, s.dashOf(stats.mentorsAtCapacity, stats.mentorLoads.count), Styles.number, .mentors([.atCapacity])),
            (s.dashFreePlaces, String(free), free > 0 ? Styles.number : Styles.warning, .mentors([.hasRoom])),
        ]
        for (i, line) in lines.enumerated() where i + 1 < r.height {
            let row = r.row + 1 + i
            let vw = DisplayWidth.of(line.1)
            screen.write(line.0, row: row, col: r.col, width: max(0, r.width - vw - 1))
            screen.write(line.1, row: row, col: r.right - vw, style: line.2)
            items.append(Item(rect: Rect(row: row, col: r.col, width: r.width, height: 1), target: line.3))
        }
    }

    /// Top districts; on a tall terminal, the mentors' load below them.
    static func leftLower(_ state: AppState, in r: Rect, into screen: inout Screen, items: inout [Item]) {
        let stats = state.stats, s = state.strings
        let districts = stats.districtsByCount
        let mentors = stats.mentorLoads
        let tall = r.height >= 16 && !mentors.isEmpty
        let mentorBlock = tall ? min(mentors.count, 12) + 2 : 0  // a blank row, a heading, the mentors
        let shownDistricts = max(0, min(districts.count, max(tall ? 5 : 0, r.height - 1 - mentorBlock)))
        Frame.heading(s.dashTopDistricts, right: s.dashWithIdeas(districts.count), in: r, into: &screen)
        let top = districts.first?.count ?? 0
        if districts.isEmpty && r.height > 1 {
            screen.write(s.dashNoIdeas, row: r.row + 1, col: r.col, width: r.width, style: Styles.muted)
        }
        for i in 0..<shownDistricts where i + 1 < r.height {
            barRow(districts[i].district, districts[i].count, maxValue: top, labelWidth: 13, row: r.row + 1 + i, in: r, into: &screen)
            items.append(Item(rect: Rect(row: r.row + 1 + i, col: r.col, width: 18, height: 1), target: .ideas([.district(districts[i].district)])))
        }
        guard tall else { return }
        let mentorTop = r.row + 1 + shownDistricts + 1
        let mentorRows = r.bottom - mentorTop - 1
        guard mentorRows >= 1 else { return }
        Frame.heading(s.dashMentorLoad, right: s.dashTeamsCapacity, in: Rect(row: mentorTop, col: r.col, width: r.width, height: 1), into: &screen)
        let loads = mentors.sorted { a, b in
            let fa = a.capacity > 0 ? Double(a.teams) / Double(a.capacity) : 1
            let fb = b.capacity > 0 ? Double(b.teams) / Double(b.capacity) : 1
            if fa != fb { return fa > fb }
            return LithuanianOrder.less(a.name, b.name)
        }
        // One gauge cell per place while capacities are small, so a glance shows who has room.
        let gaugeWidth = min(10, loads.map(\.capacity).max() ?? 0)
        let figureWidth = 5
        let nameWidth = r.width - figureWidth - 2 - gaugeWidth
        for (i, load) in loads.prefix(mentorRows).enumerated() {
            let row = mentorTop + 1 + i
            let full = load.teams >= load.capacity
            screen.write(load.name, row: row, col: r.col, width: max(0, nameWidth - 1))
            screen.write("\(load.teams)/\(load.capacity)", row: row, col: r.col + nameWidth, exactly: figureWidth, alignRight: true,
                         style: full ? Styles.warning : Styles.number)
            items.append(Item(rect: Rect(row: row, col: r.col, width: nameWidth + figureWidth, height: 1), target: .person(load.personId)))
            let cells = min(load.capacity, gaugeWidth)
            guard cells > 0 else { continue }
            let used = load.capacity <= gaugeWidth ? min(load.teams, cells) : min(cells, barLength(load.teams, of: load.capacity, width: cells))
            let gaugeCol = r.right - gaugeWidth
            screen.repeating("█", count: used, row: row, col: gaugeCol, style: full ? Styles.warning : Styles.bar)
            screen.repeating("░", count: cells - used, row: row, col: gaugeCol + used, style: Styles.muted)
        }
    }

    static func activity(_ state: AppState, in r: Rect, into screen: inout Screen, items: inout [Item]) {
        let s = state.strings
        Frame.heading(s.dashRecent, in: r, into: &screen)
        let entries = Array(state.recent.prefix(max(0, r.height - 1)))
        if entries.isEmpty {
            if r.height > 1 { screen.write(s.dashNothingLogged, row: r.row + 1, col: r.col, width: r.width, style: Styles.muted) }
            return
        }
        for (i, entry) in entries.enumerated() {
            let row = r.row + 1 + i
            let when = state.zone.monthDayAndTime(entry.at)
            let w = screen.write(when, row: row, col: r.col, width: r.width, style: Styles.muted)
            var what = entry.summary
            if let id = entry.ideaId, let index = state.index.idea[id] { what = state.database.ideas[index].title + ": " + what }
            screen.write(what, row: row, col: r.col + w + 1, width: max(0, r.width - w - 1))
            if let id = entry.ideaId, state.index.idea[id] != nil {
                items.append(Item(rect: Rect(row: row, col: r.col, width: r.width, height: 1), target: .idea(id)))
            }
        }
    }
}

