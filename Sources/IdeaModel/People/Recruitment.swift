/// Who could fill a team's open role: people whose skills and sectors fit it, best first,
/// each with the reasons as data so any language can say them.
public enum Recruitment {
    public struct Candidate: Equatable, Sendable {
        public var person: Person
        /// The role's skills the person has (as the role names them).
        public var skills: [String]
        /// The role's sectors the person works in.
        public var sectors: [Sector]
        /// The person's sectors no one in the team has yet: cross-sector teams are the goal.
        public var newSectors: [Sector]
        /// Teams the person already leads or is a member of.
        public var teams: Int
        public var score: Int

        /// "skills: design, sound · sector: cultural · brings youth · in no team yet".
        public var reasonText: String {
            var parts: [String] = []
            if !skills.isEmpty { parts.append("skills: " + skills.joined(separator: ", ")) }
            if !sectors.isEmpty { parts.append((sectors.count == 1 ? "sector: " : "sectors: ") + sectors.map(\.rawValue).joined(separator: ", ")) }
            if !newSectors.isEmpty { parts.append("brings " + newSectors.map(\.rawValue).joined(separator: ", ")) }
            parts.append(teams == 0 ? "in no team yet" : teams == 1 ? "in 1 team" : "in \(teams) teams")
            return parts.joined(separator: " · ")
        }
    }

    /// The candidates for `role` in `team`: everyone with a wanted skill or sector (or,
    /// when the role names neither, everyone), except people already in the team, its
    /// mentors and those with an invitation still waiting. Ranked by skills (3 each),
    /// sectors (2 each), a sector new to the team (1), minus teams already joined; then
    /// by name and id, so the same data always gives the same order.
    public static func candidates(for role: OpenRole, in team: Team, _ db: Database) -> [Candidate] {
        let peopleById = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return rank(db.people, for: role, in: team, teamsOf: teamCounts(db), sectorsOf: { peopleById[$0]?.sectors ?? [] })
    }

    /// How many teams each person leads or is a member of.
    static func teamCounts(_ db: Database) -> [String: Int] {
        var teamsOf: [String: Int] = [:]
        for t in db.teams { for id in t.personIds { teamsOf[id, default: 0] += 1 } }
        return teamsOf
    }

    /// `candidates` among `people`, with the team counts and members' sectors given (the
    /// generator ranks a sample this way without counting every team each time).
    static func rank(_ people: [Person], for role: OpenRole, in team: Team, teamsOf: [String: Int],
                     sectorsOf: (String) -> [Sector]) -> [Candidate] {
        let wantedSkills = role.skills.map { (skill: $0, folded: SearchText.fold($0)) }
        let inTeam = Set(team.personIds)
        let waiting = Set(team.invitations.filter { $0.status == .pending }.map(\.personId))
        let teamSectors = Set(team.personIds.flatMap(sectorsOf))
        let open = role.skills.isEmpty && role.sectors.isEmpty

        var out: [Candidate] = []
        for person in people where !inTeam.contains(person.id) && !team.mentorIds.contains(person.id) && !waiting.contains(person.id) {
            let has = Set(person.skills.map(SearchText.fold))
            let skills = wantedSkills.filter { has.contains($0.folded) }.map(\.skill)
            let sectors = role.sectors.filter(person.sectors.contains)
            guard open || !skills.isEmpty || !sectors.isEmpty else { continue }
            let fresh = person.sectors.filter { !teamSectors.contains($0) }
            let teams = teamsOf[person.id] ?? 0
            let score = 3 * skills.count + 2 * sectors.count + (fresh.isEmpty ? 0 : 1) - teams
            out.append(Candidate(person: person, skills: skills, sectors: sectors, newSectors: fresh, teams: teams, score: score))
        }
        return out.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.person.name != b.person.name { return LithuanianOrder.less(a.person.name, b.person.name) }
            return a.person.id < b.person.id
        }
    }

    /// The one sector every member of the team (lead included) comes from, when they all
    /// come from the same one; people without sectors do not count.
    public static func singleSector(of team: Team, _ db: Database) -> Sector? {
        let sectors = Set(team.personIds.compactMap { id in db.people.first { $0.id == id } }.flatMap(\.sectors))
        return sectors.count == 1 && team.personIds.count > 1 ? sectors.first : nil
    }
}
