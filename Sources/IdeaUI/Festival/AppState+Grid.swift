import IdeaModel

/// What the grid's keys do. Every placement is checked by the model's placement rules
/// first; when one is broken, a window names every broken rule and nothing changes.
extension AppState {
    private var cursorVenue: Venue? {
        let list = GridLayout.venues(database)
        return list.indices.contains(grid.venue) ? list[grid.venue] : nil
    }

    /// The rules `idea` would break at the cursor, in a window; nil when it may go there.
    private func problems(placing idea: Idea, at venue: Venue, _ start: Int, title: String? = nil) -> Notice? {
        let found = PlacementRules.violations(placing: idea, at: venue, start: ClockTime(minutes: start), in: database)
        guard !found.isEmpty else { return nil }
        return Notice(title: title ?? strings.festival.cannotPlace(idea.title),
                      lines: found.map { "✗ " + strings.screen.problemLong($0, strings) })
    }

    /// `p`: a list of the ready ideas, those that fit the cursor's venue and time first,
    /// each with its length, audience and districts and whether it fits — else the first
    /// rule it would break (the model's placement rules say which); the one chosen goes to
    /// the cursor.
    mutating func placeAtCursor() {
        guard let venue = cursorVenue else { message = strings.festival.noVenues; return }
        let ready = gridReady ?? GridLayout.ready(database)
        guard !ready.isEmpty else { message = strings.festival.nothingReady; return }
        let start = GridLayout.cursorMinute(self)
        let n = strings.screen
        let options = ready.map { idea -> Picker.Option in
            let broken = PlacementRules.violations(placing: idea, at: venue, start: ClockTime(minutes: start), in: database).first
            let cells = [idea.plan.map { "\($0.durationMinutes)′" } ?? "–", idea.plan.map { String($0.audience) } ?? "–",
                         idea.plan.map { $0.districts.joined(separator: ", ") } ?? "",
                         broken.map { "✗ " + n.problemShort($0, strings) } ?? n.fits]
            return Picker.Option(id: idea.id, label: idea.title, cells: cells, flagged: broken != nil,
                                 foot: broken.map { "✗ " + n.problemLong($0, strings) } ?? n.fitsHere)
        }
        // Those that fit first; each group keeps the ready list's order (by title).
        let sorted = options.filter { !$0.flagged } + options.filter(\.flagged)
        let time = ClockTime(minutes: start).text
        // The venue's name cut as the grid cuts it, so the time after it stays in the frame.
        let name = TextFit.truncateMiddle(venue.name, to: max(12, size.cols - 30))
        overlay = .picker(Picker(title: strings.festival.placeTitle(name, time),
                                 purpose: .place(venueId: venue.id, start: start), options: sorted,
                                 columns: [strings.colIdea, n.colLength, n.colAudience, n.colDistricts, n.colHere]))
    }

    /// The idea chosen for a place: scheduled there, or the broken rules named.
    mutating func place(_ ideaId: String, venueId: String, start: Int) -> Effect {
        guard let idea = index.idea[ideaId].map({ database.ideas[$0] }), let venue = database.venues.first(where: { $0.id == venueId }) else {
            return .none
        }
        if let notice = problems(placing: idea, at: venue, start) {
            overlay = .notice(notice)
            return .none
        }
        return .edit(.apply(.schedule(ideaId: ideaId, venueId: venueId, start: ClockTime(minutes: start))))
    }

    /// `v`: takes the intervention under the cursor; `v` or Enter again drops it at the
    /// cursor (keeping its pin).
    mutating func takeOrDrop() -> Effect {
        guard let carrying = grid.carrying else {
            guard let slot = GridLayout.slotAtCursor(self) else { message = strings.festival.noSlotHere; return .none }
            grid.carrying = slot.ideaId
            grid.minute = slot.start.minutes
            keepGridCursorInView()
            message = strings.festival.moving(index.idea[slot.ideaId].map { database.ideas[$0].title } ?? slot.ideaId)
            return .none
        }
        guard let venue = cursorVenue, let idea = index.idea[carrying].map({ database.ideas[$0] }) else { return .none }
        let start = GridLayout.cursorMinute(self)
        if let notice = problems(placing: idea, at: venue, start) {
            overlay = .notice(notice)
            return .none
        }
        grid.carrying = nil
        let pinned = database.festival.slots.first { $0.ideaId == carrying }?.pinned ?? false
        return .edit(.apply(.schedule(ideaId: carrying, venueId: venue.id, start: ClockTime(minutes: start), pinned: pinned)))
    }

