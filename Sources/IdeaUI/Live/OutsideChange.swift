import IdeaModel

/// What another program's save changed, found by comparing the version shown before with
/// the one read now: the log entries it added (who did what), the records to mark in the
/// lists, and the records that are gone.
public struct OutsideChange: Equatable, Sendable {
    /// The entries the save added to the log, oldest first.
    public var entries: [LogEntry]
    /// What the lists mark as changed: the records (by the screen that shows each) and
    /// the new log entries.
    public var marks: Set<ChangeMarks.Key>
    /// The records that were there and are gone, by the screen that showed each.
    public var removed: Set<Route>

    public init(from old: Database, to new: Database) {
        let known = Set(old.log.lazy.map(\.id))
        entries = new.log.filter { !known.contains($0.id) }
        var marks = Set(entries.map { ChangeMarks.Key.entry($0.id) })
        var removed = Set<Route>()
        for change in Patch.diff(old, new).changes {
            guard let route = Self.route(change.collection, change.id) else { continue }
            if change.after == nil {
                removed.insert(route)
                continue
            }
            marks.insert(.record(route))
            switch change.collection {
            case .teams:
                // A team's idea shows its team; its mentors' rows show their load.
                let before = old.teams.first { $0.id == change.id }, after = new.teams.first { $0.id == change.id }
                if let ideaId = after?.ideaId { marks.insert(.record(.idea(ideaId))) }
                let mentors = Set(before?.mentorIds ?? []).symmetricDifference(after?.mentorIds ?? [])
                for mentor in mentors { marks.insert(.record(.person(mentor))) }
            default:
                break
            }
        }
        // A slot placed, moved or taken off marks its idea and its venue (before and after).
        let slotsBefore = Dictionary(old.festival.slots.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for slot in new.festival.slots where slotsBefore[slot.id] != slot {
            marks.insert(.record(.idea(slot.ideaId)))
            marks.insert(.record(.venue(slot.venueId)))
        }
        let slotsAfter = Dictionary(new.festival.slots.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for slot in old.festival.slots where slotsAfter[slot.id] != slot {
            marks.insert(.record(.idea(slot.ideaId)))
            marks.insert(.record(.venue(slot.venueId)))
        }
        self.marks = marks.filter { key in
            // Only what is still there can be marked.
            if case .record(let route) = key { return !removed.contains(route) }
            return true
        }
        self.removed = removed
    }

    /// The screen that shows a record of a collection, for those that have one.
    static func route(_ collection: SessionCollection, _ id: String) -> Route? {
        switch collection {
        case .ideas: return .idea(id)
        case .people: return .person(id)
        case .teams: return .team(id)
        case .venues: return .venue(id)
        case .forums: return .forum(id)
        case .sessions: return .session(id)
        case .tracks, .sponsors, .slots, .festival, .districts, .log: return nil
        }
    }

    /// Who made the change: the author of the newest entry first, then the others; empty
    /// when the file was changed without idea-tui (no new entries).
    public var authors: [String] {
        var out: [String] = []
        for entry in entries.reversed() where !out.contains(entry.by) { out.append(entry.by) }
        return out
    }

    /// Who, in words: "Goda Adomaitienė", "Goda Adomaitienė and 1 other", "another program".
    public func who(_ s: LiveStrings, name: (String) -> String) -> String {
        let authors = self.authors
        guard let first = authors.first else { return s.anotherProgram }
        return authors.count == 1 ? name(first) : s.someoneAndOthers(name(first), authors.count - 1)
    }

    /// The status line's words: one change with its summary, several counted with who
    /// made them, or a change made outside idea-tui.
    public func message(_ s: LiveStrings, name: (String) -> String) -> String {
        guard let last = entries.last else { return s.changedOutside }
        if entries.count == 1 {
            // Many summaries already start with who did it ("Goda Adomaitienė now mentors …").
            let who = name(last.by)
            return last.summary.hasPrefix(who + " ") ? last.summary : s.oneChange(who, last.summary)
        }
        return s.changes(entries.count, who(s, name: name))
    }
}
