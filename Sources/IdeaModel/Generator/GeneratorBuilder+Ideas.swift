/// The ideas, their teams and their mentors.
extension GeneratorBuilder {
    mutating func makeIdeasAndTeams() {
        var d = dice(5)
        var teamDice = dice(6)
        var authors: [Int] = []
        var talents: [Int] = []
        let districtWeights = [14, 12, 10, 10, 8, 8, 8, 7, 7, 6, 5, 5]
        for i in drafts.indices {
            let draft = drafts[i]
            let concept = GeneratorText.concepts[draft.concept]
            let lt = draft.lithuanian
            let district = Database.kaunasDistricts[d.weighted(districtWeights)]
            let author: Int
            if !authors.isEmpty && d.chance(0.15) {
                author = d.pick(authors)
            } else {
                author = addPerson(&d, roles: [.author], sectors: concept.sectors, skills: d.sample(GeneratorText.skills, d.int(0...2)),
                                   organisation: d.chance(0.3) ? d.pick(GeneratorNames.talentOrganisations) : nil)
                authors.append(author)
            }
            var title = concept.title.text(lt)
            if d.chance(0.7) { title += lt ? " " + GeneratorText.locative(district) : " in " + district }
            let early = draft.reach == .shared
            var sectors = concept.sectors
            if d.chance(0.2) {
                let extra = d.pick(Sector.allCases)
                if !sectors.contains(extra) { sectors.append(extra) }
            }
            var tags = concept.tags
            if d.chance(0.3) {
                let extra = d.pick(GeneratorText.extraTags)
                if !tags.contains(extra) { tags.append(extra) }
            }
            let funded = d.chance(early ? 0.15 : 0.55)
            var idea = Idea(id: id("idea", i + 1), title: title,
                            summary: concept.summary.text(lt) + " " + d.pick(GeneratorText.formats).text(lt),
                            problem: early && d.chance(0.35) ? "" : d.pick(GeneratorText.problems).text(lt),
                            impact: early && d.chance(0.3) ? "" : d.pick(GeneratorText.impacts).text(lt),
                            authorId: people[author].id, sectors: sectors, district: district, tags: tags,
                            stage: draft.stage, createdAt: draft.created,
                            fundingNeed: funded ? d.int(2...160) * 50 : nil)
            if draft.stage == .parked { idea.reason = d.pick(GeneratorText.parkReasons).text(lt) }
            if draft.stage == .withdrawn { idea.reason = d.pick(GeneratorText.withdrawReasons).text(lt) }
            ideas.append(idea)

            guard let reach = draft.reach.pipelineIndex, let teamStage = Stage.team.pipelineIndex, reach >= teamStage else { continue }
            let teamId = id("team", teams.count + 1)
            var inTeam: Set<Int> = []
            let lead: Int
            if teamDice.chance(0.75) && !inTeam.contains(author) {
                lead = author
            } else {
                lead = addPerson(&teamDice, roles: [.talent], sectors: Self.sectors(&teamDice),
                                 skills: teamDice.sample(GeneratorText.skills, teamDice.int(1...3)),
                                 organisation: teamDice.chance(0.3) ? teamDice.pick(GeneratorNames.talentOrganisations) : nil)
                talents.append(lead)
            }
            inTeam.insert(lead)
            var members: [Member] = []
            let size = [2, 3, 4, 5][teamDice.weighted([30, 35, 22, 13])]
            for _ in 0..<size {
                var person = -1
                if !talents.isEmpty && teamDice.chance(0.06) {
                    let candidate = teamDice.pick(talents)
                    if !inTeam.contains(candidate) { person = candidate }
                }
                if person < 0 {
                    person = addPerson(&teamDice, roles: [.talent], sectors: Self.sectors(&teamDice),
                                       skills: teamDice.sample(GeneratorText.skills, teamDice.int(1...3)),
                                       organisation: teamDice.chance(0.3) ? teamDice.pick(GeneratorNames.talentOrganisations) : nil)
                    talents.append(person)
                }
                inTeam.insert(person)
                members.append(Member(personId: people[person].id, role: teamDice.pick(GeneratorText.memberRoles)))
            }
            let forming = [Stage.team, .mentored, .workshops].contains(draft.reach) && draft.stage == draft.reach
            var openRoles: [OpenRole] = []
            if teamDice.chance(forming ? 0.45 : 0.12) {
                for (k, role) in teamDice.sample(GeneratorText.openRoles, teamDice.int(1...2)).enumerated() {
                    openRoles.append(OpenRole(id: teamId + "-role-" + String(k + 1), title: role.title, skills: role.skills,
                                              sectors: [sectors[0]]))
                }
            }
            let workshops = Stage.workshops.pipelineIndex ?? 0
            drafts[i].team = teams.count
            teamIdea.append(i)
            teams.append(Team(id: teamId, ideaId: idea.id, leadId: people[lead].id, members: members, openRoles: openRoles,
                              trackId: reach >= workshops ? Self.track.id : nil))
        }
        for p in authors where !people[p].roles.contains(.author) { people[p].roles.append(.author) }
        for p in talents where !people[p].roles.contains(.talent) { people[p].roles.append(.talent) }
        for p in people.indices { people[p].roles.sort { Self.roleOrder($0) < Self.roleOrder($1) } }
    }

    static func roleOrder(_ role: PersonRole) -> Int { PersonRole.allCases.firstIndex(of: role) ?? 0 }

    /// One mentor for every team from "mentored" on (none for teams still at "team": they
    /// are the ones waiting), a second or third for some, never over anyone's capacity.
    mutating func assignMentors() {
        var d = dice(7)
        var load = Array(repeating: 0, count: mentors.count)
        var available = Array(mentors.indices)
        let reserve = max(3, mentors.count / 3)
        let maxPerTeam = rules.maxMentorsPerTeam
        func take(_ team: Int, _ d: inout Dice) -> Bool {
            guard !available.isEmpty else { return false }
            let idea = ideas[teamIdea[team]]
            let concept = GeneratorText.concepts[drafts[teamIdea[team]].concept]
            let needs = Set(concept.skills + teams[team].openRoles.flatMap(\.skills))
            var best = -1
            var bestScore = -1
            for _ in 0..<min(8, available.count) {
                let slot = d.int(0..<available.count)
                let m = available[slot]
                let person = people[mentors[m]]
                if teams[team].mentorIds.contains(person.id) { continue }
                let score = 2 * (person.mentor?.expertise.filter(needs.contains).count ?? 0)
                    + person.sectors.filter(idea.sectors.contains).count
                if score > bestScore {
                    best = slot
                    bestScore = score
                }
            }
            guard best >= 0 else { return false }
            let m = available[best]
            teams[team].mentorIds.append(people[mentors[m]].id)
            load[m] += 1
            if load[m] >= (people[mentors[m]].mentor?.capacity ?? 0) { available.swapAt(best, available.count - 1); available.removeLast() }
            return true
        }
        let needing = drafts.filter { Self.needsMentor($0.stage) }.compactMap(\.team)
        for team in needing { _ = take(team, &d) }
        for team in needing where d.chance(0.25) && available.count > reserve {
            _ = take(team, &d)
            if d.chance(0.2) && available.count > reserve && teams[team].mentorIds.count < maxPerTeam { _ = take(team, &d) }
        }
    }
}
