import IdeaModel

/// The first screen: how the season stands at a glance.
///
/// ```
/// title bar: app · festival · day                      N/100 scheduled
/// Ideas by stage (pipeline, then parked, withdrawn) │ Sectors: ideas, scheduled, balance
///                                                   │ Teams & mentors
/// Top districts (then mentor load when tall)        │ Recent activity
/// status line
/// ```
public enum DashboardView {
    /// Rows of the upper part: a heading and ten stages.
    static let upperRows = 11

    public static func draw(_ state: AppState, into screen: inout Screen) {
        let stats = state.stats
        titleBar(state, into: &screen)
        let gap = 2
        let leftWidth = (screen.cols - gap) / 2
        let rightCol = leftWidth + gap
        let rightWidth = screen.cols - rightCol
        let bodyTop = 1
        let bodyBottom = screen.rows - 1  // status line below
        let upper = min(upperRows, bodyBottom - bodyTop)

        stages(stats, in: Rect(row: bodyTop, col: 0, width: leftWidth, height: upper), into: &screen)
        let sectorRect = Rect(row: bodyTop, col: rightCol, width: rightWidth, height: min(6, upper))
        sectors(stats, in: sectorRect, into: &screen)
        mentors(stats, in: Rect(row: sectorRect.bottom + 1, col: rightCol, width: rightWidth,
                                height: bodyTop + upper - sectorRect.bottom - 1), into: &screen)

        let lowerTop = bodyTop + upper + 1
        let lowerHeight = bodyBottom - lowerTop
        guard lowerHeight > 1 else { return }
        leftLower(stats, in: Rect(row: lowerTop, col: 0, width: leftWidth, height: lowerHeight), into: &screen)
        activity(state, in: Rect(row: lowerTop, col: rightCol, width: rightWidth, height: lowerHeight), into: &screen)
    }

    // MARK: Parts

    static func titleBar(_ state: AppState, into screen: inout Screen) {
        screen.fill(Rect(row: 0, col: 0, width: screen.cols, height: 1), style: Styles.title)
        let festival = state.database.festival
        let right = "\(state.stats.scheduled)/\(state.stats.target) scheduled "
        let rightWidth = DisplayWidth.of(right)
        let left = " Kaunas Ideas · \(festival.title) · \(festival.day.text)"
        screen.write(left, row: 0, col: 0, width: max(0, screen.cols - rightWidth - 1), style: Styles.title)
        screen.write(right, row: 0, col: max(0, screen.cols - rightWidth), style: Styles.title)
    }

