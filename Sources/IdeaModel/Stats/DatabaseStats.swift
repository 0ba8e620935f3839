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
    public var mentorLoads: [MentorLoad]
    public var scheduled: Int
    public var target: Int
    /// Scheduled interventions per sector (again, several sectors count in each).
    public var scheduledBySector: [Sector: Int]
    /// Each sector's share of the scheduled interventions beside its share of the ideas
    /// ready or later, and which sectors fall behind.
    public var sectorBalance: SectorBalance

    public init(_ db: Database) {
        ideaCount = db.ideas.count
        var stage: [Stage: Int] = [:]
        var sector: [Sector: Int] = [:]
        var district: [String: Int] = [:]
        var ideaIndex: [String: Int] = [:]
        ideaIndex.reserveCapacity(db.ideas.count)
        for (i, idea) in db.ideas.enumerated() {
            stage[idea.stage, default: 0] += 1
            for s in idea.sectors { sector[s, default: 0] += 1 }
            district[idea.district, default: 0] += 1
            ideaIndex[idea.id] = i
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
        mentorLoads = db.people.compactMap { person in
            guard let profile = person.mentor else { return nil }
            return MentorLoad(personId: person.id, name: person.name, teams: load[person.id] ?? 0, capacity: profile.capacity)
        }

        scheduled = db.festival.slots.count
        target = db.festival.target
        var balance: [Sector: Int] = [:]
        for slot in db.festival.slots {
            guard let i = ideaIndex[slot.ideaId] else { continue }
            for s in db.ideas[i].sectors { balance[s, default: 0] += 1 }
        }
        scheduledBySector = balance
        sectorBalance = SectorBalance(db)
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
}

extension Database {
    /// The most recent log entries, newest first.
    public func recentActivity(_ count: Int) -> [LogEntry] {
        Array(log.sorted { $0.at != $1.at ? $0.at > $1.at : $0.id > $1.id }.prefix(count))
    }
}
