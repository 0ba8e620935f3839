/// How well a mentor fits a team, and why: the mentor's expertise against the idea's
/// tags and the skills the team's open roles want, shared sectors, the district, and how
/// many mentors the team already has (a team with none comes first). The reasons are
/// data, so any language can say them.
public struct MentorFit: Equatable, Sendable {
    public var teamId: String
    public var mentorId: String
    /// The mentor's expertise that is one of the idea's tags (as the mentor names it).
    public var tags: [String]
    /// The mentor's expertise that an open role of the team asks for.
    public var skills: [String]
    public var sectors: [Sector]
    /// The idea's district when the mentor likes to work there.
    public var district: String?
    /// Mentors the team has now.
    public var mentors: Int

    /// Points of each reason, so screens can explain a score with the numbers that make it.
    public enum Points {
        /// Each of the mentor's expertise that is one of the idea's tags.
        public static let tag = 3
        /// Each of the mentor's expertise that an open role asks for.
        public static let skill = 2
        /// Each sector the mentor and the idea share.
        public static let sector = 2
        /// The idea is in a district the mentor likes.
        public static let district = 1
        /// Taken off for each mentor the team already has.
        public static let perMentor = -2
    }

    /// 3 a matching tag, 2 a wanted skill, 2 a shared sector, 1 the district, −2 for each
    /// mentor the team already has.
    public var score: Int {
        Points.tag * tags.count + Points.skill * skills.count + Points.sector * sectors.count
            + (district == nil ? 0 : Points.district) + Points.perMentor * mentors
    }

    /// "tags: garso technika · roles: biudžetas · sector: youth · likes Šančiai · no mentor yet".
    public var reasonText: String {
        var parts: [String] = []
        if !tags.isEmpty { parts.append("tags: " + tags.joined(separator: ", ")) }
        if !skills.isEmpty { parts.append("roles: " + skills.joined(separator: ", ")) }
        if !sectors.isEmpty { parts.append((sectors.count == 1 ? "sector: " : "sectors: ") + sectors.map(\.rawValue).joined(separator: ", ")) }
        if let district { parts.append("likes " + district) }
        parts.append(mentors == 0 ? "no mentor yet" : mentors == 1 ? "has 1 mentor" : "has \(mentors) mentors")
        return parts.joined(separator: " · ")
    }

    /// Folded words as numbers, so scoring many pairs compares integers, not text.
    struct Words {
        private var ids: [String: Int] = [:]

        mutating func id(_ word: String) -> Int {
            let folded = SearchText.fold(word)
            if let id = ids[folded] { return id }
            ids[folded] = ids.count
            return ids.count - 1
        }
    }

    static func mask(_ sectors: [Sector]) -> Int {
        sectors.reduce(0) { $0 | 1 << (Sector.allCases.firstIndex(of: $1) ?? 0) }
    }

    /// A mentor's side of the fit, prepared once for scoring many teams.
    struct MentorSide {
        let expertise: [Int]
        let sectors: Int
        let districts: [Int]

        init(_ mentor: Person, _ words: inout Words) {
            expertise = (mentor.mentor?.expertise ?? []).map { words.id($0) }
            sectors = MentorFit.mask(mentor.sectors)
            districts = (mentor.mentor?.districts ?? []).map { words.id($0) }
        }
    }

    /// A team's side, prepared once.
    struct TeamSide {
        let tags: [Int]
        let wanted: [Int]
        let sectors: Int
        let district: Int
        let mentors: Int

        init(_ team: Team, idea: Idea?, _ words: inout Words) {
            tags = Array(Set((idea?.tags ?? []).map { words.id($0) }))
            wanted = Array(Set(team.openRoles.flatMap(\.skills).map { words.id($0) }))
            sectors = MentorFit.mask(idea?.sectors ?? [])
            district = idea.map { words.id($0.district) } ?? -1
            mentors = team.mentorIds.count
        }
    }

    /// `score` without building the reasons: what the suggestion compares thousands of.
    static func score(_ m: MentorSide, _ t: TeamSide) -> Int {
        var s = Points.perMentor * t.mentors + Points.sector * (m.sectors & t.sectors).nonzeroBitCount
        for e in m.expertise {
            if t.tags.contains(e) { s += Points.tag }
            if t.wanted.contains(e) { s += Points.skill }
        }
        if m.districts.contains(t.district) { s += Points.district }
        return s
    }

    /// The fit of `mentor` for `team` (whose idea is `idea`).
    public static func of(_ mentor: Person, for team: Team, idea: Idea?) -> MentorFit {
        let expertise = (mentor.mentor?.expertise ?? []).map { (name: $0, folded: SearchText.fold($0)) }
        let tags = Set((idea?.tags ?? []).map(SearchText.fold))
        let wanted = Set(team.openRoles.flatMap(\.skills).map(SearchText.fold))
        let district = idea.flatMap { idea in mentor.mentor?.districts.contains(idea.district) == true ? idea.district : nil }
        return MentorFit(teamId: team.id, mentorId: mentor.id,
                         tags: expertise.filter { tags.contains($0.folded) }.map(\.name),
                         skills: expertise.filter { wanted.contains($0.folded) }.map(\.name),
                         sectors: (idea?.sectors ?? []).filter(mentor.sectors.contains),
                         district: district, mentors: team.mentorIds.count)
    }

    /// The stages in which a team works with mentors.
    public static let mentoredStages: Set<Stage> = [.team, .mentored, .workshops, .ready]

    /// Whether `mentor` could take `team` on now, leaving their own capacity aside: the
    /// idea is at a mentored stage, the team has room under the festival's limit, and the
    /// mentor is neither in the team nor already its mentor.
    public static func couldTake(_ mentor: Person, _ team: Team, idea: Idea?, maxPerTeam: Int) -> Bool {
        guard mentor.mentor != nil, let idea, mentoredStages.contains(idea.stage) else { return false }
        return team.mentorIds.count < maxPerTeam && !team.mentorIds.contains(mentor.id) && !team.personIds.contains(mentor.id)
    }

    /// The teams `mentor` could take on, best fit first; ties go to the team with fewer
    /// mentors, then by idea title and team id, so the order never changes by chance.
    public static func openTeams(for mentor: Person, in db: Database) -> [MentorFit] {
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let fits = db.teams.compactMap { team -> (MentorFit, String)? in
            let idea = ideas[team.ideaId]
            guard couldTake(mentor, team, idea: idea, maxPerTeam: db.festival.maxMentorsPerTeam) else { return nil }
            return (of(mentor, for: team, idea: idea), idea?.title ?? team.ideaId)
        }
        return fits.sorted { a, b in
            if a.0.score != b.0.score { return a.0.score > b.0.score }
            if a.0.mentors != b.0.mentors { return a.0.mentors < b.0.mentors }
            if a.1 != b.1 { return LithuanianOrder.less(a.1, b.1) }
            return a.0.teamId < b.0.teamId
        }.map(\.0)
    }
}