    static func heading(_ title: String, right: String = "", in r: Rect, into screen: inout Screen) {
        guard r.height > 0 else { return }
        let w = screen.write(title, row: r.row, col: r.col, width: r.width, style: Styles.heading)
        let rightWidth = DisplayWidth.of(right)
        let ruleEnd = right.isEmpty ? r.right : r.right - rightWidth - 1
        if ruleEnd - (r.col + w + 1) > 0 {
            screen.repeating("─", count: ruleEnd - (r.col + w + 1), row: r.row, col: r.col + w + 1, style: Styles.rule)
        }
        if !right.isEmpty, rightWidth < r.width - w - 1 {
            screen.write(right, row: r.row, col: r.right - rightWidth, style: Styles.muted)
        }
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

    static func stages(_ stats: DatabaseStats, in r: Rect, into screen: inout Screen) {
        heading("Ideas by stage", right: "\(stats.ideaCount) in all", in: r, into: &screen)
        let order = Stage.pipeline + [.parked, .withdrawn]
        let top = order.map { stats.byStage[$0] ?? 0 }.max() ?? 0
        for (i, stage) in order.enumerated() where i + 1 < r.height {
            let inactive = stage == .parked || stage == .withdrawn
            barRow(stage.rawValue, stats.byStage[stage] ?? 0, maxValue: top, labelWidth: 10, row: r.row + 1 + i, in: r,
                   style: inactive ? Styles.muted : .plain, into: &screen)
        }
    }

    static func sectors(_ stats: DatabaseStats, in r: Rect, into screen: inout Screen) {
        let labelWidth = 11, ideasWidth = 6, scheduledWidth = 10
        heading("Sectors", in: r, into: &screen)
        // Column names over the figures, set into the heading's rule.
        if r.width > labelWidth + ideasWidth + scheduledWidth + 1 {
            screen.write("ideas", row: r.row, col: r.col + labelWidth, exactly: ideasWidth, alignRight: true, style: Styles.muted)
            screen.write("scheduled", row: r.row, col: r.col + labelWidth + ideasWidth, exactly: scheduledWidth, alignRight: true,
                         style: Styles.muted)
            screen.write(" ", row: r.row, col: r.col + labelWidth + ideasWidth + scheduledWidth)
        }
        let top = stats.scheduledBySector.values.max() ?? 0
        let barCol = r.col + labelWidth + ideasWidth + scheduledWidth + 1
        let barWidth = r.right - barCol
        for (i, sector) in Sector.allCases.sorted().enumerated() where i + 1 < r.height {
            let row = r.row + 1 + i
            let scheduled = stats.scheduledBySector[sector] ?? 0
            screen.write(sector.rawValue, row: row, col: r.col, exactly: labelWidth)
            screen.write(String(stats.bySector[sector] ?? 0), row: row, col: r.col + labelWidth, exactly: ideasWidth,
                         alignRight: true, style: Styles.number)
            screen.write(String(scheduled), row: row, col: r.col + labelWidth + ideasWidth, exactly: scheduledWidth,
                         alignRight: true, style: Styles.number)
            if barWidth >= 3 {
                screen.repeating("█", count: barLength(scheduled, of: top, width: barWidth), row: row, col: barCol, style: Styles.bar)
            }
        }
    }

    static func mentors(_ stats: DatabaseStats, in r: Rect, into screen: inout Screen) {
        heading("Teams & mentors", in: r, into: &screen)
        let unmentored = stats.teamsWithoutMentor.count
        let free = stats.mentorLoads.reduce(0) { $0 + max(0, $1.capacity - $1.teams) }
        let lines: [(String, String, Style)] = [
            ("Teams without a mentor", String(unmentored), unmentored > 0 ? Styles.warning : Styles.good),
            ("Mentors at capacity", "\(stats.mentorsAtCapacity) of \(stats.mentorLoads.count)", Styles.number),
            ("Free mentor places", String(free), free > 0 ? Styles.number : Styles.warning),
        ]
        for (i, line) in lines.enumerated() where i + 1 < r.height {
            valueRow(line.0, line.1, row: r.row + 1 + i, in: r, style: line.2, into: &screen)
        }
    }

    static func valueRow(_ label: String, _ value: String, row: Int, in r: Rect, style: Style, into screen: inout Screen) {
        let vw = DisplayWidth.of(value)
        screen.write(label, row: row, col: r.col, width: max(0, r.width - vw - 1))
        screen.write(value, row: row, col: r.right - vw, style: style)
    }

    /// Top districts; on a tall terminal, the mentors' load below them.
    static func leftLower(_ stats: DatabaseStats, in r: Rect, into screen: inout Screen) {
        let districts = stats.districtsByCount
        let mentors = stats.mentorLoads
        let tall = r.height >= 16 && !mentors.isEmpty
        let mentorBlock = tall ? min(mentors.count, 12) + 2 : 0  // a blank row, a heading, the mentors
        let shownDistricts = max(0, min(districts.count, max(tall ? 5 : 0, r.height - 1 - mentorBlock)))
        heading("Top districts", right: "\(districts.count) with ideas", in: r, into: &screen)
        let top = districts.first?.count ?? 0
        if districts.isEmpty && r.height > 1 {
            screen.write("no ideas yet", row: r.row + 1, col: r.col, width: r.width, style: Styles.muted)
        }
        for i in 0..<shownDistricts where i + 1 < r.height {
            barRow(districts[i].district, districts[i].count, maxValue: top, labelWidth: 13, row: r.row + 1 + i, in: r, into: &screen)
        }
        guard tall else { return }
        let mentorTop = r.row + 1 + shownDistricts + 1
        let mentorRows = r.bottom - mentorTop - 1
        guard mentorRows >= 1 else { return }
        heading("Mentor load", right: "teams/capacity", in: Rect(row: mentorTop, col: r.col, width: r.width, height: 1), into: &screen)
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
            let cells = min(load.capacity, gaugeWidth)
            guard cells > 0 else { continue }
            let used = load.capacity <= gaugeWidth ? min(load.teams, cells) : min(cells, barLength(load.teams, of: load.capacity, width: cells))
            let gaugeCol = r.right - gaugeWidth
            screen.repeating("█", count: used, row: row, col: gaugeCol, style: full ? Styles.warning : Styles.bar)
            screen.repeating("░", count: cells - used, row: row, col: gaugeCol + used, style: Styles.muted)
        }
    }

    static func activity(_ state: AppState, in r: Rect, into screen: inout Screen) {
        heading("Recent activity", in: r, into: &screen)
        let entries = Array(state.recent.prefix(max(0, r.height - 1)))
        if entries.isEmpty {
            if r.height > 1 { screen.write("nothing logged yet", row: r.row + 1, col: r.col, width: r.width, style: Styles.muted) }
            return
        }
        let wanted = Set(entries.compactMap(\.ideaId))
        var titles: [String: String] = [:]
        if !wanted.isEmpty {
            for idea in state.database.ideas where wanted.contains(idea.id) { titles[idea.id] = idea.title }
        }
        for (i, entry) in entries.enumerated() {
            let row = r.row + 1 + i
            let stamp = entry.at.text  // 2026-05-14T10:30:00Z
            let when = String(stamp.dropFirst(5).prefix(11).map { $0 == "T" ? " " : $0 })
            let w = screen.write(when, row: row, col: r.col, width: r.width, style: Styles.muted)
            var what = entry.summary
            if let id = entry.ideaId, let title = titles[id] { what = title + ": " + what }
            screen.write(what, row: row, col: r.col + w + 1, width: max(0, r.width - w - 1))
        }
    }
}
