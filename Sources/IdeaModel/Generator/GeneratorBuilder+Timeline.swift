/// How many ideas sit at each stage, and when each moved forward.
extension GeneratorBuilder {
    /// How many ideas sit at each stage: about 60% of the festival target scheduled or
    /// delivered, the rest spread along the pipeline.
    mutating func planDrafts() {
        var d = dice(1)
        target = min(10_000, max(100, n / 20 / 50 * 50))
        let slotted = min(target * 6 / 10, n * 35 / 100)
        let shares: [(Stage, Int)] = [(.shared, 30), (.refined, 19), (.team, 12), (.mentored, 10), (.workshops, 10),
                                      (.ready, 7), (.parked, 7), (.withdrawn, 5)]
        let counts = Self.apportion(n - slotted, shares.map(\.1))
        var stages: [Stage] = Array(repeating: .scheduled, count: slotted)
        for (k, share) in shares.enumerated() { stages += Array(repeating: share.0, count: counts[k]) }
        d.shuffle(&stages)
        let morningCount = slotted >= 3 ? max(1, slotted * 15 / 100) : 0
        var morningLeft = morningCount
        var list: [(Draft, Int)] = []
        for (i, stage) in stages.enumerated() {
            var reach = stage
            if stage == .parked || stage == .withdrawn {
                reach = [Stage.shared, .refined, .team, .mentored, .workshops, .ready][d.weighted([30, 25, 20, 12, 8, 5])]
            }
            if stage == .scheduled { reach = .ready }
            let latest = latestCreation(reach).adding(days: stage == .parked || stage == .withdrawn ? -20 : 0)
            let dayCount = latest.daysSinceEpoch - seasonStart.daysSinceEpoch
            let day = seasonStart.adding(days: d.int(0...max(0, dayCount)))
            let hour = d.int(7...20), minute = d.int(0...59)
            let created = zone.timestamp(day, ClockTime(hour, minute), second: d.int(0...59))
            var draft = Draft(stage: stage, reach: reach, created: created)
            draft.wantsSlot = stage == .scheduled
            if draft.wantsSlot && morningLeft > 0 {
                draft.morning = true
                morningLeft -= 1
            }
            draft.lithuanian = d.chance(0.65)
            draft.concept = d.int(0..<GeneratorText.concepts.count)
            list.append((draft, i))
        }
        list.sort { ($0.0.created, $0.1) < ($1.0.created, $1.1) }
        drafts = list.map(\.0)

        let forumCount = max(6, n / 20)
        let span = lastForum.daysSinceEpoch - firstForum.daysSinceEpoch
        forumDays = (0..<forumCount).map { firstForum.adding(days: span * $0 / max(1, forumCount - 1)) }
        var start = firstRound
        while start <= lastRound {
            roundStarts.append(start)
            start = start.adding(days: 14)
        }
    }

    /// Largest-remainder split of `total` by `weights`.
    static func apportion(_ total: Int, _ weights: [Int]) -> [Int] {
        let sum = max(1, weights.reduce(0, +))
        var counts = weights.map { total * $0 / sum }
        let order = weights.indices.sorted { (total * weights[$0] % sum, -$0) > (total * weights[$1] % sum, -$1) }
        var left = total - counts.reduce(0, +)
        for i in order where left > 0 {
            counts[i] += 1
            left -= 1
        }
        return counts
    }

    /// The latest day an idea can be shared and still reach `stage` before the festival.
    func latestCreation(_ stage: Stage) -> Day {
        switch stage {
        case .shared: return festivalDay.adding(days: -4)
        case .refined: return festivalDay.adding(days: -49)
        case .team: return festivalDay.adding(days: -79)
        case .mentored: return festivalDay.adding(days: -110)
        case .workshops: return festivalDay.adding(days: -138)
        default: return festivalDay.adding(days: -170)
        }
    }

    /// The first forum held on or after `day` and before the festival (binary search).
    func firstForum(onOrAfter day: Day) -> Int? {
        var lo = 0
        var hi = forumDays.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if forumDays[mid] < day { lo = mid + 1 } else { hi = mid }
        }
        return lo < forumDays.count && forumDays[lo] < festivalDay ? lo : nil
    }

    /// A moment during working hours on `day`, on the festival's clock.
    func at(_ day: Day, _ d: inout Dice, hours: ClosedRange<Int> = 8...17) -> Timestamp {
        let hour = d.int(hours)
        return zone.timestamp(day, ClockTime(hour, d.int(0...59)))
    }

    /// Dates every forward move up to the draft's reach. If the calendar has no forum or
    /// workshop round left for a step, the idea stops where it is.
    func timeline(_ draft: inout Draft, _ d: inout Dice) {
        var moves: [(to: Stage, at: Timestamp)] = []
        let goal = draft.reach.pipelineIndex ?? 0
        var day = draft.created.day
        func reached(_ stage: Stage) -> Bool { (stage.pipelineIndex ?? 0) <= goal }
        step: do {
            guard reached(.refined) else { break step }
            guard let f = firstForum(onOrAfter: day.adding(days: 2)) else { break step }
            draft.forum = f
            day = forumDays[f]
            moves.append((.refined, at(day, &d, hours: 17...19)))
            guard reached(.team) else { break step }
            day = day.adding(days: d.int(5...25))
            moves.append((.team, at(day, &d)))
            guard reached(.mentored) else { break step }
            day = day.adding(days: d.int(3...15))
            moves.append((.mentored, at(day, &d)))
            guard reached(.workshops) else { break step }
            day = day.adding(days: d.int(2...10))
            moves.append((.workshops, at(day, &d)))
            let joined = day
            draft.round = roundStarts.firstIndex { $0 > joined }
            guard let round = draft.round else { break step }
            let stages = Self.track.stages.count
            guard reached(.ready) else {
                draft.attended = d.int(0...(stages - 1))
                break step
            }
            draft.attended = stages
            day = roundStarts[round].adding(days: 7 * (stages - 1) + d.int(1...7))
            moves.append((.ready, at(day, &d)))
        }
        let reachedStage = moves.last?.to ?? .shared
        if draft.stage == .parked || draft.stage == .withdrawn {
            draft.reach = reachedStage
        } else {
            draft.reach = reachedStage
            if draft.stage != .scheduled || reachedStage != .ready {
                draft.stage = reachedStage
                draft.wantsSlot = false
                draft.morning = false
            }
        }
        if draft.stage == .parked || draft.stage == .withdrawn {
            let last = moves.last?.at.day ?? draft.created.day
            var parkDay = last.adding(days: d.int(5...30))
            if parkDay > lastPark { parkDay = max(lastPark, last.adding(days: 1)) }
            moves.append((draft.stage, at(parkDay, &d)))
        }
        draft.moves = moves
    }
}
