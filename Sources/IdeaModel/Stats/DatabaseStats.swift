/// The figures a facilitator looks at first: where ideas are, who is busy, how full the
/// festival is. Computed in one pass so the dashboard and `idea-tui stats` agree.
public struct DatabaseStats: Equatable, Sendable {
    public var ideaCount: Int
    public var byStage: [Stage: Int]
    /// An idea with several sectors counts once in each.
    public var bySector: [Sector: Int]
    public var byDistrict: [String: Int]
    /// Teams of active ideas that have no mentor yet.
    public var teamsWithoutMentor: [Team]
    /// Fullest first (teams per place; no places counts as full), then by name.
    public var mentorLoads: [MentorLoad]
    public var scheduled: Int
    public var target: Int
    /// Scheduled interventions per sector (again, several sectors count in each).
    public var scheduledBySector: [Sector: Int]
    /// Each sector's share of the scheduled interventions beside its share of the ideas
    /// ready or later, and which sectors fall behind.
    public var sectorBalance: SectorBalance

    public init(_ db: Database) { self.init(db, index: DatabaseIndex(db)) }

    /// The same, with the lookups of `index` (made for `db`): the app's, whose table of
    /// ideas by id its screens make anyway (a second one cost 10 ms at 50,000 ideas).
    public init(_ db: Database, index: DatabaseIndex) {
        ideaCount = db.ideas.count
        var stage: [Stage: Int] = [:]
        var sector: [Sector: Int] = [:]
        var district: [String: Int] = [:]
        let ideaIndex = index.idea
        // Fields read in place, not by copying each idea (see DatabaseIndex).
        for i in db.ideas.indices {
            stage[db.ideas[i].stage, default: 0] += 1
            for s in db.ideas[i].sectors { sector[s, default: 0] += 1 }
            district[db.ideas[i].district, default: 0] += 1
        }
        byStage = stage
        bySector = sector
        byDistrict = district

        var load: [String: Int] = [:]
        var unmentored: [Team] = []
        for team in db.teams {
            for m in team.mentorIds { load[m, default: 0] += 1 }
            if team.mentorIds.isEmpty, let i = ideaIndex[team.ideaId], db.ideas[i].stage.isActive {
                unmentored.append(team)
            }
        }
        teamsWithoutMentor = unmentored
        let loads = db.people.compactMap { person -> MentorLoad? in
            guard let profile = person.mentor else { return nil }
            return MentorLoad(personId: person.id, name: person.name, teams: load[person.id] ?? 0, capacity: profile.capacity)
        }
        // Sorted here, once per change of the data, not at every frame of the dashboard.
        mentorLoads = LithuanianOrder.sorted(loads, by: \.name).sorted { $0.fullness > $1.fullness }

        scheduled = db.festival.slots.count
        target = db.festival.target
        var balance: [Sector: Int] = [:]
        for slot in db.festival.slots {
            guard let i = ideaIndex[slot.ideaId] else { continue }
            for s in db.ideas[i].sectors { balance[s, default: 0] += 1 }
        }
        scheduledBySector = balance
        sectorBalance = SectorBalance(db, ideaIndex: ideaIndex)
    }

    /// Districts with ideas, most ideas first, then by name.
    public var districtsByCount: [(district: String, count: Int)] {
        byDistrict.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : LithuanianOrder.less($0.0, $1.0) }
    }

    public var mentorsAtCapacity: Int { mentorLoads.filter { $0.teams >= $0.capacity }.count }
}

public struct MentorLoad: Equatable, Sendable {
    public var personId: String
    public var name: String
    public var teams: Int
    public var capacity: Int

    /// Teams per place; a mentor with no places counts as full.
    public var fullness: Double { capacity > 0 ? Double(teams) / Double(capacity) : 1 }
}

extension Database {
    /// The most recent log entries, newest first.
    public func recentActivity(_ count: Int) -> [LogEntry] {
        // One pass keeping the newest `count` (the log of a big database holds hundreds
        // of thousands of entries; sorting them all for a dozen cost a frame).
        func newer(_ a: LogEntry, _ b: LogEntry) -> Bool { a.at != b.at ? a.at > b.at : a.id > b.id }
        var newest: [LogEntry] = []
        newest.reserveCapacity(count + 1)
        // From the end: the log is appended to, so after the newest `count` nearly every
        // entry is older than all of them and costs one comparison (from the start, each
        // was newer and was inserted: 20 ms for the 96,000 entries of 50,000 ideas).
        // Read where they lie, not copied.
        log.withUnsafeBufferPointer { log in
            for i in log.indices.reversed() {
                if newest.count == count, let last = newest.last, !newer(log[i], last) { continue }
                let at = newest.firstIndex { newer(log[i], $0) } ?? newest.endIndex
                newest.insert(log[i], at: at)
                if newest.count > count { newest.removeLast() }
            }
        }
        return newest
    }
}
