/// People: names, contacts, the facilitators and the mentors.
extension GeneratorBuilder {
    mutating func addPerson(_ d: inout Dice, roles: [PersonRole], sectors: [Sector], skills: [String],
                            organisation: String?, mentor: MentorProfile? = nil, contactChance: Double = 0.85) -> Int {
        let (name, first, last) = Self.name(&d)
        var contact: Contact?
        if d.chance(contactChance) {
            let base = GeneratorNames.ascii(first) + "." + GeneratorNames.ascii(last)
            let domain = d.pick(GeneratorNames.emailDomains)
            let uses = emailUses[base, default: 0] + 1
            emailUses[base] = uses
            let email = base + (uses > 1 ? "." + String(uses) : "") + "@" + domain
            let phone = d.chance(0.55) ? "+370 600 00" + pad(d.int(0...999), 3) : nil
            contact = Contact(email: email, phone: phone)
        }
        let index = people.count
        people.append(Person(id: id("person", index + 1, width: 5), name: name, organisation: organisation,
                             sectors: sectors, skills: skills, roles: roles, contact: contact, mentor: mentor))
        return index
    }

    static func name(_ d: inout Dice) -> (String, String, String) {
        if d.chance(0.1) {
            let first = d.pick(GeneratorNames.englishFirst)
            let last = d.pick(GeneratorNames.englishLast)
            return (first + " " + last, first, last)
        }
        let surname = d.pick(GeneratorNames.surnames)
        if d.chance(0.5) {
            let first = d.pick(GeneratorNames.femaleFirst)
            let last = d.chance(0.45) ? surname.married : surname.maiden
            return (first + " " + last, first, last)
        }
        let first = d.pick(GeneratorNames.maleFirst)
        return (first + " " + surname.male, first, surname.male)
    }

    static func sectors(_ d: inout Dice, max count: Int = 2) -> [Sector] {
        d.sample(Sector.allCases, d.int(1...count))
    }

    /// Facilitators, then mentors: enough mentors that every team from "mentored" on has
    /// one and none is over capacity, with some capacity left for teams still waiting.
    mutating func makeStaff() {
        var d = dice(3)
        let facilitatorCount = min(12, 5 + n / 2000)
        for _ in 0..<facilitatorCount {
            let p = addPerson(&d, roles: [.facilitator], sectors: Self.sectors(&d), skills: d.sample(GeneratorText.skills, 2),
                              organisation: d.pick(GeneratorNames.facilitatorOrganisations), contactChance: 1)
            facilitators.append(people[p].id)
        }
        let needing = drafts.filter { Self.needsMentor($0.stage) }.count
        let wantedCapacity = needing + needing / 3 + 10
        var capacity = 0
        while mentors.count < 40 || capacity < wantedCapacity {
            let cap = [1, 2, 3, 4][d.weighted([15, 35, 30, 20])]
            let expertise = d.sample(GeneratorText.skills, d.int(2...4))
            let org = d.chance(0.9) ? d.pick(GeneratorNames.mentorOrganisations) : nil
            let p = addPerson(&d, roles: [.mentor], sectors: Self.sectors(&d), skills: expertise, organisation: org,
                              mentor: MentorProfile(expertise: expertise, capacity: cap), contactChance: 0.95)
            mentors.append(p)
            capacity += cap
        }
    }

    static func needsMentor(_ stage: Stage) -> Bool {
        guard let i = stage.pipelineIndex, let m = Stage.mentored.pipelineIndex else { return false }
        return i >= m
    }
}
