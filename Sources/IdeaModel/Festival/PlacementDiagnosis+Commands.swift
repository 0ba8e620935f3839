extension PlacementDiagnosis.Suggestion {
    /// The commands that make the change and place the idea, in order, for one
    /// `EditRequest.applyAll` (all or none, one undo): the other intervention moved first,
    /// or the plan or the venue changed, then the idea scheduled. Empty when the idea, its
    /// plan or the venue is no longer in the database.
    public func commands(placing ideaId: String, in db: Database) -> [Command] {
        guard let idea = db.ideas.first(where: { $0.id == ideaId }), let plan = idea.plan else { return [] }
        let place: Command = .schedule(ideaId: ideaId, venueId: self.place.venueId, start: self.place.start)
        var changed = plan
        switch change {
        case .none:
            return [place]
        case .move(let other, _, _, let to):
            let pinned = db.festival.slots.first { $0.ideaId == other }?.pinned ?? false
            return [.schedule(ideaId: other, venueId: to.venueId, start: to.start, pinned: pinned), place]
        case .earlierStart(let earliest, _): changed.earliest = earliest
        case .laterEnd(let latest, _): changed.latest = latest
        case .shorterPlan(let minutes, _): changed.durationMinutes = minutes
        case .addFeature(let feature, let venueId, _):
            guard var venue = db.venues.first(where: { $0.id == venueId }) else { return [] }
            if !venue.features.contains(feature) { venue.features.append(feature) }
            return [.editVenue(venue), place]
        }
        return [.setPlan(ideaId: ideaId, changed), place]
    }
}

extension AutoScheduler.Result {
    /// The database as `Command.autoSchedule` would leave it (with `reflow`, the unpinned
    /// scheduled slots taken off first; then every placement made), without a log: what
    /// is in the way of the ideas it left out is read from it.
    public func applied(to db: Database, reflow: Bool) -> Database {
        var out = db
        if reflow {
            let moving = Set(out.ideas.filter { $0.stage == .scheduled }.map(\.id))
            out.festival.slots.removeAll { !$0.pinned && moving.contains($0.ideaId) }
            for i in out.ideas.indices where moving.contains(out.ideas[i].id) { out.ideas[i].stage = .ready }
        }
        var ideaAt: [String: Int] = [:]
        for (i, idea) in out.ideas.enumerated() where ideaAt[idea.id] == nil { ideaAt[idea.id] = i }
        for (n, p) in placements.enumerated() {
            if let s = out.festival.slots.firstIndex(where: { $0.ideaId == p.ideaId }) {
                out.festival.slots[s].venueId = p.venueId
                out.festival.slots[s].start = p.start
                out.festival.slots[s].end = p.end
            } else {
                out.festival.slots.append(Slot(id: "slot-placed-\(n)", ideaId: p.ideaId, venueId: p.venueId, start: p.start, end: p.end))
            }
            if let i = ideaAt[p.ideaId] { out.ideas[i].stage = .scheduled }
        }
        return out
    }
}
