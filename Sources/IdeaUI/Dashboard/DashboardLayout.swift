import IdeaModel

/// The dashboard at a size: where each part goes, how many of its rows fit, and the
/// figures that lead somewhere. Made from the state alone, without drawing: `DashboardView`
/// draws it and the keys and clicks move through its items, so both see the same figures.
///
/// ```
/// tab bar
/// festival title · day · N/100 scheduled
/// Ideas by stage (pipeline, then parked, withdrawn) │ Sectors: ideas, scheduled, balance
///                                                   │ Teams & mentors
/// Top districts (then mentor load when tall)        │ Recent activity
/// status line
/// ```
struct DashboardLayout {
    /// Rows of the upper part: a heading and ten stages.
    static let upperRows = 11
    /// The stages, in the order the dashboard lists them.
    static let stageOrder = Stage.pipeline + [.parked, .withdrawn]

    /// A figure on the dashboard, where it is, and where Enter on it goes.
    struct Item: Equatable {
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

    /// A part: its heading on the first row of `rect`, then `rows` lines of figures.
    struct Part: Equatable {
        var rect: Rect
        var rows: Int

        /// The row of the `i`th line of figures.
        func row(_ i: Int) -> Int { rect.row + 1 + i }
    }

    /// The mentors' load, below the districts on a tall terminal.
    struct Loads: Equatable {
        /// The heading's row.
        var heading: Rect
        /// The mentors shown, fullest first.
        var loads: [MentorLoad]
        var nameWidth: Int
        var gaugeWidth: Int
        static let figureWidth = 5
    }

    let size: Size
    /// The festival's N/100 at the right end of the second row, and its text.
    var festival: Rect
    var festivalFigure: String
    var stages: Part
    var sectors: Part
    var teams: Part
    /// Below the stages and the sectors, when the terminal is tall enough.
    var districts: Part?
    var districtList: [(district: String, count: Int)] = []
    var loads: Loads?
    var activity: Part?
    /// Top to bottom, left half first: the first is the first stage of the pipeline,
    /// selected when the app starts; the festival's N/100 heads the right half.
    var items: [Item] = []

    init(_ state: AppState, size: Size) {
        self.size = size
        let stats = state.stats
        festivalFigure = state.strings.scheduledOf(stats.scheduled, stats.target)
        let figureWidth = DisplayWidth.of(festivalFigure)
        festival = Rect(row: 1, col: max(0, size.cols - figureWidth), width: figureWidth, height: 1)
        let gap = 2
        let leftWidth = (size.cols - gap) / 2
        let rightCol = leftWidth + gap
        let rightWidth = size.cols - rightCol
        let bodyTop = 2
        let bodyBottom = size.rows - 1  // status line below
        let upper = min(Self.upperRows, bodyBottom - bodyTop)
        func part(_ r: Rect, _ count: Int) -> Part { Part(rect: r, rows: max(0, min(count, r.height - 1))) }

        stages = part(Rect(row: bodyTop, col: 0, width: leftWidth, height: upper), Self.stageOrder.count)
        let sectorRect = Rect(row: bodyTop, col: rightCol, width: rightWidth, height: min(6, upper))
        sectors = part(sectorRect, stats.sectorBalance.shares.count)
        teams = part(Rect(row: sectorRect.bottom + 1, col: rightCol, width: rightWidth,
                          height: bodyTop + upper - sectorRect.bottom - 1), 3)

        let lowerTop = bodyTop + upper + 1
        let lowerHeight = bodyBottom - lowerTop
        if lowerHeight > 1 {
            let r = Rect(row: lowerTop, col: 0, width: leftWidth, height: lowerHeight)
            districtList = stats.districtsByCount
            let mentors = stats.mentorLoads
            let tall = r.height >= 16 && !mentors.isEmpty
            let mentorBlock = tall ? min(mentors.count, 12) + 2 : 0  // a blank row, a heading, the mentors
            let shownDistricts = max(0, min(districtList.count, max(tall ? 5 : 0, r.height - 1 - mentorBlock)))
            districts = part(r, shownDistricts)
            let mentorTop = r.row + 1 + shownDistricts + 1
            let mentorRows = r.bottom - mentorTop - 1
            if tall, mentorRows >= 1 {
                let sorted = mentors  // fullest first (see DatabaseStats)
                // One gauge cell per place while capacities are small, so a glance shows who has room.
                let gaugeWidth = min(10, sorted.map(\.capacity).max() ?? 0)
                loads = Loads(heading: Rect(row: mentorTop, col: r.col, width: r.width, height: 1),
                              loads: Array(sorted.prefix(mentorRows)),
                              nameWidth: r.width - Loads.figureWidth - 2 - gaugeWidth, gaugeWidth: gaugeWidth)
            }
            activity = part(Rect(row: lowerTop, col: rightCol, width: rightWidth, height: lowerHeight), state.recent.count)
        }
        items = left(state) + right(state)
    }

    private func left(_ state: AppState) -> [Item] {
        var items: [Item] = []
        for (i, stage) in Self.stageOrder.prefix(stages.rows).enumerated() {
            items.append(Item(rect: Rect(row: stages.row(i), col: stages.rect.col, width: stages.rect.width, height: 1),
                              target: .ideas([.stage(stage)])))
        }
        if let districts {
            for i in 0..<districts.rows {
                items.append(Item(rect: Rect(row: districts.row(i), col: districts.rect.col, width: 18, height: 1),
                                  target: .ideas([.district(districtList[i].district)])))
            }
        }
        if let loads {
            for (i, load) in loads.loads.enumerated() {
                items.append(Item(rect: Rect(row: loads.heading.row + 1 + i, col: loads.heading.col,
                                             width: loads.nameWidth + Loads.figureWidth, height: 1), target: .person(load.personId)))
            }
        }
        return items
    }

    private func right(_ state: AppState) -> [Item] {
        var items = [Item(rect: festival, target: .ideas([.stage(.scheduled)]))]
        for (i, share) in state.stats.sectorBalance.shares.prefix(sectors.rows).enumerated() {
            items.append(Item(rect: Rect(row: sectors.row(i), col: sectors.rect.col, width: sectors.rect.width, height: 1),
                              target: .ideas([.sector(share.sector)])))
        }
        let teamTargets: [Target] = [.teams([.needsMentor]), .mentors([.atCapacity]), .mentors([.hasRoom])]
        for (i, target) in teamTargets.prefix(teams.rows).enumerated() {
            items.append(Item(rect: Rect(row: teams.row(i), col: teams.rect.col, width: teams.rect.width, height: 1), target: target))
        }
        if let activity {
            for (i, entry) in state.recent.prefix(activity.rows).enumerated() {
                guard let id = entry.ideaId, state.index.idea[id] != nil else { continue }
                items.append(Item(rect: Rect(row: activity.row(i), col: activity.rect.col, width: activity.rect.width, height: 1),
                                  target: .idea(id)))
            }
        }
        return items
    }

    // MARK: Hit-testing

    /// The figure at a cell, if any.
    func item(atRow row: Int, col: Int) -> Int? {
        items.firstIndex { $0.rect.row == row && $0.rect.col <= col && col < $0.rect.right }
    }

    /// ←/→ from figure `from`: the figure in the other half nearest to its row.
    func sideways(from: Int, _ delta: Int) -> Int? {
        guard items.indices.contains(from) else { return nil }
        let here = items[from].rect
        let middle = size.cols / 2
        let others = items.indices.filter { delta > 0 ? items[$0].rect.col >= middle : items[$0].rect.col < middle }
        return others.min { abs(items[$0].rect.row - here.row) < abs(items[$1].rect.row - here.row) }
    }
}