    /// `x`: asks why, then takes the intervention under the cursor off the schedule.
    mutating func removeAtCursor() {
        guard let slot = GridLayout.slotAtCursor(self), let idea = index.idea[slot.ideaId].map({ database.ideas[$0] }) else {
            message = strings.festival.noSlotHere
            return
        }
        overlay = .prompt(Prompt(title: strings.festival.remove, question: strings.festival.removeQuestion(idea.title),
                                 label: strings.edit.reasonLabel, purpose: .move(.back(to: .ready), ideaId: idea.id)))
    }

    /// `!`: pins or unpins the intervention under the cursor.
    mutating func pinAtCursor() -> Effect {
        guard let slot = GridLayout.slotAtCursor(self) else { message = strings.festival.noSlotHere; return .none }
        return .edit(.apply(.schedule(ideaId: slot.ideaId, venueId: slot.venueId, start: slot.start, pinned: !slot.pinned)))
    }

    /// `>` and `<`: one grid step longer or shorter, from the same start.
    mutating func changeLengthAtCursor(by steps: Int) -> Effect {
        guard let slot = GridLayout.slotAtCursor(self), let idea = index.idea[slot.ideaId].map({ database.ideas[$0] }),
              let venue = database.venues.first(where: { $0.id == slot.venueId }) else {
            message = strings.festival.noSlotHere
            return .none
        }
        let step = database.festival.gridMinutes
        let minutes = slot.minutes + steps * step
        // A delivered one cannot change at all; the model says so.
        guard idea.stage == .scheduled else { return .edit(.apply(.setLength(ideaId: idea.id, minutes: minutes))) }
        guard minutes >= step else { message = strings.festival.shortest(step); return .none }
        var changed = idea
        changed.plan?.durationMinutes = minutes
        if let notice = problems(placing: changed, at: venue, slot.start.minutes, title: strings.festival.cannotLast(idea.title, minutes)) {
            overlay = .notice(notice)
            return .none
        }
        return .edit(.apply(.setLength(ideaId: idea.id, minutes: minutes)))
    }

    /// `z`: 15, 30 or 60 minutes a column.
    mutating func zoomGrid() {
        grid.zoom = grid.zoom == 15 ? 30 : grid.zoom == 30 ? 60 : 15
        moveGrid()
    }

    /// `A`: what the auto-scheduler would do, asked before it is done. It runs off the
    /// loop with a progress line (see AppState+Work); its answer is `showSchedule`.
    @discardableResult
    mutating func autoScheduleAsk() -> Effect {
        let db = database
        let ideas = (gridReady ?? GridLayout.ready(db)).count
        return begin(.autoSchedule(ideas: ideas)) { progress in AutoScheduler.run(db, progress: progress).map(WorkOutput.schedule) }
    }

    /// The auto-scheduler's answer: how many it would place and why the others not,
    /// with a question before anything changes.
    mutating func showSchedule(_ result: AutoScheduler.Result) {
        let all = result.placements.count + result.unplaced.count
        func line(_ unplaced: (ideaId: String, reason: AutoScheduler.Unplaced)) -> String {
            let title = index.idea[unplaced.ideaId].map { database.ideas[$0].title } ?? unplaced.ideaId
            return "✗ " + title + ": " + strings.model.unplaced(unplaced.reason)
        }
        guard !result.placements.isEmpty else {
            overlay = .notice(Notice(title: strings.festival.autoTitle,
                                     lines: [strings.festival.autoNothing] + result.unplaced.prefix(8).map(line) + ["", strings.festival.autoWhyHint]))
            return
        }
        let left = result.unplaced.prefix(6).map(line) + (result.unplaced.isEmpty ? [] : ["", strings.festival.autoWhyHint])
        overlay = .notice(Notice(title: strings.festival.autoTitle,
                                 lines: [strings.festival.autoSummary(result.placements.count, all)] + left + ["", strings.mentor.confirmHint],
                                 confirm: .autoSchedule(placements: result.placements, reflow: false)))
    }
}
