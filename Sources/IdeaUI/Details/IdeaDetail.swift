import IdeaModel

/// An idea, everything about it: what it is, who carries it, where it stands, and what
/// it still needs to move on — the gate to the next stage, met and missing, in words.
enum IdeaDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let idea = state.index.idea[id].map({ state.database.ideas[$0] }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings, db = state.database
        var t = DetailText(state, width: width)
        var head: [(String, DetailText.Value)] = [
            (s.colStage, .text(s.stage(idea.stage), t.stageStyle(idea.stage))),
            (s.colSectors, .pieces(t.sectors(idea.sectors))),
            (s.colDistrict, .plain(idea.district)),
            (s.ideaTags, .plain(t.list(idea.tags))),
            (s.ideaAuthor, .plain(t.name(idea.authorId))),
        ]
        if let reason = idea.reason, !reason.isEmpty { head.append((s.ideaReason, .text(reason, Styles.warning))) }
        t.fields(head)

        for (title, text) in [(s.ideaSummary, idea.summary), (s.ideaProblem, idea.problem), (s.ideaImpact, idea.impact)] {
            t.heading(title)
            if text.allSatisfy(\.isWhitespace) { t.none() } else { t.text(text, indent: 2) }
        }

        gate(idea, state, &t)
        team(idea, state, &t)
        forums(idea, db, &t)
        funding(idea, state, &t)
        festival(idea, state, &t)
        history(idea, state, &t)
        return (idea.title, t.lines)
    }

    /// The next stage's conditions, each met (✓) or missing (✗).
    static func gate(_ idea: Idea, _ state: AppState, _ t: inout DetailText) {
        let s = t.strings
        guard let (next, checks) = Gates.nextStage(of: idea, in: state.database, today: state.today) else {
            t.heading(s.ideaNoNext)
            // Why: parked or withdrawn (reopen first), or delivered, the last stage.
            for check in Gates.conditions(for: idea, to: idea.stage, in: state.database, today: state.today) {
                t.line([("  ", .plain), (s.gate(check.condition), Styles.muted)])
            }
            return
        }
        t.heading(s.ideaNextGate(s.stage(next)))
        for check in checks {
            t.line([("  ", .plain), check.met ? ("✓ ", Styles.good) : ("✗ ", Styles.warning), (s.gate(check.condition), check.met ? .plain : Styles.warning)])
        }
    }

    /// The team: lead, members, open roles, mentors and workshop progress.
    static func team(_ idea: Idea, _ state: AppState, _ t: inout DetailText) {
        let s = t.strings
        guard let team = state.index.teamOfIdea[idea.id].map({ state.database.teams[$0] }) else {
            t.heading(s.ideaTeam)
            t.line([("  " + s.ideaNoTeam, Styles.muted)])
            return
        }
        TeamDetail.members(team, &t)
        TeamDetail.openRoles(team, &t)
        TeamDetail.mentors(team, &t)
        TeamDetail.workshops(team, state.database, state.today, &t)
    }

    /// Every forum that discussed the idea, with its outcome.
    static func forums(_ idea: Idea, _ db: Database, _ t: inout DetailText) {
        let s = t.strings
        let talks = db.forums.flatMap { forum in forum.discussions.filter { $0.ideaId == idea.id }.map { (forum, $0) } }
        t.heading(s.ideaForums, count: talks.count)
        if talks.isEmpty { t.line([("  " + s.ideaNotDiscussed, Styles.muted)]) }
        for (forum, talk) in talks.sorted(by: { $0.0.day < $1.0.day }) {
            t.line([("  " + s.date(forum.day) + "  ", Styles.muted), (forum.title, Styles.heading)], link: .forum(forum.id))
            t.text(talk.outcome.isEmpty ? s.detailNoOutcome : talk.outcome, indent: 4, style: talk.outcome.isEmpty ? Styles.muted : .plain)
        }
    }

    /// The need, each pledge, and what is still missing.
    static func funding(_ idea: Idea, _ state: AppState, _ t: inout DetailText) {
        let s = t.strings
        t.heading(s.ideaFunding)
        let pledges = state.database.sponsors.flatMap { sponsor in sponsor.pledges.filter { $0.ideaId == idea.id }.map { (sponsor, $0) } }
        let pledged = state.index.pledged[idea.id] ?? 0
        var rows: [(String, DetailText.Value)] = []
        if let need = idea.fundingNeed {
            rows.append((s.ideaNeed, .plain(s.euros(need))))
            rows.append((s.ideaPledged, .plain(s.euros(pledged))))
            let gap = max(0, need - pledged)
            rows.append((s.ideaGap, gap == 0 ? .text(s.ideaCovered, Styles.good) : .text(s.euros(gap), Styles.warning)))
        } else {
            t.line([("  " + s.ideaNoFunding, Styles.muted)])
            if pledged > 0 { rows.append((s.ideaPledged, .plain(s.euros(pledged)))) }
        }
        t.fields(rows)
        let nameWidth = t.columnWidth(pledges.map(\.0.name), share: 1, of: 2)
        for (sponsor, pledge) in pledges {
            var what: [String] = []
            if let amount = pledge.amount { what.append(s.euros(amount)) }
            if let kind = pledge.inKind { what.append(s.ideaInKind + ": " + kind) }
            t.row([(sponsor.name, .plain), (what.joined(separator: " · "), Styles.muted)], widths: [nameWidth])
        }
    }

    /// The festival slot, or the plan the idea will be scheduled by.
    static func festival(_ idea: Idea, _ state: AppState, _ t: inout DetailText) {
        let s = t.strings, db = state.database
        t.heading(s.ideaFestival)
        if let slotIndex = state.index.slotOfIdea[idea.id] {
            let slot = db.festival.slots[slotIndex]
            let venue = state.index.venue[slot.venueId].map { db.venues[$0] }
            let place = venue.map(Programme.place) ?? slot.venueId
            var when = "\(s.date(db.festival.day)) \(slot.start.text)–\(slot.end.text) · \(place)"
            if slot.pinned { when += " · " + s.detailPinned }
            t.fields([(s.ideaSlot, .text(when, Style(.stage(.scheduled))))])
        }
        guard let plan = idea.plan else {
            t.line([("  " + s.ideaNoPlan, Styles.muted)])
            return
        }
        var rows: [(String, DetailText.Value)] = [
            (s.ideaPlan, .plain(s.detailDuration(plan.durationMinutes))),
            (s.ideaAudience, .plain(String(plan.audience))),
            (s.ideaFeatures, .plain(t.list(plan.features.map(s.feature)))),
            (s.ideaPreferred, .plain(t.list(plan.districts))),
        ]
        if plan.earliest != nil || plan.latest != nil {
            rows.append((s.ideaWindow, .plain("\(plan.earliest?.text ?? "…")–\(plan.latest?.text ?? "…")")))
        }
        t.fields(rows)
    }

    /// Stage moves, then every log entry about the idea, each newest first (by time, and
    /// the later in the file first within one second), dated on the festival's clock.
    static func history(_ idea: Idea, _ state: AppState, _ t: inout DetailText) {
        let s = t.strings, zone = state.zone
        t.heading(s.ideaHistory, count: idea.history.count)
        let changes = idea.history.enumerated().sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }.map(\.element)
        for change in changes {
            var pieces: [(String, Style)] = [("  " + s.date(zone.day(change.at)) + "  ", Styles.muted),
                                            (s.stage(change.from) + " → ", .plain), (s.stage(change.to), t.stageStyle(change.to)),
                                            ("  " + t.name(change.by), Styles.muted)]
            if let reason = change.reason, !reason.isEmpty { pieces.append(("  “" + reason + "”", .plain)) }
            t.line(pieces)
        }
        let entries = state.database.log.enumerated().filter { $0.element.ideaId == idea.id }
            .sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }.map(\.element)
        t.heading(s.ideaActivity, count: entries.count)
        for entry in entries {
            t.line([("  " + s.date(zone.day(entry.at)) + " " + zone.timeOfDay(entry.at) + "  ", Styles.muted), (entry.summary, .plain),
                    ("  " + t.name(entry.by), Styles.muted)])
            if let reason = entry.reason, !reason.isEmpty { t.text("“" + reason + "”", indent: 4, style: Styles.muted) }
        }
    }
}
